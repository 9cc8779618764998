/**
 * The search dialog's behaviour once its code has loaded: search as the reader types (one
 * search in flight, the latest query next, old results kept on screen until new ones replace
 * them, so the list never flickers empty), facets, and keyboard movement through the results.
 */
import { runSearch, type PagefindApi, type SearchScope } from '~/lib/search/engine';
import { editionOfPath } from '~/lib/search/scope';
import { createListbox } from './listbox';
import { renderResults, statusText } from './render';

/** The dialog's parts, found by their `data-search-*` attributes (see Search.astro). */
export interface SearchParts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
  editions: HTMLInputElement[];
  sdks: HTMLInputElement[];
}

/** Finds the parts of a search dialog, or undefined when its markup is incomplete. */
export function findParts(dialog: HTMLDialogElement): SearchParts | undefined {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const results = dialog.querySelector<HTMLElement>('[data-search-results]');
  if (!input || !status || !results) return undefined;
  const radios = (name: string) => [...dialog.querySelectorAll<HTMLInputElement>(`[data-search-${name}]`)];
  return { dialog, input, status, results, editions: radios('edition'), sdks: radios('sdk') };
}

/** Starts searching in the dialog with a loaded Pagefind. `base` is the site's base path. */
export function startSearch(parts: SearchParts, pagefind: PagefindApi, base: string): void {
  const { dialog, input, status, results, editions, sdks } = parts;
  const listbox = createListbox(input, results);
  let running = false;
  let again = false;
  let editionChosen = false;

  const scope = (): SearchScope => {
    return {
      edition: editions.find((r) => r.checked)?.value || undefined,
      sdk: sdks.find((r) => r.checked)?.value || undefined,
      current: editionOfPath(location.pathname, base),
    };
  };
  const say = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };

  async function refresh(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    // Tells assistive technology (and tests) that the list is being replaced.
    results.setAttribute('aria-busy', 'true');
    try {
      do {
        again = false;
        const typed = input.value;
        if (!typed.trim()) {
          renderResults(results, []);
          listbox.reset();
          input.setAttribute('aria-expanded', 'false');
          say('');
          continue;
        }
        const outcome = await runSearch(pagefind, typed, scope());
        if (!input.value.trim()) continue;
        renderResults(results, outcome.hits);
        listbox.reset();
        input.setAttribute('aria-expanded', String(outcome.hits.length > 0));
        say(statusText(typed, outcome));
      } while (again);
    } catch {
      say('Search failed. Try again, or reload the page.');
    } finally {
      running = false;
      results.setAttribute('aria-busy', 'false');
    }
  }

  input.addEventListener('input', () => void refresh());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      listbox.move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && !e.isComposing) {
      const target = listbox.target();
      if (!target) return;
      e.preventDefault();
      go(target);
    } else if (e.key === 'Escape') {
      // A search input clears itself on Escape; here Escape closes the dialog, as everywhere.
      e.preventDefault();
      dialog.close();
    }
  });
  results.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[role="option"]') : null;
    if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go(link);
  });
  for (const radio of [...editions, ...sdks]) {
    radio.addEventListener('change', () => {
      if (editions.includes(radio)) editionChosen = true;
      void refresh();
    });
  }
  // Each time the dialog opens: follow the edition being read (unless the reader picked one).
  dialog.addEventListener('search:open', () => {
    if (!editionChosen) {
      const current = editionOfPath(location.pathname, base);
      for (const r of editions) r.checked = r.value === current;
    }
    void refresh();
  });

  /** Closes the dialog and opens a result; on the same page, focus moves to its section. */
  function go(link: HTMLAnchorElement): void {
    const url = new URL(link.href, location.href);
    const samePage = url.origin === location.origin && url.pathname === location.pathname;
    // Navigating to the hash the page already has does not scroll: scroll by hand then.
    const sameHash = samePage && url.hash === location.hash;
    dialog.close();
    location.assign(url.href);
    if (!samePage || !url.hash) return;
    const heading = document.getElementById(decodeURIComponent(url.hash.slice(1)));
    if (!heading) return;
    if (sameHash) heading.scrollIntoView();
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }

  void refresh();
}
