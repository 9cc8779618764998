/**
 * What a build spends its CPU on: one build run with `node --cpu-prof`, each sample's self time
 * summed by the package (or project folder) of the function that was running, overall and per
 * build phase.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timeBuild } from './build-timer.ts';
import { PHASES, phaseAt, phaseStarts, type PhaseName } from './phases.ts';
import type { Site } from './quickref-site.ts';

/** Seconds of self time per bucket, largest first. */
export type Buckets = { bucket: string; seconds: number; share: number }[];

/** The profile of one build. Profiling slows a build, so shares matter, not absolute times. */
export interface ProfileSummary {
  wall: number;
  overall: Buckets;
  byPhase: Record<PhaseName, Buckets>;
  /**
   * Total (not self) time under each of the site's own modules: every sample is charged to the
   * nearest site file on its stack (src/…, or the bundled chunk it became), so a plugin's or an
   * integration's cost includes the library code it calls.
   */
  bySiteModule: Buckets;
}

interface CpuProfile {
  startTime: number;
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

const HIGHLIGHTING = 'Shiki (highlighting, incl. its Oniguruma WASM)';

/** Packages grouped under one name in the summary. */
const GROUPS: [RegExp, string][] = [
  [/^(shiki|@shikijs\/.*|oniguruma.*|vscode-(oniguruma|textmate))$/, HIGHLIGHTING],
  [/^(expressive-code|@expressive-code\/.*|astro-expressive-code)$/, 'Expressive Code (its own JS)'],
  [/^(vite|rollup|@rollup\/.*|rolldown|@rolldown\/.*|esbuild|lightningcss|postcss.*|tinyglobby|fdir|picomatch|es-module-lexer|magic-string|@vitejs\/.*)$/, 'Vite / Rollup / esbuild'],
  [/^(@mdx-js\/.*|micromark.*|mdast-.*|remark-.*|rehype-.*|hast-.*|hastscript|unified|unist-.*|acorn.*|estree-.*|astring|vfile.*|parse5|property-information|zwitch|entities|parse-entities|stringify-entities|character-entities.*|@astrojs\/markdown-.*|@astrojs\/mdx|satteri)$/, 'MDX / Markdown (unified)'],
  [/^(astro|@astrojs\/compiler.*|@astrojs\/internal-helpers|@astrojs\/starlight|@astrojs\/sitemap|@astrojs\/react|sitemap|devalue|unstorage)$/, 'Astro and its integrations'],
  [/^(zod|yaml|js-yaml|gray-matter)$/, 'schemas, YAML'],
  [/^(pagefind|@pagefind\/.*)$/, 'Pagefind (JS side)'],
];

function bucketOf(url: string, functionName: string, siteDir: string): string {
  if (!url) {
    if (functionName === '(idle)') return 'idle: waiting on I/O or child processes (Pagefind, esbuild)';
    if (functionName === '(garbage collector)') return 'garbage collector';
    return 'native / V8 (incl. compiling JS, Rolldown native)';
  }
  if (url.startsWith('wasm://')) return HIGHLIGHTING; // the only WebAssembly in these builds
  if (url.startsWith('node:')) return 'Node.js internals (module loading, fs)';
  const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1];
  if (pkg && !pkg.startsWith('.')) return GROUPS.find(([re]) => re.test(pkg))?.[1] ?? `other packages`;
  const rel = path.relative(siteDir, file);
  if (rel.startsWith('src/lib/lint') || rel.startsWith('src/integrations/content-lint')) return 'site: content lint';
  if (rel.startsWith('src/') || rel === 'astro.config.mjs') return 'site: src/ (config time)';
  if (rel.startsWith('dist/') || rel.startsWith('node_modules/.')) return 'site: bundled page code (dist chunks)';
  return 'other';
}

/** The site file a frame belongs to (`src/markdown/shiki.ts`, `chunk shiki`), or undefined. */
function siteModuleOf(url: string, siteDir: string): string | undefined {
  if (!url.startsWith('file://')) return undefined;
  const rel = path.relative(siteDir, decodeURIComponent(new URL(url).pathname));
  if (rel.startsWith('..') || rel.includes('node_modules/')) return undefined;
  if (rel.startsWith('dist/')) return `dist chunk ${path.basename(rel).replace(/[_.-][\w-]{8}\.m?js$/, '').replace(/\.m?js$/, '')}`;
  return rel;
}

/** For each node, the nearest site module on its stack (itself or an ancestor). */
function nearestSiteModule(profile: CpuProfile, siteDir: string): Map<number, string> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = memo.get(id);
    if (known) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const own = node ? siteModuleOf(node.callFrame.url, siteDir) : undefined;
    const out = own ?? (up === undefined ? 'no site code on the stack (framework, idle, GC)' : resolve(up));
    memo.set(id, out);
    return out;
  };
  for (const n of profile.nodes) resolve(n.id);
  return memo;
}

function toBuckets(totals: Map<string, number>): Buckets {
  const sum = [...totals.values()].reduce((a, b) => a + b, 0);
  return [...totals]
    .map(([bucket, seconds]) => ({ bucket, seconds: Number(seconds.toFixed(2)), share: Number((seconds / sum).toFixed(3)) }))
    .filter((b) => b.seconds >= 0.01)
    .sort((a, b) => b.seconds - a.seconds);
}

/** Builds the site once under the profiler and sums self time by bucket, overall and per phase. */
export async function profileBuild(site: Site): Promise<ProfileSummary> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-prof-'));
  try {
    const run = await timeBuild(site, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const starts = phaseStarts(run);
    const overall = new Map<string, number>();
    const bySite = new Map<string, number>();
    const byPhase = new Map<PhaseName, Map<string, number>>(PHASES.map((p) => [p, new Map()]));
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
      const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
      const byId = new Map(profile.nodes.map((n) => [n.id, bucketOf(n.callFrame.url, n.callFrame.functionName, site.dir)]));
      const siteModule = nearestSiteModule(profile, site.dir);
      let t = profile.startTime; // µs, the same monotonic clock as run.startMicros
      profile.samples.forEach((id, i) => {
        const delta = profile.timeDeltas[i] ?? 0;
        t += delta;
        const bucket = byId.get(id) ?? 'other';
        const phase = byPhase.get(phaseAt(starts, (t - run.startMicros) / 1e6)) as Map<string, number>;
        overall.set(bucket, (overall.get(bucket) ?? 0) + delta / 1e6);
        phase.set(bucket, (phase.get(bucket) ?? 0) + delta / 1e6);
        const module = siteModule.get(id) ?? 'other';
        bySite.set(module, (bySite.get(module) ?? 0) + delta / 1e6);
      });
    }
    return {
      wall: run.wall,
      overall: toBuckets(overall),
      byPhase: Object.fromEntries(PHASES.map((p) => [p, toBuckets(byPhase.get(p) as Map<string, number>)])) as Record<PhaseName, Buckets>,
      bySiteModule: toBuckets(bySite),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
