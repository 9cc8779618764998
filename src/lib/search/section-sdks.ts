/**
 * Which SDK each section of a page documents. A page such as "Python & Go SDKs" holds two
 * SDKs, but Pagefind filters whole pages; the index carries this map as page metadata so the
 * search UI can keep only the sections of the SDK the reader picked.
 */
import { sdkOfSnippet, sdksOfHeading, sortSdks, type Sdk } from './sdks';

/** One heading or sample of a page, in document order, as the indexer reads it. */
export type PageItem = { kind: 'heading'; id: string; depth: number; text: string } | { kind: 'snippet'; file: string };

/**
 * The SDKs of each section (keyed by heading id) that documents fewer SDKs than the whole page.
 * A section is the SDK its heading names; otherwise the SDKs of the samples it shows; otherwise
 * its parent section's. Sections that document every SDK of the page are left out.
 * @example sectionSdks([{ kind: 'heading', id: 'go', depth: 2, text: 'Go' }], ['Python', 'Go']) // { go: ['Go'] }
 */
export function sectionSdks(items: PageItem[], pageSdks: Sdk[]): Record<string, Sdk[]> {
  interface Section {
    id: string;
    depth: number;
    named: Sdk[];
    shown: Set<Sdk>;
    parent: Section | undefined;
  }
  const sections: Section[] = [];
  const open: Section[] = [];
  for (const item of items) {
    if (item.kind === 'heading') {
      while (open.length && (open.at(-1)?.depth ?? 0) >= item.depth) open.pop();
      const section: Section = { id: item.id, depth: item.depth, named: sdksOfHeading(item.text), shown: new Set(), parent: open.at(-1) };
      sections.push(section);
      open.push(section);
    } else {
      const sdk = sdkOfSnippet(item.file);
      if (sdk) open.at(-1)?.shown.add(sdk);
    }
  }
  const resolved = new Map<Section, Sdk[]>();
  const resolve = (s: Section | undefined): Sdk[] => {
    if (!s) return pageSdks;
    const known = resolved.get(s);
    if (known) return known;
    const own = s.named.length ? s.named : s.shown.size ? sortSdks(s.shown) : resolve(s.parent);
    resolved.set(s, own);
    return own;
  };
  const out: Record<string, Sdk[]> = {};
  for (const s of sections) {
    const sdks = resolve(s).filter((x) => pageSdks.length === 0 || pageSdks.includes(x));
    if (sdks.length && sdks.length < pageSdks.length) out[s.id] = sdks;
  }
  return out;
}
