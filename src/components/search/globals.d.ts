/** True when the page was made by `astro build`, which writes the search index (see src/integrations/pagefind.ts). */
declare const __SEARCH_INDEX__: boolean;
