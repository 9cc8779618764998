import type { RunMessage } from '../runner/protocol';
import { SDK_NAME } from './stack';

/** The modules of a run, loaded as blobs and mapped by an import map. */
export interface LoadedModules {
  /** URL to `import()` first. */
  entryUrl: string;
  /** blob URL → file name, for stack traces. */
  names: Map<string, string>;
}

/**
 * Turns each module into a blob URL and installs an import map that resolves
 * `@workos-inc/node` to the SDK bundle and `@playground/<file>` to the sample's files. Must run
 * before any module is imported (an import map only applies to later imports).
 */
export function loadModules(doc: Document, message: RunMessage): LoadedModules {
  const names = new Map<string, string>();
  const toUrl = (code: string): string => URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  const sdkUrl = toUrl(message.sdk);
  names.set(sdkUrl, SDK_NAME);
  const imports: Record<string, string> = { [SDK_NAME]: sdkUrl };
  for (const module of message.modules) {
    const url = toUrl(module.code);
    names.set(url, module.file);
    imports[module.specifier] = url;
  }
  const map = doc.createElement('script');
  map.type = 'importmap';
  map.textContent = JSON.stringify({ imports });
  doc.head.append(map);
  const entryUrl = imports[message.entry];
  if (!entryUrl) throw new Error(`No module ${message.entry} in this run.`);
  return { entryUrl, names };
}
