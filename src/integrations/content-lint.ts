import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems, lintContent } from '../lib/lint';

/** Routes that exist without an MDX page of their own. */
const EXTRA_ROUTES = ['404', 'llms.txt', 'sitemap-index.xml'];

/**
 * Lints the content before Astro renders it. In a build, any problem fails the build with
 * `file:line:column message` lines; in dev, problems are logged so the page still renders.
 */
export function contentLint(): AstroIntegration {
  return {
    name: 'quickref:content-lint',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const problems = lintContent({ root: fileURLToPath(config.root), extraRoutes: EXTRA_ROUTES });
        if (!problems.length) return;
        const report = `Content lint found ${problems.length} problem(s):\n${formatProblems(problems)}`;
        if (command !== 'build') {
          logger.warn(report);
          return;
        }
        // The problems are the message; a stack trace into this file would only bury them.
        const error = new Error(report);
        error.stack = report;
        throw error;
      },
    },
  };
}
