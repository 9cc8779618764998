/**
 * quickref against Starlight, side by side in one run (issue 6): cold build time, CPU and peak
 * memory at the real content size and at N×, the per-page cost, the sample checks at both
 * sizes, and the weight of one reference page in headless Chromium. Prints a table and writes
 * bench/results-compare.json. Numbers only, never pass/fail.
 *
 * Both sites are built from the same snapshot of content/docs and snippets/, in git-ignored
 * folders: quickref in .cache/bench-compare/, Starlight (installed there by this script, once)
 * in .cache/bench-starlight/. dist/ and the project's caches are never touched. A bare one-page
 * Astro site is built in each 1× pair too: the floor under any Astro build on this machine.
 *
 * Settings (environment):
 *   BENCH_PAIRS=3        cold builds of each site per size, alternating A B A B
 *   BENCH_SCALE=20       the large size: every page copied N times with new slugs
 *   BENCH_PAGE_RUNS=5    loads of the reference page per site
 *   BENCH_PAGE=/v8/node-sdk/
 *   BENCH_PROFILE=0      skip the CPU profiles (one extra build per site and size)
 *   BENCH_SAMPLES=0      skip the sample checks
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchBrowser } from '../tests/support/browser.ts';
import { buildPairs } from './compare/build-pairs.ts';
import { timeBuild } from './compare/build-timer.ts';
import { profileBuild } from './compare/cpu-profile.ts';
import { prepareFloor } from './compare/floor-site.ts';
import { measurePages } from './compare/page-weight.ts';
import { prepareQuickref, type Site } from './compare/quickref-site.ts';
import { formatTable, type CompareResults, type SampleCheck } from './compare/report.ts';
import { installStarlight, prepareStarlight } from './compare/starlight-site.ts';
import { measureSamples } from './samples.ts';

const ROOT = process.cwd();
const env = (name: string, fallback: number): number => Math.max(1, Number(process.env[name] ?? fallback) || fallback);
const SETTINGS = {
  pairs: env('BENCH_PAIRS', 3),
  // At least 2: the large size needs folders of its own and an added page to divide by.
  scale: Math.max(2, env('BENCH_SCALE', 20)),
  pageRuns: env('BENCH_PAGE_RUNS', 5),
  page: process.env.BENCH_PAGE ?? '/v8/node-sdk/',
};
const QUICKREF = path.join(ROOT, '.cache/bench-compare');
const STARLIGHT = path.join(ROOT, '.cache/bench-starlight');

/**
 * Snapshots quickref and builds it once (untimed: it warms the OS file cache for everyone and
 * proves the snapshot builds). Others may be mid-edit in src/, so a failing snapshot is retaken.
 */
async function snapshotQuickref(): Promise<Site> {
  for (let attempt = 1; ; attempt++) {
    const site = prepareQuickref(ROOT, path.join(QUICKREF, 'quickref-1x'), 1);
    try {
      await timeBuild(site);
      return site;
    } catch (error) {
      if (attempt === 3) throw error;
      console.log(`  the snapshot of quickref does not build (an edit in progress?); retrying in 60 s:\n${String(error).slice(-600)}`);
      await sleep(60_000);
    }
  }
}

const started = performance.now();
const versions = installStarlight(ROOT, STARLIGHT);
console.log('Preparing the sites (warm-up builds, untimed) …');
const q1 = await snapshotQuickref();
const s1 = prepareStarlight(q1.dir, STARLIGHT, path.join(STARLIGHT, 'sites/1x'), 1);
await timeBuild(s1);
const floor = prepareFloor(STARLIGHT, path.join(STARLIGHT, 'sites/floor'));
await timeBuild(floor);
const qN = prepareQuickref(ROOT, path.join(QUICKREF, `quickref-${SETTINGS.scale}x`), SETTINGS.scale, q1.dir);
const sN = prepareStarlight(q1.dir, STARLIGHT, path.join(STARLIGHT, `sites/${SETTINGS.scale}x`), SETTINGS.scale);

