/**
 * Where a build's wall time goes, read from when Astro's log lines arrived. Astro 7 logs the same
 * milestones for any site, so quickref and Starlight split the same way.
 */
import type { BuildRun } from './build-timer.ts';

/** Phase name → seconds. */
export type Phases = Record<PhaseName, number>;

/** The phases, in build order. */
export const PHASES = ['boot', 'content', 'bundle', 'render', 'postbuild', 'exit'] as const;
export type PhaseName = (typeof PHASES)[number];

/** What each phase covers, for the report. */
export const PHASE_NOTES: Record<PhaseName, string> = {
  boot: 'Node + Astro start, config and integrations setup (quickref: content lint)',
  content: 'content layer sync (frontmatter, schema), types, build info',
  bundle: 'Vite/Rollup: compile MDX, .astro, client scripts and CSS',
  render: 'prerender every route (MDX to HTML, code highlighting: Shiki or Expressive Code)',
  postbuild: 'astro:build:done hooks: Pagefind index, sitemap',
  exit: 'after "Complete!" until the process ended',
};

/** The milestones that start each phase after `boot`. */
const MARKS: [PhaseName, RegExp][] = [
  ['content', /\[content\] Syncing content/],
  ['bundle', /\[build\] Building static entrypoints/],
  ['render', /generating static routes/],
  ['postbuild', /^\s*(\S+\s+)?✓ Completed in/],
  ['exit', /\[build\] Complete!/],
];

/** Splits one build's wall time into phases; a phase whose milestone is missing is NaN. */
export function splitPhases(run: BuildRun): Phases {
  const starts = phaseStarts(run);
  return Object.fromEntries(PHASES.map((p, i) => [p, (starts[i + 1] as number) - (starts[i] as number)])) as Phases;
}

/** The second at which each phase starts, then the end of the build (NaN for a missing milestone). */
export function phaseStarts(run: BuildRun): number[] {
  const starts: number[] = [0];
  let from = 0;
  for (const [name, re] of MARKS) {
    // `postbuild` starts at the render's own "✓ Completed", which comes after "generating static routes".
    const i = run.log.findIndex((l, idx) => idx >= from && re.test(l.text) && !(name === 'postbuild' && l.text.includes('[build]')));
    if (i === -1) {
      starts.push(Number.NaN);
      continue;
    }
    starts.push((run.log[i] as { at: number }).at);
    from = i + 1;
  }
  starts.push(run.wall);
  return starts;
}

/** The phase running at second `at` of a build, given its `phaseStarts`. */
export function phaseAt(starts: number[], at: number): PhaseName {
  let phase: PhaseName = PHASES[0];
  PHASES.forEach((p, i) => {
    if (at >= (starts[i] as number)) phase = p;
  });
  return phase;
}

/**
 * The durations Vite reports for its builds, in order (Astro runs a server build for prerendering,
 * then a client build for the browser's scripts and CSS), seconds.
 * @example viteSteps(run) // [3.41, 2.26]
 */
export function viteSteps(run: BuildRun): number[] {
  return run.log.flatMap((l) => {
    const m = /\[vite\] ✓ built in ([\d.]+)(ms|s)\b/.exec(l.text);
    return m ? [Number(m[1]) / (m[2] === 'ms' ? 1000 : 1)] : [];
  });
}
