/** Builds two sites in alternation (A B A B …) and summarises each and their paired ratios. */
import { timeBuild, type BuildRun } from './build-timer.ts';
import { PHASES, splitPhases, viteSteps, type PhaseName } from './phases.ts';
import type { Site } from './quickref-site.ts';
import type { SiteBuilds, SizeResult } from './report.ts';
import { median, pairedRatio, spread } from './stats.ts';

function summarise(site: Site, runs: BuildRun[]): SiteBuilds {
  const phases = runs.map(splitPhases);
  return {
    pages: site.pages,
    wall: spread(runs.map((r) => r.wall)),
    cpu: spread(runs.map((r) => r.cpu)),
    peakMiB: spread(runs.map((r) => r.peakMiB), 0),
    viteSteps: [0, 1].map((i) => Number(median(runs.map((r) => viteSteps(r)[i] ?? Number.NaN)).toFixed(2))),
    phases: Object.fromEntries(PHASES.map((p) => [p, Number(median(phases.map((ph) => ph[p])).toFixed(2))])) as Record<PhaseName, number>,
  };
}

const brief = (name: string, r: BuildRun): string => `${name} ${r.wall.toFixed(2)} s (CPU ${r.cpu.toFixed(1)} s, ${r.peakMiB.toFixed(0)} MiB)`;

/**
 * `pairs` cold builds of each site, quickref first in every pair, so both see the same
 * drift of a shared machine and the ratio of each pair is fair. A `floor` site, when given,
 * is built third in each pair (A B C A B C …).
 */
export async function buildPairs(quickref: Site, starlight: Site, scale: number, pairs: number, floor?: Site): Promise<SizeResult> {
  const a: BuildRun[] = [];
  const b: BuildRun[] = [];
  const c: BuildRun[] = [];
  for (let i = 0; i < pairs; i++) {
    a.push(await timeBuild(quickref));
    b.push(await timeBuild(starlight));
    if (floor) c.push(await timeBuild(floor));
    const line = [brief('quickref', a.at(-1) as BuildRun), brief('Starlight', b.at(-1) as BuildRun), ...(floor ? [brief('bare Astro', c.at(-1) as BuildRun)] : [])];
    console.log(`  ${scale}× pair ${i + 1}/${pairs}: ${line.join(', ')}`);
  }
  const walls = (runs: BuildRun[]): number[] => runs.map((r) => r.wall);
  return {
    scale,
    quickref: summarise(quickref, a),
    starlight: summarise(starlight, b),
    ...(floor ? { floor: { ...summarise(floor, c), ratioToStarlight: { wall: pairedRatio(walls(c), walls(b)), cpu: pairedRatio(c.map((r) => r.cpu), b.map((r) => r.cpu)) } } } : {}),
    ratio: {
      wall: pairedRatio(walls(a), walls(b)),
      cpu: pairedRatio(a.map((r) => r.cpu), b.map((r) => r.cpu)),
      peakMiB: pairedRatio(a.map((r) => r.peakMiB), b.map((r) => r.peakMiB)),
    },
  };
}
