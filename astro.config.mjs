// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentLint } from './src/integrations/content-lint';
import { isDocsUrl } from './src/lib/editions';
import { pagefind } from './src/integrations/pagefind';
import { rehypeCodeFrames } from './src/markdown/rehype-code-frames';
import { rehypeHeadingAnchors } from './src/markdown/rehype-heading-anchors';
import { rehypeTableWrap } from './src/markdown/rehype-table-wrap';
import { sdkBundle } from './src/integrations/sdk-bundle';
import { SITE } from './src/site';

export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: SITE.trailingSlash,
  build: { format: SITE.trailingSlash === 'never' ? 'file' : 'directory' },
  markdown: {
    // All code blocks go through src/markdown/shiki.ts (rehypeCodeFrames), not Astro's Shiki.
    syntaxHighlight: false,
    processor: unified({
      smartypants: false,
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors, rehypeTableWrap, rehypeCodeFrames],
    }),
  },
  integrations: [contentLint(), mdx(), react(), sdkBundle(), sitemap({ filter: (url) => isDocsUrl(url, SITE.base) }), pagefind()],
});
