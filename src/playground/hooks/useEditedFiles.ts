import { useSandpack } from '@codesandbox/sandpack-react';
import { useEffect, useMemo } from 'react';
import type { FileMap } from '../share';
import { saveEdits } from '../storage';

/** Sandpack names files `/pkce.ts`; the playground names them `pkce.ts`. */
export const toSandpackPath = (file: string): string => `/${file}`;

/**
 * The playground's files as they are in the editor now, saved to localStorage (per sample)
 * on each edit. Only the playground's own files count: Sandpack adds template files
 * that are never shown or run.
 */
export function useEditedFiles(sample: string, original: FileMap): FileMap {
  const { sandpack } = useSandpack();
  const current = useMemo(() => {
    const out: FileMap = {};
    for (const name of Object.keys(original)) out[name] = sandpack.files[toSandpackPath(name)]?.code ?? original[name] ?? '';
    return out;
  }, [sandpack.files, original]);

  // Saved on every change (a few KB at most), so a reload right after typing keeps the edit.
  useEffect(() => saveEdits(sample, current, original), [sample, current, original]);
  return current;
}
