import type { SandpackTheme } from '@codesandbox/sandpack-react';

/**
 * The editor's theme, made of CSS custom properties that `src/styles/playground.css` defines
 * for light and for `[data-theme='dark']`. Switching the site's theme therefore restyles the
 * editor through CSS alone: no new theme object, no re-render, no remount, edits kept (C34).
 * The colours follow Shiki's github-light/dark-default, so the editor looks like the static
 * code it replaces.
 */
export const PLAYGROUND_THEME: SandpackTheme = {
  colors: {
    surface1: 'var(--pg-surface1)',
    surface2: 'var(--pg-surface2)',
    surface3: 'var(--pg-surface3)',
    disabled: 'var(--pg-disabled)',
    base: 'var(--pg-base)',
    clickable: 'var(--pg-clickable)',
    hover: 'var(--pg-hover)',
    accent: 'var(--pg-accent)',
    error: 'var(--pg-error)',
    errorSurface: 'var(--pg-error-surface)',
    warning: 'var(--pg-warning)',
    warningSurface: 'var(--pg-warning-surface)',
  },
  syntax: {
    plain: 'var(--pg-syntax-plain)',
    comment: { color: 'var(--pg-syntax-comment)', fontStyle: 'normal' },
    keyword: 'var(--pg-syntax-keyword)',
    definition: 'var(--pg-syntax-definition)',
    punctuation: 'var(--pg-syntax-plain)',
    property: 'var(--pg-syntax-property)',
    tag: 'var(--pg-syntax-tag)',
    static: 'var(--pg-syntax-static)',
    string: 'var(--pg-syntax-string)',
  },
  font: {
    body: 'var(--font-sans)',
    mono: 'var(--font-mono)',
    size: 'var(--pg-code-size)',
    lineHeight: 'var(--pg-code-line-height)',
  },
};
