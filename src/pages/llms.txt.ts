import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { mdxToMarkdown } from '~/lib/mdx-to-markdown';
import { pageUrl, routeOf } from '~/lib/urls';
import { SITE } from '~/site';

/** `/llms.txt`: an index of the pages, then every page as plain Markdown, for AI tools. */
export const GET: APIRoute = async ({ site }) => {
  const entries = (await getCollection('docs')).sort((a, b) => (a.id === 'index' ? -1 : b.id === 'index' ? 1 : a.data.sidebar.order - b.data.sidebar.order));
  const style = { base: import.meta.env.BASE_URL, trailingSlash: SITE.trailingSlash };
  const url = (id: string): string => new URL(pageUrl(routeOf(id), style), site).href;
  const index = entries.map((e) => `- [${e.data.title}](${url(e.id)}): ${e.data.description}`).join('\n');
  const pages = entries.map((e) => {
    if (!e.filePath) throw new Error(`Docs entry "${e.id}" has no file path.`);
    return `# ${e.data.title}\n\nSource: ${url(e.id)}\n\n${mdxToMarkdown(e.filePath, readFileSync(e.filePath, 'utf8'))}`;
  });
  const body = `# ${SITE.name}\n\n> ${SITE.description}\n\n## Pages\n\n${index}\n\n---\n\n${pages.join('\n\n---\n\n')}\n`;
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
