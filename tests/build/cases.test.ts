import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { parseDist } from '../support/dist';

/** Authoring cases from ../shared/cases, checked on our own content as built. */
const cells = (page: string): string[] => selectAll('main td', parseDist(page)).map((td) => toString(td).trim());

describe('tables with escapes (cases C2, C3, C4)', () => {
  test('C2: an escaped "&lt; 32" renders a literal <', () => {
    expect(cells('v8/authkit-nextjs/index.html')).toContain('Encrypts the session cookie; rejected if length < 32');
  });

  test('C3: an escaped `User \\| null` shows `User | null` with no backslash, in one cell', () => {
    const all = cells('v8/authkit-nextjs/index.html');
    expect(all).toContain('User | null');
    expect(all.some((c) => c.includes('\\|'))).toBe(false);
  });

  test('C4: braces and arrows in inline code in a table cell render as written', () => {
    expect(cells('v8/authkit-react/index.html')).toContain('({ signIn }) => void');
    const codes = selectAll('main code', parseDist('v8/node-sdk/index.html')).map((c) => toString(c));
    expect(codes).toContain('sendMagicAuthCode({ email })');
    expect(codes.some((c) => /\\[{}]/.test(c))).toBe(false);
  });
});

describe('headings made of code (case C5)', () => {
  const page = parseDist('v8/authkit-nextjs/index.html');
  test('a code heading gets a plain id and the TOC shows its full text', () => {
    const heading = select('main h2#useaccesstoken', page) as Element | undefined;
    expect(heading && toString(select('code', heading) ?? heading)).toBe('useAccessToken');
    const toc = selectAll('nav.toc a', page).map((a) => [a.properties.href, toString(a)]);
    expect(toc).toContainEqual(['#useaccesstoken', 'useAccessToken']);
    expect(toc).toContainEqual(['#composable-proxy-with-authkit', 'Composable proxy with authkit()']);
  });
});
