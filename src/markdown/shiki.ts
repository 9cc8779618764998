import type { Element, ElementContent } from 'hast';
import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light-default';
import { createHighlighter, type Highlighter, type ThemeRegistration } from 'shiki';
import type { DiffLine } from '../lib/line-diff';
import { transformerLineClasses, type LineMarks } from './transformer-line-classes';

/**
 * Shiki in one module: every code block on the site (samples, diffs, shell fences) is
 * rendered here, so they share themes, frame markup and copy behaviour.
 */

/**
 * GitHub's light theme with a darker comment grey: its own #6e7781 is under 4.5:1 on the tinted
 * backgrounds of highlighted and diff lines (axe colour-contrast). #57606a is about 6:1.
 */
const LIGHT: ThemeRegistration = {
  ...githubLight,
  name: 'quickref-light',
  tokenColors: (githubLight.tokenColors ?? []).map((rule) =>
    rule.settings.foreground?.toLowerCase() === '#6e7781' ? { ...rule, settings: { ...rule.settings, foreground: '#57606a' } } : rule,
  ),
};

/** Light and dark themes; the dark one applies under `[data-theme="dark"]` (see code.css). */
export const THEMES = { light: LIGHT, dark: githubDark } as const;

/** Languages the site highlights. Fences may only use the shell and `.env` ones. */
export const LANGUAGES = ['ts', 'tsx', 'python', 'go', 'sh', 'bash', 'shellscript', 'dotenv', 'diff', 'json', 'text'] as const;

let highlighter: Promise<Highlighter> | undefined;

/** The shared highlighter, created once per build. */
export function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: [THEMES.light, THEMES.dark], langs: LANGUAGES.filter((l) => l !== 'text') });
  return highlighter;
}

/** Everything needed to render one code block. */
export interface CodeBlock extends LineMarks {
  code: string;
  lang: string;
  /** File name shown in the frame's header. */
  title?: string | undefined;
  /** Extra label in the header, e.g. "diff: copy gives the new code". */
  label?: string | undefined;
}

/**
 * Highlights a code block and wraps it in the site's frame: a header (title, language, Copy
 * button) and the `<pre>`. Returns hast so Markdown fences and `<Snippet>` share one path.
 */
export async function renderCodeBlock(block: CodeBlock): Promise<Element> {
  return frame(await highlight(block.code, block.lang, block), block);
}

/** A before/after view: what a diff shows, and the two versions of the code. */
export interface DiffBlock {
  lines: readonly DiffLine[];
  lang: string;
  title?: string | undefined;
  label?: string | undefined;
}

/**
 * Renders a before/after view. Each side is highlighted on its own and the lines are then
 * interleaved: highlighting the mixed text would read an old and a new line as one program
 * (two unclosed `({` in a row) and mis-colour everything after the first change.
 */
export async function renderDiffBlock(block: DiffBlock): Promise<Element> {
  const side = (keep: 'add' | 'remove'): string => block.lines.filter((l) => l.kind !== keep).map((l) => l.text).join('\n');
  const before = lineSpans(await highlight(side('add'), block.lang, {}));
  const after = lineSpans(await highlight(side('remove'), block.lang, {}));
  const pre = await highlight('', block.lang, {});
  const code = pre.children.find((n): n is Element => n.type === 'element' && n.tagName === 'code');
  if (!code) throw new Error('Shiki returned no <code>.');
  let b = 0;
  let a = 0;
  const rows: ElementContent[] = [];
  for (const line of block.lines) {
    const span = line.kind === 'remove' ? before[b++] : after[a++];
    if (line.kind === 'same') b++;
    if (!span) throw new Error('Diff lines and highlighted lines disagree.');
    if (line.kind !== 'same') {
      // Shiki's hast uses the `class` property (a string), not `className`.
      span.properties.class = `line diff ${line.kind}`;
      span.properties['data-diff'] = line.kind === 'add' ? '+' : '-';
    }
    if (rows.length) rows.push(text('\n'));
    rows.push(span);
  }
  code.children = rows;
  pre.properties.class = `${String(pre.properties.class ?? '')} has-diff`.trim();
  return frame(pre, { ...block, code: '' });
}

async function highlight(code: string, lang: string, marks: LineMarks): Promise<Element> {
  const shiki = await getHighlighter();
  const root = shiki.codeToHast(code, {
    lang: shiki.getLoadedLanguages().includes(lang) ? lang : 'text',
    themes: THEMES,
    defaultColor: 'light',
    // WARNING: Shiki stops tokenizing a line after 500 ms by default and colours the rest of the
    // line as one token. The first line a cold highlighter sees can take that long on a busy
    // 2-core machine, which made the output nondeterministic. Samples are small: no limit.
    tokenizeTimeLimit: 0,
    transformers: [transformerLineClasses(marks)],
  });
  const pre = root.children.find((n): n is Element => n.type === 'element' && n.tagName === 'pre');
  if (!pre) throw new Error('Shiki returned no <pre>.');
  return pre;
}

function lineSpans(pre: Element): Element[] {
  const code = pre.children.find((n): n is Element => n.type === 'element' && n.tagName === 'code');
  return (code?.children ?? []).filter((n): n is Element => n.type === 'element' && /\bline\b/.test(String(n.properties.class ?? '')));
}

function frame(pre: Element, block: CodeBlock): Element {
  const header: ElementContent[] = [];
  header.push(el('span', { className: ['code-frame__title'] }, block.title ? [text(block.title)] : []));
  if (block.label) header.push(el('span', { className: ['code-frame__label'] }, [text(block.label)]));
  header.push(el('span', { className: ['code-frame__lang'] }, [text(displayLanguage(block.lang))]));
  const button = el(
    'button',
    // The copy script copies the shown lines minus `.diff.remove` ones, so a diff pastes as the new code.
    { type: 'button', className: ['copy-button'], ariaLabel: `Copy code${block.title ? ` of ${block.title}` : ''}` },
    [text('Copy')],
  );
  header.push(button);
  return el('figure', { className: ['code-frame'], dataLang: block.lang }, [
    el(block.title ? 'figcaption' : 'div', { className: ['code-frame__header'] }, header),
    pre,
  ]);
}

/** A short, human name for a language, shown in the frame's header. */
export function displayLanguage(lang: string): string {
  const names: Record<string, string> = { ts: 'TypeScript', tsx: 'TSX', python: 'Python', go: 'Go', sh: 'Shell', bash: 'Shell', shellscript: 'Shell', dotenv: '.env', diff: 'Diff', json: 'JSON' };
  return names[lang] ?? lang;
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
