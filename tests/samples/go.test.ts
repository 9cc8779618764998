import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/**
 * Every Go sample builds and passes go vet against the pinned workos-go module
 * (snippets/go/go.mod). One package per folder.
 */
const DIR = 'snippets/go';
const packages = readdirSync(DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

function go(args: string[]): { status: number; output: string } {
  const result = spawnSync('go', args, { cwd: DIR, encoding: 'utf8', env: { ...process.env, GOFLAGS: '-mod=readonly' } });
  if (result.error) throw new Error(`go is missing (${result.error.message}): install Go 1.22 or newer.`);
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

describe('Go samples build and vet against the pinned workos-go module', () => {
  const build = go(['build', '-o', '/dev/null', './...']);
  const vet = go(['vet', './...']);

  test('there are Go samples', () => {
    expect(packages.length).toBeGreaterThan(1);
  });

  test.each(packages)('snippets/go/%s builds and vets', (pkg) => {
    const problems = `${build.output}\n${vet.output}`.split('\n').filter((l) => l.includes(`${pkg}/`) && /\.go:\d+/.test(l));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('go build and go vet exit cleanly', () => {
    expect(build.status, build.output).toBe(0);
    expect(vet.status, vet.output).toBe(0);
  });
});
