/**
 * The `~/components/mdx` barrel for the Starlight site: the same props as quickref's components,
 * rendered the Starlight way (Expressive Code's `<Code>`, Starlight's `<Aside>`). Kept as strings
 * so `astro check` never type-checks Starlight imports that quickref does not install.
 * Written into the temporary site with quickref's own `regions.ts` and `line-diff.ts`.
 */

/** A component quickref added that has no shim yet: its children, so the bench still builds. */
export const PASSTHROUGH = '---\n---\n\n<slot />\n';

/** The barrel exporting each component name from its `.astro` file. */
export function barrel(names: string[]): string {
  return names.map((n) => `export { default as ${n} } from './${n}.astro';\n`).join('');
}

/** File name under `src/components/mdx/` → source. */
export const SHIMS: Record<string, string> = {
  'load.ts': `import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractRegion } from '../../lib/regions';

const LANGUAGES: Record<string, string> = { '.ts': 'ts', '.tsx': 'tsx', '.py': 'python', '.go': 'go' };

/** A sample (or one region of it) and its language, read from snippets/ like quickref does. */
export function loadSnippet(file: string, region?: string): { code: string; lang: string } {
  const source = readFileSync(path.resolve('snippets', file), 'utf8');
  return { code: extractRegion(source, region).code, lang: LANGUAGES[path.extname(file)] ?? 'text' };
}

/** [1, 2, 3, 7] → '1-3,7' (Expressive Code's line-range syntax). */
export function toRanges(lines: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (lines[j + 1] === (lines[j] as number) + 1) j++;
    out.push(j > i ? lines[i] + '-' + lines[j] : String(lines[i]));
    i = j;
  }
  return out.join(',');
}
`,
  'Snippet.astro': `---
import { Code } from '@astrojs/starlight/components';
import { loadSnippet } from './load';

interface Props { file: string; region?: string; title?: string; highlight?: string }
const { file, region, title, highlight } = Astro.props;
const { code, lang } = loadSnippet(file, region);
---

<Code code={code} lang={lang} title={title} meta={highlight ? '{' + highlight + '}' : undefined} />
`,
  'SnippetDiff.astro': `---
import { Code } from '@astrojs/starlight/components';
import { diffSamples } from '../../lib/line-diff';
import { loadSnippet, toRanges } from './load';

interface Props { before: string; after: string; region?: string; title?: string }
const { before, after, region, title } = Astro.props;
const oldCode = loadSnippet(before, region);
const newCode = loadSnippet(after, region);
const lines = diffSamples(oldCode.code, newCode.code);
const numbersOf = (kind: string) => lines.flatMap((l, i) => (l.kind === kind ? [i + 1] : []));
const ins = numbersOf('add');
const del = numbersOf('remove');
const meta = [ins.length ? 'ins={' + toRanges(ins) + '}' : '', del.length ? 'del={' + toRanges(del) + '}' : ''].join(' ');
---

<Code code={lines.map((l) => l.text).join('\\n')} lang={newCode.lang} title={title} meta={meta} />
`,
  // Starlight has no live playground: the reader gets the sample as static code.
  'Playground.astro': `---
import { Code } from '@astrojs/starlight/components';
import { loadSnippet } from './load';

interface Props { file: string; title?: string; env?: string }
const { file, title } = Astro.props;
const { code, lang } = loadSnippet(file);
---

<Code code={code} lang={lang} title={title ?? file.split('/').pop()} />
`,
  'Aside.astro': `---
import { Aside } from '@astrojs/starlight/components';

interface Props { type?: 'note' | 'tip' | 'caution' | 'correction'; title?: string }
const TYPES = { note: 'note', tip: 'tip', caution: 'caution', correction: 'danger' } as const;
const { type = 'note', title } = Astro.props;
---

<Aside type={TYPES[type]} title={title}><slot /></Aside>
`,
  'Version.astro': `---
import versions from '../../versions.json';

interface Props { of: string }
const { of } = Astro.props;
---

<span class="version">{(versions as Record<string, string>)[of] ?? of}</span>
`,
  'ChangeEvidence.astro': `---
interface Props { row: string }
---

<p class="evidence">Evidence for {Astro.props.row}: see <code>snippets/change-proofs.json</code>.</p>
`,
};
