import { z } from 'astro/zod';

/**
 * The frontmatter of a docs page. Unknown fields are errors (a typo must not be ignored).
 * Values must stay JSON-serialisable: Astro stores them in its data store (see the schema test).
 */
export const docsSchema = z
  .object({
    /** The page's `<h1>`, `<title>` and default sidebar label. */
    title: z.string().min(1),
    /** One sentence for search results, `<meta name="description">` and Open Graph. */
    description: z.string().min(1).max(200),
    /** Where the page sits in the sidebar. */
    sidebar: z
      .object({
        /** Shorter label for the sidebar. @default the title */
        label: z.string().min(1).optional(),
        /** Position within its group, ascending. @default 100 */
        order: z.number().int().default(100),
      })
      .strict()
      .default({ order: 100 }),
    /**
     * Packages the page documents. Each gets a version badge read from what is installed or
     * pinned (npm: node_modules; `workos`: snippets/python/requirements.txt; Go: snippets/go/go.mod).
     * @default []
     */
    packages: z.array(z.string().min(1)).default([]),
    /** Include the page in search. @default true */
    pagefind: z.boolean().default(true),
  })
  .strict();

/** A page's validated frontmatter. */
export type DocsFrontmatter = z.infer<typeof docsSchema>;
