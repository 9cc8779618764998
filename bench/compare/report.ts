/**
 * The comparison's results: their JSON shape (bench/results-compare.json) and the table
 * printed at the end of `npm run bench`.
 */
import type { Buckets, ProfileSummary } from './cpu-profile.ts';
import type { PageLoad } from './page-weight.ts';
import { PHASES, PHASE_NOTES, type PhaseName } from './phases.ts';
import type { Spread } from './stats.ts';

/** One site's builds at one size. */
export interface SiteBuilds {
  pages: number;
  wall: Spread;
  cpu: Spread;
  peakMiB: Spread;
  /** Median seconds per phase. */
  phases: Record<PhaseName, number>;
  /** Median seconds Vite reports for its server (prerender) and client (browser assets) builds. */
  viteSteps: number[];
}

/** Both sites' builds at one size, and their paired ratios (quickref / Starlight). */
export interface SizeResult {
  scale: number;
  quickref: SiteBuilds;
  starlight: SiteBuilds;
  ratio: { wall: Spread; cpu: Spread; peakMiB: Spread };
  /** A bare one-page Astro site built in the same pairs: the floor of any Astro build. */
  floor?: SiteBuilds & { ratioToStarlight: { wall: Spread; cpu: Spread } };
}

/** Time to check the samples of one language at one size (seconds). */
export type SampleCheck = { files: number; cold: number; warm: number } | { error: string };

/** A goal of issue 6 and whether this run met it. */
export interface Goal {
  goal: string;
  limit: number;
  measured: number;
  met: boolean;
  /** The same ratio in CPU seconds, steadier than wall time on a loaded machine (build goals only). */
  cpu?: number;
}

/** Everything the comparison measured. */
export interface CompareResults {
  date: string;
  machine: string;
  versions: Record<string, string>;
  settings: { pairs: number; scale: number; pageRuns: number; page: string };
  builds: SizeResult[];
  /** Marginal cost of one more page, from the two sizes (medians): seconds. */
  perPage: Record<'quickref' | 'starlight', { wall: number; cpu: number }>;
  page: { path: string; quickref: PageLoad; starlight: PageLoad; ratio: Record<string, number> };
  samples: Record<string, Record<string, SampleCheck>>;
  profiles: { site: string; scale: number; summary: ProfileSummary }[];
  goals: Goal[];
}

const pad = (s: string | number, n: number): string => String(s).padStart(n);
const range = (s: Spread, d = 2): string => `${s.median.toFixed(d)} [${s.min.toFixed(d)}–${s.max.toFixed(d)}]`;
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

function top(buckets: Buckets, n: number): string {
  return buckets
    .slice(0, n)
    .map((b) => `${b.bucket} ${Math.round(b.share * 100)}%`)
    .join('; ');
}

