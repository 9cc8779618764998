import { readShareFragment, type FileMap } from './share';
import { loadEdits, saveEdits } from './storage';

/** Where a playground's starting code came from. */
export type FilesOrigin = 'sample' | 'saved' | 'link';

/** The code a playground opens with. */
export interface InitialFiles {
  files: FileMap;
  origin: FilesOrigin;
}

/**
 * A share link for this playground wins (it is then saved as the reader's edits and removed
 * from the address bar, so a reload keeps later edits); else saved edits; else the sample.
 */
export async function resolveInitialFiles(id: string, sample: string, original: FileMap): Promise<InitialFiles> {
  const shared = await readShareFragment(location.hash, id);
  if (shared) {
    saveEdits(sample, shared, original);
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${id}`);
    return { files: shared, origin: 'link' };
  }
  const saved = loadEdits(sample);
  return saved ? { files: saved, origin: 'saved' } : { files: original, origin: 'sample' };
}
