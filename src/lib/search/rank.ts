/**
 * Section ranking. Pagefind ranks pages; quickref's readers want the section. This scores each
 * heading section Pagefind returned (its `sub_results`) from the words it matched there: which
 * query terms it covers, how strongly (a heading counts more than a table cell, Pagefind's
 * weights), and how exactly (a whole identifier before one of its parts, before a prefix).
 */
import type { MatchKind } from './identifiers';
import type { SearchQuery } from './query';
import { decodeSectionSdks } from './section-map';
import { phraseShare, termMatches, titleMatches } from './signals';

/** One matched word location, as Pagefind reports it. */
export interface WeightedLocation {
  weight: number;
  location: number;
}

/** The part of Pagefind's result data (`await result.data()`) that ranking reads. */
export interface PageData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: { id: string; location: number }[];
  sub_results: { title: string; url: string; anchor?: { id: string } | undefined; weighted_locations: WeightedLocation[]; excerpt: string }[];
}

/** A section to show as a search result. */
export interface SectionHit {
  /** Link to the section (page URL plus `#anchor`, or the page for its intro). */
  url: string;
  /** The section's heading, or the page title for the text before the first heading. */
  title: string;
  pageTitle: string;
  pageUrl: string;
  /** Heading id, undefined for the page's intro. */
  anchor: string | undefined;
  /** Pagefind's excerpt: escaped text with `<mark>` around matches. */
  excerpt: string;
  /** The page's edition (`v8`), undefined for edition-less pages such as the home page. */
  edition: string | undefined;
  /** SDKs the section documents (facet values, see sdks.ts). */
  sdks: string[];
  /** A query term matched a whole identifier in this section. */
  exact: boolean;
  /** The folded query terms this section matched. */
  terms: string[];
  score: number;
}

/** Options of {@link rankSections}. */
export interface RankOptions {
  /** Keep only sections of this SDK (a facet value, see sdks.ts). @default all SDKs */
  sdk?: string | undefined;
  /** Sections of other editions (and edition-less pages) score a little lower. */
  preferEdition?: string | undefined;
}

/** How much each kind of match is worth, relative to a whole identifier. */
const KIND_FACTOR: Record<MatchKind, number> = { exact: 1, folded: 0.8, part: 0.7, stem: 0.6, prefix: 0.5 };
/** Term-frequency saturation: one heading match (weight 5–7) is nearly as good as it gets. */
const SATURATION = 1.2;
/** An identifier query (`sso.Configure`) prefers sections holding that exact identifier. */
const EXACT_IDENTIFIER_BOOST = 2;
/** Sections outside the preferred edition. */
const OTHER_EDITION_FACTOR = 0.85;
/** Sections where the query's words stand side by side, as typed (a phrase). */
const PHRASE_BOOST = 1;
/** Sections whose heading holds every query term: the section is about what was asked. */
const TITLE_BOOST = 1.5;

interface Scored {
  hit: Omit<SectionHit, 'score' | 'terms'>;
  tf: number[];
  /** How much of the query stands in the section as a phrase, 0–1 (see phraseShare). */
  phrase: number;
  /** The page's own search weight (`weight` meta, see page-weights.ts). */
  weight: number;
  /** The section's heading matches every query term. */
  titled: boolean;
}

/**
 * Ranks the sections of Pagefind's page results for a query, best first.
 * @example rankSections(await Promise.all(results.map((r) => r.data())), parseQuery('PKCE'))
 */
export function rankSections(pages: PageData[], query: SearchQuery, options: RankOptions = {}): SectionHit[] {
  const terms = query.terms;
  if (terms.length === 0) return [];
  const scored: Scored[] = [];
  let sectionCount = 0;
  for (const page of pages) {
    sectionCount += page.anchors.length + 1;
    const words = page.content.split(/\s+/);
    const pageSdks = page.filters.sdk ?? [];
    const sectionMap = decodeSectionSdks(page.meta.sections);
    const edition = page.filters.edition?.[0];
    for (const sub of page.sub_results) {
      const anchor = sub.anchor?.id;
      const sdks = (anchor && sectionMap[anchor]) || pageSdks;
      if (options.sdk && !sdks.includes(options.sdk)) continue;
      const tf = terms.map(() => 0);
      const at = terms.map(() => new Set<number>());
      let exact = false;
      for (const loc of sub.weighted_locations) {
        for (const [i, kind] of termMatches(words[loc.location] ?? '', terms, query.cased)) {
          at[i]?.add(loc.location);
          // Pagefind weighs a word found inside a longer one (`workos.mfa.verifyChallenge(`)
          // like a fragment; a whole identifier deserves a whole word's weight.
          const weight = kind === 'exact' || kind === 'folded' ? Math.max(loc.weight, 1) : loc.weight;
          tf[i] = (tf[i] ?? 0) + weight * KIND_FACTOR[kind];
          if (kind === 'exact') exact = true;
        }
      }
      const pageTitle = page.meta.title ?? page.url;
      scored.push({
        hit: { url: sub.url, title: anchor ? sub.title : pageTitle, pageTitle, pageUrl: page.url, anchor, excerpt: sub.excerpt, edition, sdks, exact },
        tf,
        phrase: phraseShare(at),
        weight: Number(page.meta.weight ?? 1) || 1,
        titled: anchor !== undefined && titleMatches(sub.title, terms, query.cased),
      });
    }
  }
  const idf = terms.map((_, i) => {
    const n = scored.filter((s) => (s.tf[i] ?? 0) > 0).length;
    return Math.log(1 + (sectionCount - n + 0.5) / (n + 0.5));
  });
  return scored
    .map(({ hit, tf, phrase, weight, titled }) => {
      let score = 0;
      let covered = 0;
      tf.forEach((f, i) => {
        if (f <= 0) return;
        covered += 1;
        score += (idf[i] ?? 0) * ((f * (1 + SATURATION)) / (f + SATURATION));
      });
      score *= (covered / terms.length) ** 2 * (1 + PHRASE_BOOST * phrase) * weight;
      if (query.identifier && hit.exact) score *= EXACT_IDENTIFIER_BOOST;
      if (titled) score *= TITLE_BOOST;
      if (options.preferEdition && hit.edition !== options.preferEdition) score *= OTHER_EDITION_FACTOR;
      return { ...hit, terms: terms.filter((_, i) => (tf[i] ?? 0) > 0), score };
    })
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score);
}
