import { describe, expect, test } from 'vitest';
import { extractRegion, listRegions, MissingRegionError } from '~/lib/regions';

const SOURCE = `import { WorkOS } from '@workos-inc/node';
// #region setup
const workos = new WorkOS('sk_test');
// #endregion setup

export async function run() {
  // #region call
  const user = await workos.userManagement.getUser('user_1');
  // #endregion call
  return user;
}
`;

describe('extractRegion', () => {
  test('returns the whole file without marker lines', () => {
    const { code, startLine } = extractRegion(SOURCE);
    expect(code).not.toMatch(/#(end)?region/);
    expect(code.split('\n')).toHaveLength(7);
    expect(startLine).toBe(1);
  });

  test('cuts a region, dedented, with the line it starts on', () => {
    expect(extractRegion(SOURCE, 'call')).toEqual({ code: "const user = await workos.userManagement.getUser('user_1');", startLine: 8 });
  });

  test('supports Python comments', () => {
    expect(extractRegion('x = 1\n# #region a\ny = 2\n# #endregion a\n', 'a').code).toBe('y = 2');
  });

  test('a missing region names the known ones', () => {
    expect(() => extractRegion(SOURCE, 'nope')).toThrow(MissingRegionError);
    expect(() => extractRegion(SOURCE, 'nope')).toThrow('Known regions: setup, call');
  });

  test('an unclosed region is missing', () => {
    expect(() => extractRegion('// #region a\nx\n', 'a')).toThrow(MissingRegionError);
  });

  test('lists regions in order', () => {
    expect(listRegions(SOURCE)).toEqual(['setup', 'call']);
  });
});
