import type { Element, ElementContent } from 'hast';
import { createHighlighter, type Highlighter } from 'shiki';
import { transformerLineClasses, type LineMarks } from './transformer-line-classes';

/**
 * Shiki in one module: every code block on the site (samples, diffs, shell fences) is
 * rendered here, so they share themes, frame markup and copy behaviour.
 */

/** Light and dark themes; the dark one applies under `[data-theme="dark"]` (see code.css). */
export const THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** Languages the site highlights. Fences may only use the shell and `.env` ones. */
export const LANGUAGES = ['ts', 'tsx', 'python', 'go', 'sh', 'bash', 'shellscript', 'dotenv', 'diff', 'json', 'text'] as const;

let highlighter: Promise<Highlighter> | undefined;

/** The shared highlighter, created once per build. */
export function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs: LANGUAGES.filter((l) => l !== 'text') });
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
  const shiki = await getHighlighter();
  const lang = shiki.getLoadedLanguages().includes(block.lang) ? block.lang : 'text';
  const root = shiki.codeToHast(block.code, {
    lang,
    themes: THEMES,
    defaultColor: 'light',
    transformers: [transformerLineClasses(block)],
  });
  const pre = root.children.find((n): n is Element => n.type === 'element' && n.tagName === 'pre');
  if (!pre) throw new Error('Shiki returned no <pre>.');
  pre.properties.tabIndex = 0;
  return frame(pre, block);
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
