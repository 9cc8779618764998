import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from './lib/frontmatter-schema';

/** Every docs page: `content/docs/<edition>/<slug>.mdx`, and the home page `content/docs/index.mdx`. */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/docs' }),
  schema: docsSchema,
});

export const collections = { docs };
