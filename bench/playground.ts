/**
 * `node bench/playground.ts` (after `npx astro build`): measures the live playgrounds in
 * headless Chromium on the built site served on 127.0.0.1 (everything else blocked):
 *   - first output: from a playground entering the viewport (scrolled to at once, so the
 *     400px head start of client:playground does not count) to its first console line, cold
 *   - edit → output: Ctrl+Enter after an edit to the new run's first line, and to its end
 *   - JS (gzip) the first playground on a page loads, by part: island, React, editor, runner, SDK
 *   - memory with 5 playgrounds loaded and run (main page JS heap, PSS of the browser's processes)
 * Numbers only, never pass/fail. `--json` prints JSON instead of a table. BENCH_RUNS sets runs.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic } from '../tests/support/static-server.ts';

const DIST = path.resolve('dist');
const PAGE = '/v8/node-sdk/';
const TARGET = '#playground-node-v8-playground-pkce';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (n: number): number => Math.round(n);

/** A page that can only reach 127.0.0.1, recording the site files it fetches. */
async function offlinePage(context: BrowserContext): Promise<{ page: Page; files: string[] }> {
  const page = await context.newPage();
  const files: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'blob:' && url.protocol !== 'data:') return route.abort('blockedbyclient');
    if (url.hostname === '127.0.0.1') files.push(url.pathname);
    return route.continue();
  });
  return { page, files };
}

/** In the page: when the target enters the viewport, and when its console shows a line. */
async function watch(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const marks: Record<string, number> = {};
    (window as unknown as { __marks: Record<string, number> }).__marks = marks;
    new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) marks.entered ??= performance.now();
    }).observe(el);
    new MutationObserver(() => {
      if (el.querySelector('.playground__line')) marks.output ??= performance.now();
      if ((el as HTMLElement).dataset.state === 'ready') marks.editor ??= performance.now();
    }).observe(el, { subtree: true, childList: true, attributes: true });
  }, selector);
}

async function firstOutput(browser: Browser): Promise<{ output: number; editor: number; files: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, files } = await offlinePage(context);
    await page.goto(base + PAGE, { waitUntil: 'load' });
    await watch(page, TARGET);
    const before = files.length;
    await page.evaluate((sel) => document.querySelector(sel)!.scrollIntoView({ block: 'start' }), TARGET);
    await page.waitForSelector(`${TARGET}[data-state="ready"] .playground__status[data-state="done"]`, { timeout: 30_000 });
    const marks = await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
    return { output: (marks.output ?? NaN) - (marks.entered ?? NaN), editor: (marks.editor ?? NaN) - (marks.entered ?? NaN), files: files.slice(before) };
  } finally {
    await context.close();
  }
}

async function editToOutput(browser: Browser): Promise<{ output: number[]; done: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const output: number[] = [];
  const done: number[] = [];
  try {
    const { page } = await offlinePage(context);
    await page.goto(base + PAGE, { waitUntil: 'load' });
    await page.locator(TARGET).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${TARGET}[data-state="ready"] .playground__status[data-state="done"]`);
    const code = readFileSync('snippets/node-v8/playground-pkce.ts', 'utf8');
    for (let run = 2; run < RUNS * 2 + 2; run++) {
      await page.locator(`${TARGET} .cm-content`).click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(`${code}\nconsole.log('run ${run}');\n`);
      await page.evaluate(
        ([sel, n]) => {
          const el = document.querySelector(sel)!;
          const marks: Record<string, number> = {};
          (window as unknown as { __edit: Record<string, number> }).__edit = marks;
          document.addEventListener('keydown', () => (marks.pressed ??= performance.now()), { capture: true, once: true });
          const current = `.playground__console[data-runs="${n}"]`;
          new MutationObserver((_, observer) => {
            if (el.querySelector(`${current} .playground__line`)) marks.output ??= performance.now();
            if (el.querySelector(`${current} .playground__status[data-state="done"]`)) {
              marks.done ??= performance.now();
              observer.disconnect();
            }
          }).observe(el, { subtree: true, childList: true, attributes: true });
        },
        [TARGET, run] as const,
      );
      await page.keyboard.press('ControlOrMeta+Enter');
      await page.waitForSelector(`${TARGET} .playground__console[data-runs="${run}"] .playground__status[data-state="done"]`);
      const marks = await page.evaluate(() => (window as unknown as { __edit: Record<string, number> }).__edit);
      // The first run after load warms caches; keep the rest.
      if (run > 2 && marks.pressed !== undefined && marks.output !== undefined && marks.done !== undefined) {
        output.push(marks.output - marks.pressed);
        done.push(marks.done - marks.pressed);
      }
    }
    return { output, done };
  } finally {
    await context.close();
  }
}

/** Proportional set size (shared pages split between processes) of this browser's processes, from /proc (Linux), in MB. */
async function browserPss(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { id: number }[] };
    let kb = 0;
    for (const { id } of processInfo) {
      try {
        kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${id}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
      } catch {
        // The process ended while we looked.
      }
    }
    return kb / 1024;
  } finally {
    await cdp.detach();
  }
}

async function memoryWithFive(browser: Browser): Promise<{ heapBefore: number; heapAfter: number; pssBefore: number; pssAfter: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { page } = await offlinePage(context);
    const cdp = await context.newCDPSession(page);
    const heap = async (): Promise<number> => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
    };
    await cdp.send('Performance.enable');
    await page.goto(base + PAGE, { waitUntil: 'load' });
    const heapBefore = await heap();
    const pssBefore = await browserPss(browser);
    const ids = (await page.locator('[data-playground]').evaluateAll((els) => els.map((e) => e.id))).slice(0, 5);
    for (const id of ids) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await page.waitForSelector(`#${id}[data-state="ready"] .playground__status:is([data-state="done"], [data-state="stopped"])`, { timeout: 30_000 });
    }
    const heapAfter = await heap();
    return { heapBefore, heapAfter, pssBefore, pssAfter: await browserPss(browser) };
  } finally {
    await context.close();
  }
}