/** The results as the plain-text table printed by the bench (and pasted into the README). */
export function formatTable(r: CompareResults): string {
  const out: string[] = [`quickref vs Starlight ${r.versions['@astrojs/starlight']}, ${r.date}, ${r.machine}`, ''];
  out.push(`Build, cold (no dist/, .astro, Vite cache), ${r.settings.pairs} pair(s) A B A B: median [min–max]; ratio = quickref / Starlight, paired`);
  out.push(`${'size'.padEnd(16)}${'metric'.padEnd(10)}${pad('quickref', 22)}${pad('Starlight', 22)}${pad('paired ratio', 24)}`);
  for (const s of r.builds) {
    const label = `${s.scale}× (${s.quickref.pages} pages)`;
    for (const [name, key, d] of [['wall s', 'wall', 2], ['CPU s', 'cpu', 2], ['peak MiB', 'peakMiB', 0]] as const) {
      out.push(`${(key === 'wall' ? label : '').padEnd(16)}${name.padEnd(10)}${pad(range(s.quickref[key], d), 22)}${pad(range(s.starlight[key], d), 22)}${pad(range(s.ratio[key], 3), 24)}`);
    }
  }
  for (const s of r.builds.filter((b) => b.floor)) {
    const f = s.floor as NonNullable<SizeResult['floor']>;
    out.push(`bare Astro floor (1 page): wall ${range(f.wall)} s, CPU ${range(f.cpu)} s, ${f.peakMiB.median} MiB; floor / Starlight at ${s.scale}×: wall ${range(f.ratioToStarlight.wall, 3)}, CPU ${range(f.ratioToStarlight.cpu, 3)}`);
  }
  const pp = r.perPage;
  out.push(`per added page  wall ms ${pad((pp.quickref.wall * 1000).toFixed(0), 14)}${pad((pp.starlight.wall * 1000).toFixed(0), 22)}${pad((pp.quickref.wall / pp.starlight.wall).toFixed(3), 24)}`);
  out.push(`                CPU ms  ${pad((pp.quickref.cpu * 1000).toFixed(0), 14)}${pad((pp.starlight.cpu * 1000).toFixed(0), 22)}${pad((pp.quickref.cpu / pp.starlight.cpu).toFixed(3), 24)}`);
  out.push('', 'Build phases, median wall s (from when Astro\'s log lines arrived)');
  out.push(`${'phase'.padEnd(11)}${r.builds.map((s) => `${pad(`q ${s.scale}×`, 9)}${pad(`S ${s.scale}×`, 9)}`).join('')}  covers`);
  for (const p of PHASES) {
    out.push(`${p.padEnd(11)}${r.builds.map((s) => `${pad(s.quickref.phases[p].toFixed(2), 9)}${pad(s.starlight.phases[p].toFixed(2), 9)}`).join('')}  ${PHASE_NOTES[p]}`);
    if (p === 'bundle') {
      for (const [i, step] of ['server', 'client'].entries()) {
        out.push(`${`  vite ${step}`.padEnd(11)}${r.builds.map((s) => `${pad(s.quickref.viteSteps[i]?.toFixed(2) ?? '', 9)}${pad(s.starlight.viteSteps[i]?.toFixed(2) ?? '', 9)}`).join('')}  Vite's own "built in" for its ${step} build`);
      }
    }
  }
  if (r.profiles.length) {
    out.push('', 'CPU profile of one build (node --cpu-prof; self time by package, shares)');
    for (const p of r.profiles) {
      out.push(`${p.site} ${p.scale}×: ${top(p.summary.overall, 5)}`);
      for (const phase of ['boot', 'bundle', 'render', 'postbuild'] as const) out.push(`   ${phase.padEnd(10)}${top(p.summary.byPhase[phase], 3)}`);
      out.push(`   by site module (total time under it): ${top(p.summary.bySiteModule, 6)}`);
    }
  }
  const { quickref: q, starlight: s, ratio } = r.page;
  out.push('', `Page weight of ${r.page.path}, cold cache, 127.0.0.1 + gzip, headless Chromium, median of ${r.settings.pageRuns} loads each`);
  out.push(`${''.padEnd(32)}${pad('quickref', 16)}${pad('Starlight', 16)}${pad('ratio', 9)}`);
  const row = (label: string, a: string, b: string, x: number | undefined): string => `${label.padEnd(32)}${pad(a, 16)}${pad(b, 16)}${pad(x === undefined ? '' : x.toFixed(3), 9)}`;
  out.push(row('HTML KB raw / transferred', `${kb(q.htmlRaw)} / ${kb(q.htmlTransferred)}`, `${kb(s.htmlRaw)} / ${kb(s.htmlTransferred)}`, ratio.htmlTransferred));
  out.push(row('JS KB raw (files + inline)', kb(q.jsRaw), kb(s.jsRaw), ratio.jsRaw));
  out.push(row('JS KB transferred', kb(q.jsTransferred), kb(s.jsTransferred), ratio.jsTransferred));
  out.push(row('JS requests', String(q.jsRequests), String(s.jsRequests), undefined));
  out.push(row('CSS KB raw / transferred', `${kb(q.cssRaw)} / ${kb(q.cssTransferred)}`, `${kb(s.cssRaw)} / ${kb(s.cssTransferred)}`, ratio.cssTransferred));
  out.push(row('requests', String(q.requests), String(s.requests), ratio.requests));
  out.push(row('KB transferred until idle', kb(q.transferred), kb(s.transferred), ratio.transferred));
  out.push(row('DOMContentLoaded ms', String(q.domContentLoaded), String(s.domContentLoaded), ratio.domContentLoaded));
  out.push(row('load ms', String(q.load), String(s.load), ratio.load));
  const langs = Object.keys(Object.values(r.samples)[0] ?? {});
  if (langs.length) {
    out.push('', 'Sample checks, s (cold: no checker cache; warm: second run)');
    out.push(`${'language'.padEnd(12)}${Object.keys(r.samples).map((size) => `${pad(`${size} files`, 11)}${pad('cold', 8)}${pad('warm', 8)}`).join('')}`);
    for (const lang of langs) {
      const cells = Object.values(r.samples).map((bySize) => {
        const c = bySize[lang];
        return !c ? '' : 'error' in c ? pad(`error: ${c.error.slice(0, 40)}`, 27) : `${pad(c.files, 11)}${pad(c.cold.toFixed(2), 8)}${pad(c.warm.toFixed(2), 8)}`;
      });
      out.push(`${lang.padEnd(12)}${cells.join('')}`);
    }
  }
  out.push('', 'Goals (issue 6)');
  for (const g of r.goals) out.push(`${g.met ? 'met   ' : 'MISSED'} ${g.goal}: ${g.measured.toFixed(3)} (limit ${g.limit})${g.cpu === undefined ? '' : `; in CPU time ${g.cpu.toFixed(3)}`}`);
  return out.join('\n');
}
