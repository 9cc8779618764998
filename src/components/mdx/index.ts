/**
 * The only components MDX pages may import:
 * `import { Snippet, SnippetDiff, Playground, Aside } from '~/components/mdx';`
 */
export { default as Aside } from './Aside.astro';
export { default as Playground } from './Playground.astro';
export { default as Snippet } from './Snippet.astro';
export { default as SnippetDiff } from './SnippetDiff.astro';
export { default as Version } from './Version.astro';
export { default as ChangeEvidence } from './ChangeEvidence.astro';
