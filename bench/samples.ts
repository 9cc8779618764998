/**
 * Sample-check scaling: the time to check every sample in each language, cold (no cache) and
 * warm (cache from a previous run), at the real count and at N× copies, so the README can say
 * how the check grows with the number of samples. Copies live in .cache/bench-samples.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = path.resolve('.cache/bench-samples');

function seconds(command: string, args: string[], cwd: string, env: Record<string, string> = {}): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}${result.stderr}`);
  return Number(((performance.now() - start) / 1000).toFixed(2));
}

/** Copies the samples of one language `times` times into a fresh folder; returns the file count. */
function replicate(lang: 'ts' | 'python' | 'go', times: number): { dir: string; files: number } {
  const dir = path.join(ROOT, `${lang}-${times}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let files = 0;
  for (let i = 0; i < times; i++) {
    if (lang === 'ts') {
      for (const sdk of ['authkit-nextjs', 'authkit-react', 'node-v8', 'node-v7']) {
        cpSync(path.resolve('snippets', sdk), path.join(dir, `copy${i}`, sdk), { recursive: true });
        files += readdirSync(path.resolve('snippets', sdk)).length;
      }
    } else if (lang === 'python') {
      for (const f of readdirSync('snippets/python').filter((n) => n.endsWith('.py'))) {
        cpSync(path.join('snippets/python', f), path.join(dir, `copy${i}`, f));
        files++;
      }
      writeFileSync(path.join(dir, `copy${i}`, '__init__.py'), '');
    } else {
      for (const pkg of readdirSync('snippets/go', { withFileTypes: true }).filter((e) => e.isDirectory())) {
        cpSync(path.join('snippets/go', pkg.name), path.join(dir, `copy${i}`, pkg.name), { recursive: true });
        files++;
      }
    }
  }
  if (lang === 'ts') {
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ extends: path.resolve('snippets/tsconfig.json'), include: ['**/*.ts', '**/*.tsx'] }));
  }
  if (lang === 'go') {
    cpSync('snippets/go/go.mod', path.join(dir, 'go.mod'));
    cpSync('snippets/go/go.sum', path.join(dir, 'go.sum'));
  }
  return { dir, files };
}

/** Cold and warm check times of one language at `times` copies. */
export function measureSamples(lang: 'ts' | 'python' | 'go', times: number): { files: number; cold: number; warm: number } {
  const { dir, files } = replicate(lang, times);
  if (lang === 'ts') {
    // tsc has no cache across runs without --incremental; cold = first run (disk cache cold-ish), warm = second.
    const tsc = path.resolve('node_modules/.bin/tsc');
    const cold = seconds(tsc, ['-p', 'tsconfig.json', '--incremental', '--tsBuildInfoFile', '.tsbuildinfo'], dir);
    const warm = seconds(tsc, ['-p', 'tsconfig.json', '--incremental', '--tsBuildInfoFile', '.tsbuildinfo'], dir);
    return { files, cold, warm };
  }
  if (lang === 'python') {
    const python = path.resolve('.tools/venv/bin/python');
    const args = ['-m', 'mypy', '--config-file', path.resolve('snippets/python/mypy.ini'), '--cache-dir', '.mypy-cache', '.'];
    const cold = seconds(python, args, dir);
    const warm = seconds(python, args, dir);
    return { files, cold, warm };
  }
  const gocache = path.join(dir, '.gocache');
  const cold = seconds('go', ['vet', './...'], dir, { GOCACHE: gocache, GOFLAGS: '-mod=mod' });
  const warm = seconds('go', ['vet', './...'], dir, { GOCACHE: gocache, GOFLAGS: '-mod=mod' });
  return { files, cold, warm };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const factors = (process.env.BENCH_SAMPLE_FACTORS ?? '1,3').split(',').map(Number);
  console.log('language   copies  files   cold s   warm s');
  for (const lang of ['ts', 'python', 'go'] as const) {
    for (const times of factors) {
      const r = measureSamples(lang, times);
      console.log(`${lang.padEnd(10)} ${String(times).padStart(6)} ${String(r.files).padStart(6)} ${String(r.cold).padStart(8)} ${String(r.warm).padStart(8)}`);
    }
  }
}
