/** A page as the sidebar and previous/next links see it. */
export interface NavPage {
  /** Content entry id, e.g. `v8/node-sdk` or `index`. */
  id: string;
  /** Sidebar label. */
  label: string;
  /** Sort key within its group. */
  order: number;
  /** URL of the page. */
  href: string;
}

/** A labelled sidebar group. */
export interface NavGroup {
  label: string;
  pages: NavPage[];
}

/** How pages are grouped: a label and which entry ids belong to the group. */
export interface GroupSpec {
  label: string;
  includes: (entryId: string) => boolean;
}

/**
 * Builds the sidebar: each page goes to the first group that includes it, sorted by `order`
 * then label. Groups left empty are dropped.
 */
export function buildSidebar(pages: NavPage[], specs: GroupSpec[]): NavGroup[] {
  const groups = specs.map((spec) => ({ label: spec.label, pages: [] as NavPage[] }));
  for (const page of pages) {
    const at = specs.findIndex((spec) => spec.includes(page.id));
    if (at !== -1) groups[at]?.pages.push(page);
  }
  for (const group of groups) group.pages.sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
  return groups.filter((g) => g.pages.length > 0);
}

/** The pages before and after `id` in sidebar order. */
export function neighbours(groups: NavGroup[], id: string): { prev?: NavPage; next?: NavPage } {
  const flat = groups.flatMap((g) => g.pages);
  const at = flat.findIndex((p) => p.id === id);
  if (at === -1) return {};
  const prev = flat[at - 1];
  const next = flat[at + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
