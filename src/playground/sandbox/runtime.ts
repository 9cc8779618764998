import { serialize, serializeError } from '../console/serialize';
import type { SerializedError } from '../console/types';
import { createMockFetch } from '../mock-api/fetch';
import { createMockApi } from '../mock-api/index';
import { isRunMessage, type RunMessage, type SandboxMessage } from '../runner/protocol';
import { captureConsole } from './console-capture';
import { loadModules } from './modules';
import { installProcess } from './process-shim';
import { mapStack, type UrlNames } from './stack';
import { trackTimers } from './timers';

/**
 * The sandbox runtime: the only script of a sandbox frame (inlined into its srcdoc, built by
 * `src/integrations/sdk-bundle.ts`). It waits for one run message, then — before any of the
 * reader's code — installs the mock WorkOS API as `fetch` (the SDK captures `fetch` when a
 * client is constructed), the console capture and `process.env`; loads the modules through an
 * import map; reports everything to the page; and says when the run is done. One frame, one
 * run: the page throws the frame away afterwards.
 */

const target = location.ancestorOrigins?.[0] ?? '*';
const post = (message: SandboxMessage): void => parent.postMessage(message, target);

addEventListener('message', function onMessage(event: MessageEvent) {
  if (event.source !== parent || !isRunMessage(event.data)) return;
  removeEventListener('message', onMessage);
  void run(event.data);
});
post({ type: 'ready' });

async function run(message: RunMessage): Promise<void> {
  const { runId } = message;
  // SDK calls nest deeply; keep enough frames to reach the reader's line.
  Error.stackTraceLimit = 50;
  let names: UrlNames = new Map();
  const mapper = (error: Error) => mapStack(error.stack ?? '', names);
  let sent = 0;
  const send = (m: SandboxMessage): void => {
    sent += 1;
    if (sent === message.maxEntries + 1) post({ type: 'capped', runId, limit: message.maxEntries });
    if (sent <= message.maxEntries) post(m);
  };
  const reportError = (error: unknown): void => send({ type: 'error', runId, error: describeError(error, mapper) });

  installProcess(message.env);
  globalThis.fetch = createMockFetch(createMockApi(), {
    request: (line) => send({ type: 'request', runId, line }),
    note: (text) => send({ type: 'note', runId, text }),
  });
  captureConsole(console, (level, args) => send({ type: 'console', runId, level, args }), mapper);
  const timers = trackTimers(window);
  addEventListener('error', (event) => reportError(event.error ?? event.message));
  addEventListener('unhandledrejection', (event) => reportError(event.reason));
  // Sandboxed frames ignore dialogs silently; say so instead.
  const noDialog = (name: string) => () => send({ type: 'note', runId, text: `${name}() does nothing in the playground: use console.log.` });
  Object.assign(window, { alert: noDialog('alert'), confirm: noDialog('confirm'), prompt: noDialog('prompt') });

  let exports: Record<string, unknown> | undefined;
  try {
    const loaded = loadModules(document, message);
    names = loaded.names;
    exports = (await import(/* @vite-ignore */ loaded.entryUrl)) as Record<string, unknown>;
    await timers.idle();
  } catch (error) {
    reportError(error);
  }
  const exported = exports && Object.keys(exports).length ? serialize({ ...exports }, mapper) : null;
  post({ type: 'done', runId, exports: exported });
}

/** An error as the console shows it, with a hint for the import mistakes a sample can make. */
function describeError(error: unknown, mapper: (error: Error) => Pick<SerializedError, 'stack' | 'location'>): SerializedError {
  const described = serializeError(error, mapper);
  const bare = /Failed to resolve module specifier "([^"]+)"/.exec(described.message);
  if (bare) described.message = `Cannot import "${bare[1]}": the playground can import '@workos-inc/node' and the sample's own files (./…) only.`;
  return described;
}
