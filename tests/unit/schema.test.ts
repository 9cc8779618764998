import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { docsSchema } from '~/lib/frontmatter-schema';

/** Every page's frontmatter, parsed as Astro's content layer will. */
function pages(dir = 'content/docs'): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).map((f) => path.join(dir, f));
}

function frontmatter(file: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${file}: no frontmatter`);
  return parse(match[1] ?? '');
}

describe('docs schema (case C13)', () => {
  test('there are docs pages to validate', () => {
    expect(pages().length).toBeGreaterThanOrEqual(5);
  });

  test.each(pages())('%s: frontmatter is valid and survives JSON serialisation unchanged', (file) => {
    const result = docsSchema.safeParse(frontmatter(file));
    expect(result.success, result.success ? '' : result.error.message).toBe(true);
    // Astro stores entry data in a JSON data store: a transform returning a Date, a Map, a
    // function or a class instance would be silently changed or dropped there.
    expect(JSON.parse(JSON.stringify(result.data))).toStrictEqual(result.data);
  });

  test('defaults are explicit', () => {
    expect(docsSchema.parse({ title: 'T', description: 'D' })).toEqual({ title: 'T', description: 'D', sidebar: { order: 100 }, packages: [], pagefind: true });
  });

  test('a non-serialisable transform is caught by the serialisation check', () => {
    const broken = docsSchema.transform((d) => ({ ...d, loaded: new Map([['a', 1]]) }));
    const data = broken.parse({ title: 'T', description: 'D' });
    expect(JSON.parse(JSON.stringify(data))).not.toStrictEqual(data);
  });
});
