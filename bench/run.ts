/**
 * `npm run bench`: measures what the README reports. Numbers only, never pass/fail.
 * Prints a table and writes bench/results.json.
 *   - build: cold `astro build` wall time (median of N runs)
 *   - samples: time to check the TS, Python and Go samples
 *   - page weight: JS (raw and gzip) loaded before any user action, per page
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function time(command: string, args: string[], cwd = process.cwd()): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return (performance.now() - start) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function pageJs(file: string): { raw: number; gzip: number } {
  const html = readFileSync(path.join('dist', file), 'utf8');
  const chunks = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => {
    const src = /src="([^"]+)"/.exec(m[1] ?? '')?.[1];
    return src ? readFileSync(path.join('dist', src.replace(/^\//, ''))) : Buffer.from(m[2] ?? '');
  });
  return { raw: chunks.reduce((n, c) => n + c.length, 0), gzip: chunks.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0) };
}

const builds: number[] = [];
for (let i = 0; i < RUNS; i++) {
  execFileSync('rm', ['-rf', 'dist', '.astro', 'node_modules/.astro']);
  builds.push(time('npx', ['astro', 'build']));
}
const samples = {
  typescript: time('npx', ['tsc', '-p', 'snippets/tsconfig.json']),
  python: time(path.resolve('.tools/venv/bin/python'), ['-m', 'mypy', '--config-file', 'mypy.ini', '.'], 'snippets/python'),
  go: time('go', ['vet', './...'], 'snippets/go'),
};
const pages = ['index.html', 'v8/authkit-nextjs/index.html', 'v8/authkit-react/index.html', 'v8/node-sdk/index.html', 'v8/python-go/index.html'].map((file) => ({
  page: `/${file.replace(/index\.html$/, '')}`,
  ...pageJs(file),
  html: readFileSync(path.join('dist', file)).length,
}));

const results = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
  build: { runs: builds.map((s) => Number(s.toFixed(2))), medianSeconds: Number(median(builds).toFixed(2)) },
  samples: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, Number(v.toFixed(2))])),
  pages,
};
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`quickref bench, ${results.date}, ${results.machine}`);
console.log(`build (cold, ${RUNS} runs): median ${results.build.medianSeconds} s  [${results.build.runs.join(', ')}]`);
console.log(`sample checks (warm): TypeScript ${results.samples.typescript} s, Python ${results.samples.python} s, Go ${results.samples.go} s`);
console.log('page                     HTML B    JS raw B  JS gzip B');
for (const p of pages) console.log(`${p.page.padEnd(24)} ${String(p.html).padStart(8)} ${String(p.raw).padStart(10)} ${String(p.gzip).padStart(10)}`);
