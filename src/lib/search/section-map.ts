/**
 * The per-section SDK map as it travels in the index: a Pagefind meta value. Kept apart from
 * section-sdks.ts (which works it out at build time) so the browser loads only this.
 */

/**
 * Encodes a section map for a Pagefind meta value: `go=Go;python=Python;sso=Python+Go`.
 * Heading ids never hold `=`, `;` or `+` (github-slugger drops them).
 */
export function encodeSectionSdks(map: Record<string, readonly string[]>): string {
  return Object.entries(map)
    .map(([id, sdks]) => `${id}=${sdks.join('+')}`)
    .join(';');
}

/** Decodes {@link encodeSectionSdks}. */
export function decodeSectionSdks(value: string | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const entry of (value ?? '').split(';')) {
    const [id, list] = entry.split('=');
    if (!id || !list) continue;
    out[id] = list.split('+').filter(Boolean);
  }
  return out;
}
