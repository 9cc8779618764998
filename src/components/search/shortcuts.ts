/**
 * Calls `open` on Ctrl+K / Cmd+K anywhere, and on `/` unless the reader is typing in a field
 * (a slash typed into an input, a textarea or an editor stays a slash).
 */
export function openSearchOnShortcut(open: () => void): void {
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const combo = e.key.toLowerCase() === 'k' && (e.metaKey || e.ctrlKey) && !e.shiftKey;
    if (combo || (e.key === '/' && !typing && !e.metaKey && !e.ctrlKey)) {
      e.preventDefault();
      open();
    }
  });
}
