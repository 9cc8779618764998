import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { compileSamples, formatDiagnostic } from '../support/typescript-check';

/**
 * The checkers themselves catch drift: a sample whose method was renamed (or removed) fails
 * with the compiler's own message, naming file, line and column. Fixtures: tests/fixtures/broken-samples.
 */
const FIXTURES = 'tests/fixtures/broken-samples';

test('TypeScript: a renamed SDK method fails with TS2339 at its line', () => {
  const { diagnostics } = compileSamples(path.resolve(FIXTURES, 'ts/tsconfig.json'));
  expect(diagnostics.map(formatDiagnostic)).toEqual([
    `${FIXTURES}/ts/mfa-renamed.ts:5:14 TS2339 Property 'verifyFactor' does not exist on type 'Mfa'.`,
  ]);
});

test('Python: a misspelled import fails mypy --strict with file and line', () => {
  const python = path.resolve('.tools/venv/bin/python');
  const result = spawnSync(python, ['-m', 'mypy', '--config-file', path.resolve('snippets/python/mypy.ini'), '--no-error-summary', '--show-column-numbers', 'clients_renamed.py'], { cwd: `${FIXTURES}/python`, encoding: 'utf8' });
  expect(result.status).not.toBe(0);
  expect(result.stdout).toContain('clients_renamed.py:1:1: error: Module "workos" has no attribute "WorkOSClients"');
});

test('Go: a misspelled function fails go vet with file and line', () => {
  const result = spawnSync('go', ['vet', './...'], { cwd: `${FIXTURES}/go`, encoding: 'utf8', env: { ...process.env, GOFLAGS: '-mod=readonly' } });
  expect(result.status).not.toBe(0);
  expect(result.stderr).toContain('sso/main.go:6:6: undefined: sso.Configur');
});
