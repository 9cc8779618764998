import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Every Python sample type-checks with mypy --strict against the pinned `workos` package
 * (snippets/python/requirements.txt) and imports cleanly at run time.
 * .ci/setup installs both into .tools/venv.
 */
const DIR = 'snippets/python';
const PYTHON = path.resolve('.tools/venv/bin/python');
const files = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort();

function runMypy(): { status: number; lines: string[] } {
  if (!existsSync(PYTHON)) throw new Error('Python sample checker missing: run "bash .ci/setup --browser" (creates .tools/venv with workos and mypy).');
  const result = spawnSync(PYTHON, ['-m', 'mypy', '--config-file', 'mypy.ini', '--no-error-summary', '--show-column-numbers', '.'], { cwd: DIR, encoding: 'utf8' });
  return { status: result.status ?? 1, lines: `${result.stdout}${result.stderr}`.split('\n').filter(Boolean) };
}

describe('Python samples type-check against the pinned workos package', () => {
  const mypy = runMypy();

  test('the checker ran on the installed, pinned workos', () => {
    const version = execFileSync(PYTHON, ['-c', 'import importlib.metadata as m; print(m.version("workos"))'], { encoding: 'utf8' }).trim();
    expect(`workos==${version}`).toBe(/workos==[\w.]+/.exec(readFileSync(`${DIR}/requirements.txt`, 'utf8'))?.[0]);
    expect(files.length).toBeGreaterThan(3);
  });

  test.each(files)('snippets/python/%s passes mypy --strict', (file) => {
    const errors = mypy.lines.filter((l) => l.startsWith(`${file}:`)).map((l) => `${DIR}/${l}`);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  test('mypy exits cleanly overall', () => {
    expect(mypy.status, mypy.lines.join('\n')).toBe(0);
  });

  test.each(files)('snippets/python/%s imports at run time', (file) => {
    const result = spawnSync(PYTHON, ['-c', `import ${path.basename(file, '.py')}`], { cwd: DIR, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
  });
});