console.log('Cold builds …');
const builds = [await buildPairs(q1, s1, 1, SETTINGS.pairs, floor), await buildPairs(qN, sN, SETTINGS.scale, SETTINGS.pairs)];
const [small, large] = builds as [(typeof builds)[0], (typeof builds)[0]];
const perPageOf = (site: 'quickref' | 'starlight') => {
  const added = large[site].pages - small[site].pages;
  const per = (key: 'wall' | 'cpu'): number => Number(((large[site][key].median - small[site][key].median) / added).toFixed(4));
  return { wall: per('wall'), cpu: per('cpu') };
};

// The last timed 1× build of each site is still in its dist/: measure the reference page there.
console.log(`Page weight of ${SETTINGS.page} …`);
const browser = await launchBrowser();
const [qPage, sPage] = await measurePages(browser, [path.join(q1.dir, 'dist'), path.join(s1.dir, 'dist')], SETTINGS.page, SETTINGS.pageRuns).finally(() => browser.close());
if (!qPage || !sPage) throw new Error('page weight: no result');
const ratioKeys = ['htmlTransferred', 'jsRaw', 'jsTransferred', 'cssTransferred', 'requests', 'transferred', 'domContentLoaded', 'load'] as const;
const pageRatio = Object.fromEntries(ratioKeys.map((k) => [k, Number((qPage[k] / sPage[k]).toFixed(3))]));

const profiles: CompareResults['profiles'] = [];
if (process.env.BENCH_PROFILE !== '0') {
  console.log('CPU profiles …');
  for (const [site, scale] of [[q1, 1], [s1, 1], [qN, SETTINGS.scale], [sN, SETTINGS.scale]] as const) {
    profiles.push({ site: site.name, scale, summary: await profileBuild(site) });
  }
}

const samples: CompareResults['samples'] = {};
if (process.env.BENCH_SAMPLES !== '0') {
  console.log('Sample checks …');
  for (const scale of [1, SETTINGS.scale]) {
    const bySize: Record<string, SampleCheck> = {};
    for (const lang of ['ts', 'python', 'go'] as const) {
      try {
        bySize[lang] = measureSamples(lang, scale);
      } catch (error) {
        bySize[lang] = { error: String(error).split('\n')[0] ?? 'failed' };
      }
    }
    samples[`${scale}×`] = bySize;
  }
}

const results: CompareResults = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.type()} ${os.release()}, Node ${process.version}`,
  versions,
  settings: SETTINGS,
  builds,
  perPage: { quickref: perPageOf('quickref'), starlight: perPageOf('starlight') },
  page: { path: SETTINGS.page, quickref: qPage, starlight: sPage, ratio: pageRatio },
  samples,
  profiles,
  goals: [
    { goal: `build wall time at 1× ≤ 0.8× Starlight's (paired ratio)`, limit: 0.8, measured: small.ratio.wall.median, met: small.ratio.wall.median <= 0.8, cpu: small.ratio.cpu.median },
    { goal: `build wall time at ${SETTINGS.scale}× ≤ 0.8× Starlight's (paired ratio)`, limit: 0.8, measured: large.ratio.wall.median, met: large.ratio.wall.median <= 0.8, cpu: large.ratio.cpu.median },
    { goal: `${SETTINGS.page} JS (raw) ≤ 0.1× Starlight's`, limit: 0.1, measured: pageRatio.jsRaw as number, met: (pageRatio.jsRaw as number) <= 0.1 },
    { goal: `${SETTINGS.page} bytes transferred ≤ 0.25× Starlight's`, limit: 0.25, measured: pageRatio.transferred as number, met: (pageRatio.transferred as number) <= 0.25 },
  ],
};
writeFileSync(path.join(ROOT, 'bench/results-compare.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${formatTable(results)}\n\nWrote bench/results-compare.json in ${((performance.now() - started) / 60_000).toFixed(1)} min.`);
