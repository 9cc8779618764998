import { describe, expect, test } from 'vitest';
import { parseCodeMeta } from '~/lib/code-meta';
import { parseLineRanges } from '~/lib/line-ranges';

describe('parseLineRanges', () => {
  test('ranges and single lines, sorted and unique', () => {
    expect(parseLineRanges('7, 3-5,4')).toEqual([3, 4, 5, 7]);
  });
  test.each(['0', '5-3', 'a', '1-'])('rejects %j with the offending part', (spec) => {
    expect(() => parseLineRanges(spec)).toThrow(/Invalid line range/);
  });
});

describe('parseCodeMeta (case C6: ```ts title="proxy.ts" {3-5})', () => {
  test('title and highlighted lines', () => {
    expect(parseCodeMeta('title="proxy.ts" {3-5}')).toEqual({ title: 'proxy.ts', highlight: [3, 4, 5] });
  });
  test('single quotes, lang override, several brace groups', () => {
    expect(parseCodeMeta("lang='ts' {1} {4-5} title='a b.ts'")).toEqual({ lang: 'ts', title: 'a b.ts', highlight: [1, 4, 5] });
  });
  test('empty meta', () => {
    expect(parseCodeMeta(undefined)).toEqual({ highlight: [] });
  });
});
