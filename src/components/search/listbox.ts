/**
 * Keyboard movement through the results (the ARIA combobox pattern): focus stays in the
 * input so the reader can keep typing, and `aria-activedescendant` points at the active
 * option, which screen readers announce.
 */
import { optionId } from './render';

/** The active option of a listbox driven from a combobox input. */
export interface Listbox {
  /** Index of the active option, or -1 when none is. */
  readonly active: number;
  /** Moves the active option by `delta` (clamped; moving up from the first returns to none). */
  move(delta: number): void;
  /** Makes no option active (after new results). */
  reset(): void;
  /** The active option, or the first one when none is active. */
  target(): HTMLAnchorElement | undefined;
}

/** Manages the active option of `list` for the combobox `input`. */
export function createListbox(input: HTMLInputElement, list: HTMLElement): Listbox {
  let active = -1;
  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  const show = () => {
    options().forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    if (active < 0) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    input.setAttribute('aria-activedescendant', optionId(active));
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  };
  return {
    get active() {
      return active;
    },
    move(delta) {
      const count = options().length;
      if (count === 0) return;
      active = Math.max(-1, Math.min(count - 1, active + delta));
      show();
    },
    reset() {
      active = -1;
      show();
    },
    target() {
      return options()[Math.max(active, 0)];
    },
  };
}
