/**
 * Entry of the search code, imported by Search.astro on first use: loads Pagefind and starts
 * the dialog. Kept apart from the page's own script so pages pay nothing for search up front.
 */
import { editionOfPath } from '~/lib/search/scope';
import { findParts, startSearch } from './controller';
import { loadPagefind, warmUp } from './pagefind';

/** Loads Pagefind for the site's base path (`data-base`) and starts searching in `dialog`. */
export async function mountSearch(dialog: HTMLDialogElement): Promise<void> {
  const parts = findParts(dialog);
  if (!parts) throw new Error('The search dialog is missing its input, status or results.');
  const base = dialog.dataset.base ?? '/';
  const pagefind = await loadPagefind(base);
  void warmUp(pagefind, { edition: editionOfPath(location.pathname, base) }).catch(() => undefined);
  startSearch(parts, pagefind, base);
}
