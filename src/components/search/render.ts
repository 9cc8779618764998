/**
 * Draws search results as the options of the dialog's listbox, and the status line that
 * screen readers announce (it is a `role="status"` live region).
 */
import type { SearchOutcome } from '~/lib/search/engine';
import type { SectionHit } from '~/lib/search/rank';
import { excerptNodes } from './excerpt';

/** Results shown at most; the status line still gives the full count. */
export const MAX_SHOWN = 30;

/** The id of the option at `index`, for `aria-activedescendant`. */
export function optionId(index: number): string {
  return `search-option-${index}`;
}

/** Replaces the listbox's options with `hits` (at most {@link MAX_SHOWN}). */
export function renderResults(list: HTMLElement, hits: SectionHit[]): void {
  const options = hits.slice(0, MAX_SHOWN).map((hit, i) => {
    const option = document.createElement('a');
    option.id = optionId(i);
    option.className = 'search-result';
    option.href = hit.url;
    option.tabIndex = -1;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.dataset.searchResult = '';
    const title = span('search-result__title', hit.title);
    const where = [hit.anchor ? hit.pageTitle : '', hit.sdks.join(', '), hit.edition ?? 'all editions'].filter(Boolean).join(' · ');
    const meta = span('search-result__meta', where);
    const excerpt = span('search-result__excerpt', '');
    excerpt.append(...excerptNodes(hit.excerpt));
    option.append(title, meta, excerpt);
    return option;
  });
  list.replaceChildren(...options);
  list.hidden = options.length === 0;
}

/** The status line for what the reader typed and what it found, e.g. `4 results for “PKCE”`. */
export function statusText(typed: string, outcome: SearchOutcome): string {
  const n = outcome.hits.length;
  const asked = `“${typed.trim()}”`;
  const count = n === 0 ? `No results for ${asked}` : `${n} result${n === 1 ? '' : 's'} for ${asked}`;
  return outcome.dropped.length ? `${count} (nothing matched ${outcome.dropped.map((w) => `“${w}”`).join(', ')})` : count;
}

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}