/** Which part of the playground a fetched file is, by its name. */
function partOf(file: string): string {
  const name = path.basename(file);
  if (name.startsWith('workos-node-')) return 'SDK (workos-node)';
  if (name.startsWith('sandbox.')) return 'runner: sandbox runtime + mock API';
  if (/^(transpile|get-runner|storage)\./.test(name)) return 'runner: host + transpiler (sucrase)';
  if (name.startsWith('PlaygroundApp.')) return 'editor (Sandpack + CodeMirror)';
  if (name.startsWith('Playground.')) return 'island (console, lazy loader)';
  if (/^(client|react)\./.test(name)) return 'React + react-dom';
  return 'other';
}

function gzipOf(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(path.join(DIST, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const server = await serveStatic(DIST);
const base = server.url;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
try {
  const cold = [];
  for (let i = 0; i < RUNS; i++) cold.push(await firstOutput(browser));
  const edits = await editToOutput(browser);
  const memory = await memoryWithFive(browser);
  const parts: Record<string, { raw: number; gzip: number; files: string[] }> = {};
  for (const file of new Set(cold[0]?.files.filter((f) => /\.js$/.test(f)) ?? [])) {
    const part = (parts[partOf(file)] ??= { raw: 0, gzip: 0, files: [] });
    const size = gzipOf(file);
    part.raw += size.raw;
    part.gzip += size.gzip;
    part.files.push(path.basename(file));
  }
  const results = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, load ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}`,
    firstOutputMs: { median: round(median(cold.map((c) => c.output))), runs: cold.map((c) => round(c.output)) },
    editorReadyMs: { median: round(median(cold.map((c) => c.editor))), runs: cold.map((c) => round(c.editor)) },
    editToOutputMs: { median: round(median(edits.output)), runs: edits.output.map(round) },
    editToDoneMs: { median: round(median(edits.done)), runs: edits.done.map(round) },
    jsGzipBytes: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v.gzip])),
    jsGzipTotal: Object.values(parts).reduce((n, p) => n + p.gzip, 0),
    memoryFivePlaygroundsMB: {
      pageHeapBefore: Number(memory.heapBefore.toFixed(1)),
      pageHeapAfter: Number(memory.heapAfter.toFixed(1)),
      browserPssBefore: round(memory.pssBefore),
      browserPssAfter: round(memory.pssAfter),
    },
  };
  if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else {
    console.log(`Playground benchmark (${results.machine}), ${RUNS} cold loads`);
    console.log(`  first output after entering the viewport: ${results.firstOutputMs.median} ms median (${results.firstOutputMs.runs.join(', ')})`);
    console.log(`  editor ready after entering the viewport: ${results.editorReadyMs.median} ms median (${results.editorReadyMs.runs.join(', ')})`);
    console.log(`  edit → first output line: ${results.editToOutputMs.median} ms median (${results.editToOutputMs.runs.join(', ')})`);
    console.log(`  edit → run done:          ${results.editToDoneMs.median} ms median (${results.editToDoneMs.runs.join(', ')})`);
    console.log('  JS the first playground loads (gzip -9):');
    for (const [part, size] of Object.entries(parts).sort((a, b) => b[1].gzip - a[1].gzip)) console.log(`    ${(size.gzip / 1024).toFixed(1).padStart(6)} KB  ${part} (${size.files.join(', ')})`);
    console.log(`    ${(results.jsGzipTotal / 1024).toFixed(1).padStart(6)} KB  total`);
    const m = results.memoryFivePlaygroundsMB;
    console.log(`  memory, 5 playgrounds loaded and run: page JS heap ${m.pageHeapBefore} → ${m.pageHeapAfter} MB; browser processes ${m.browserPssBefore} → ${m.browserPssAfter} MB PSS`);
  }
} finally {
  await browser.close();
  await server.close();
}
