import { describe, expect, test } from 'vitest';
import { languageOf, listSnippets, loadSnippet, UnknownSnippetError } from '~/lib/snippets';

describe('loadSnippet', () => {
  test('reads a sample and its language', () => {
    const snippet = loadSnippet('node-v8/pkce-public-client.ts', 'flow');
    expect(snippet.lang).toBe('ts');
    expect(snippet.code).toContain('getAuthorizationUrlWithPKCE');
    expect(snippet.code).not.toContain('#region');
  });

  test('a near miss suggests the closest names first', () => {
    expect(() => loadSnippet('node-v8/pkce-client.ts')).toThrow('Did you mean: node-v8/pkce-public-client.ts');
  });

  test('a path with nothing similar says so instead of listing unrelated files', () => {
    expect(() => loadSnippet('node-v8/zzz.ts')).toThrow(/No similar file; samples live under snippets\/ \(\d+ files/);
  });

  test('paths cannot escape snippets/', () => {
    expect(() => loadSnippet('../package.json')).toThrow(UnknownSnippetError);
  });
});

test('languages by extension, and an unsupported one is an error', () => {
  expect(['a.ts', 'a.tsx', 'a.py', 'a/main.go'].map(languageOf)).toEqual(['ts', 'tsx', 'python', 'go']);
  expect(() => languageOf('a.rb')).toThrow(/Unsupported sample "a.rb"/);
  expect(listSnippets()).toContain('go/sso-configure/main.go');
});
