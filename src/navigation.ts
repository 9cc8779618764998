import { getCollection } from 'astro:content';
import { editionOf, EDITIONS, type EditionId } from './lib/editions';
import { buildSidebar, type GroupSpec, type NavGroup } from './lib/nav';
import { pageUrl, routeOf } from './lib/urls';

/**
 * The sidebar: an overview group, then one group per edition's reference pages. Kept out of
 * astro.config so the config stays declarative.
 */
function groupSpecs(edition: EditionId): GroupSpec[] {
  const label = EDITIONS.find((e) => e.id === edition)?.label ?? edition;
  return [
    { label: 'Overview', includes: (id) => id === 'index' },
    { label: `SDK reference (${label})`, includes: (id) => editionOf(id) === edition },
  ];
}

/** The sidebar groups as seen from a page of `edition`. */
export async function getSidebar(edition: EditionId): Promise<NavGroup[]> {
  const entries = await getCollection('docs');
  const style = { base: import.meta.env.BASE_URL, trailingSlash: 'always' } as const;
  return buildSidebar(
    entries.map((e) => ({
      id: e.id,
      label: e.data.sidebar.label ?? e.data.title,
      order: e.data.sidebar.order,
      href: pageUrl(routeOf(e.id), style),
    })),
    groupSpecs(edition),
  );
}
