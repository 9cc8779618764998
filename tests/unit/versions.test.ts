import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { goModVersion, readPinnedVersion, requirementVersion } from '~/lib/versions';

test('npm versions come from the installed package', () => {
  const installed = JSON.parse(readFileSync('node_modules/@workos-inc/node/package.json', 'utf8')).version;
  expect(readPinnedVersion('@workos-inc/node')).toMatchObject({ name: '@workos-inc/node', version: installed });
});

test('Python pins are read from requirements', () => {
  expect(requirementVersion('mypy==1.0\nworkos == 10.8.0  # pinned\n', 'workos')).toBe('10.8.0');
  expect(requirementVersion('workos-extra==1.0\n', 'workos')).toBeUndefined();
});

test('Go versions are read from go.mod, single-line or block form', () => {
  expect(goModVersion('require github.com/workos/workos-go/v6 v6.4.0\n', 'github.com/workos/workos-go/v6')).toBe('6.4.0');
  expect(goModVersion('require (\n\tgithub.com/workos/workos-go/v6 v6.5.1 // indirect\n)\n', 'github.com/workos/workos-go/v6')).toBe('6.5.1');
});

test('an unknown package fails naming the file it looked in', () => {
  expect(() => readPinnedVersion('not-a-real-package-xyz')).toThrow(/No pinned version of "not-a-real-package-xyz" found in node_modules/);
});
