import type { FileMap } from './share';

/**
 * A playground's edits in localStorage, per sample path, so they survive reloads. Only Reset
 * removes them (or editing back to the original). Storage may be unavailable (private mode,
 * blocked): the playground then simply forgets on reload.
 */
const PREFIX = 'quickref:playground:';

/** The saved edits of a sample, if any. */
export function loadEdits(sample: string): FileMap | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + sample);
    const data: unknown = raw ? JSON.parse(raw) : undefined;
    const files = (data as { files?: unknown } | undefined)?.files;
    if (files && typeof files === 'object' && Object.values(files).every((v) => typeof v === 'string')) return files as FileMap;
  } catch {
    // Unreadable or blocked storage: start from the sample.
  }
  return undefined;
}

/** Saves edits; files identical to the original remove the entry instead. */
export function saveEdits(sample: string, files: FileMap, original: FileMap): void {
  try {
    if (sameFiles(files, original)) localStorage.removeItem(PREFIX + sample);
    else localStorage.setItem(PREFIX + sample, JSON.stringify({ v: 1, files }));
  } catch {
    // Full or blocked storage: edits live until the page is closed.
  }
}

/** Whether two sets of files have the same names and contents. */
export function sameFiles(a: FileMap, b: FileMap): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
