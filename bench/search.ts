/**
 * Search benchmark (issue 5): numbers only, never pass/fail. Prints a table and writes
 * bench/results-search.json.
 *   - index build time: the Pagefind step of `astro build` (its own log line), median of runs
 *   - index size: the files under pagefind/ and the search code, by kind
 *   - bytes fetched for a first query, by kind, in Chromium
 *   - time from opening search to the first results, and from the first keystroke (typed at
 *     once, and typed after a reader's 300 ms pause), cold (fresh browser context)
 *   - query latency p50/p95 after warm-up: keystroke to results drawn
 *
 * The site is built into .cache/bench-search/ (dist/ is never touched) and served on
 * 127.0.0.1 the way the browser tests serve it (gzip for text).
 *   BENCH_RUNS=3          builds (index build time)
 *   BENCH_COLD_RUNS=5     cold starts for the first-query figures
 *   BENCH_QUERY_ROUNDS=3  passes over the golden queries for the latency figures
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, openPage } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { firstResults, instrument, resultsShown, typeAndTime } from './search/browser.ts';
import { kindOf, searchFileSizes, type Kind } from './search/files.ts';

const OUT = path.resolve('.cache/bench-search');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const ROUNDS = Number(process.env.BENCH_QUERY_ROUNDS ?? 3);
const FIRST_QUERY = 'PKCE';
/** How long a reader takes to start typing after opening search. */
const REACTION_MS = 300;
const QUERIES = (JSON.parse(readFileSync('tests/fixtures/search/golden-queries.json', 'utf8')) as { queries: { query: string }[] }).queries.map((q) => q.query);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)] ?? Number.NaN;
const round = (n: number) => Math.round(n * 10) / 10;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Builds the site into OUT and returns the Pagefind step's time from the integration's log. */
function build(): number {
  const log = execFileSync('npx', ['astro', 'build', '--outDir', OUT], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  const ms = /Pagefind indexed \d+ pages in (\d+) ms/.exec(log)?.[1];
  if (!ms) throw new Error('The build log has no "Pagefind indexed … in … ms" line.');
  return Number(ms);
}

const buildMs: number[] = [];
for (let i = 0; i < RUNS; i++) buildMs.push(build());
const sizes = searchFileSizes(OUT);

const server = await serveStatic(OUT);
const browser = await launchBrowser();

/** One cold start in a fresh context: Ctrl+K, an optional pause, then the first query typed. */
async function coldRun(pause: number) {
  const context = await browser.newContext();
  try {
    const { page } = await openPage(context);
    const fetched: Record<Kind, number> = { 'index data': 0, engine: 0, 'search UI code': 0, other: 0 };
    let counting = false;
    page.on('requestfinished', async (request) => {
      if (!counting) return;
      const s = await request.sizes();
      fetched[kindOf(new URL(request.url()).pathname)] += s.responseBodySize + s.responseHeadersSize;
    });
    await page.goto(`${server.url}/v8/node-sdk/`);
    await page.waitForLoadState('networkidle');
    counting = true;
    const opened = await page.evaluate(() => performance.now());
    await page.keyboard.press('Control+k');
    await instrument(page);
    if (pause) await page.waitForTimeout(pause);
    await page.keyboard.type(FIRST_QUERY);
    await resultsShown(page, FIRST_QUERY);
    const times = await firstResults(page, opened);
    await page.waitForLoadState('networkidle');
    return { fetched, ...times };
  } finally {
    await context.close();
  }
}

const atOnce: Awaited<ReturnType<typeof coldRun>>[] = [];
const afterPause: Awaited<ReturnType<typeof coldRun>>[] = [];
for (let i = 0; i < COLD_RUNS; i++) {
  atOnce.push(await coldRun(0));
  afterPause.push(await coldRun(REACTION_MS));
}
const fetched = atOnce[0]!.fetched;

// Warm: every golden query, several rounds, after one untimed round.
const { page } = await openPage(await browser.newContext());
await page.goto(`${server.url}/v8/node-sdk/`);
await page.keyboard.press('Control+k');
await instrument(page);
for (const q of QUERIES) await typeAndTime(page, q);
const latencies: number[] = [];
for (let r = 0; r < ROUNDS; r++) for (const q of QUERIES) latencies.push(await typeAndTime(page, q));
await browser.close();
await server.close();

const results = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, Chromium headless`,
  /** Timings mean little on a busy machine: the 1-minute load average when the run ended. */
  loadAverage: Number(os.loadavg()[0]?.toFixed(2)),
  indexBuild: { runsMs: buildMs, medianMs: median(buildMs) },
  files: sizes,
  firstQuery: {
    query: FIRST_QUERY,
    coldRuns: COLD_RUNS,
    fetchedBytes: fetched,
    openToFirstResultsMs: round(median(atOnce.map((r) => r.fromSince))),
    firstKeystrokeToFirstResultsMs: round(median(atOnce.map((r) => r.fromFirstKey))),
    afterPauseKeystrokeToFirstResultsMs: round(median(afterPause.map((r) => r.fromFirstKey))),
    pauseMs: REACTION_MS,
  },
  latency: { queries: latencies.length, p50Ms: round(percentile(latencies, 50)), p95Ms: round(percentile(latencies, 95)), maxMs: round(Math.max(...latencies)) },
};
writeFileSync('bench/results-search.json', `${JSON.stringify(results, null, 2)}\n`);

const f = results.firstQuery;
console.log(`quickref search bench, ${results.date}, ${results.machine}, load average ${results.loadAverage}`);
console.log(`index build (Pagefind step of astro build, ${RUNS} runs): median ${results.indexBuild.medianMs} ms [${buildMs.join(', ')}]`);
console.log('search files by kind                       files   raw        gzip/transfer');
for (const [kind, s] of Object.entries(sizes)) console.log(`  ${kind.padEnd(40)} ${String(s.files).padStart(5)}   ${kb(s.bytes).padStart(9)}  ${kb(s.gzip).padStart(9)}`);
console.log(`first query "${FIRST_QUERY}" (cold), fetched: index data ${kb(fetched['index data'])}, engine ${kb(fetched.engine)}, search UI code ${kb(fetched['search UI code'])}, other ${kb(fetched.other)}`);
console.log(`  median of ${COLD_RUNS} cold starts, typed at once: open → first results ${f.openToFirstResultsMs} ms, first keystroke → first results ${f.firstKeystrokeToFirstResultsMs} ms`);
console.log(`  typed ${REACTION_MS} ms after opening: first keystroke → first results ${f.afterPauseKeystrokeToFirstResultsMs} ms`);
console.log(`warm query latency (keystroke → results drawn), ${latencies.length} queries: p50 ${results.latency.p50Ms} ms, p95 ${results.latency.p95Ms} ms, max ${results.latency.maxMs} ms`);
