/**
 * One cold `astro build` of a site, timed from outside: wall, user and system CPU and peak RSS
 * from GNU time (`/usr/bin/time`, which counts the child and every process it waited for, such as
 * Pagefind's binary), and the build log with the moment each line arrived, for the phases.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Site } from './quickref-site.ts';

/** A line of the build log and when it arrived, in seconds since the build started. */
export interface LogLine {
  at: number;
  text: string;
}

/** What one build cost. */
export interface BuildRun {
  /** Seconds. */
  wall: number;
  /** User + system CPU seconds. */
  cpu: number;
  /** Peak resident memory of the largest process, MiB. */
  peakMiB: number;
  log: LogLine[];
  /** When the build was started, in µs of the monotonic clock that V8's CPU profiles use. */
  startMicros: number;
}

const GNU_TIME = '/usr/bin/time';

/** Everything a build leaves behind that could make the next one warm. */
const CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'];

/** Removes the outputs and caches of a previous build of the site. */
export function makeCold(site: Site): void {
  for (const dir of CACHES) rmSync(path.join(site.dir, dir), { recursive: true, force: true });
}

/**
 * Builds the site cold and measures it. Extra `nodeArgs` (e.g. `--cpu-prof`) go to Node.
 * @throws {Error} with the end of the log when the build fails.
 */
export async function timeBuild(site: Site, nodeArgs: string[] = []): Promise<BuildRun> {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} (GNU time) is missing: install it (Debian: apt-get install -y time).`);
  makeCold(site);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-time-'));
  const timeFile = path.join(tmp, 'time');
  const log: LogLine[] = [];
  const start = performance.now();
  const startMicros = Number(process.hrtime.bigint() / 1000n);
  const child = spawn(GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, ...nodeArgs, site.astroBin, 'build'], {
    cwd: site.dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => log.push({ at: (performance.now() - start) / 1000, text }));
  }
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const [wall, user, sys, maxKb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  rmSync(tmp, { recursive: true, force: true });
  if (code !== 0) {
    const tail = log.slice(-25).map((l) => l.text).join('\n');
    throw new Error(`astro build of ${site.name} (${site.pages} pages) in ${site.dir} failed (exit ${code}):\n${tail}`);
  }
  return { wall: wall as number, cpu: (user as number) + (sys as number), peakMiB: (maxKb as number) / 1024, log, startMicros };
}
