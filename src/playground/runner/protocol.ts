import type { SerializedError, SerializedValue } from '../console/types';

/**
 * Messages between the page (the runner) and a sandbox frame. The frame has an opaque origin,
 * so the page checks `event.source` (one of its frames) and the shape of every message.
 */

/** One module of a run: `specifier` is how other modules (and the import map) name it. */
export interface RunModule {
  /** File name shown in errors, e.g. `pkce.ts`. */
  file: string;
  /** Bare specifier the module is mapped under, e.g. `@playground/pkce.ts`. */
  specifier: string;
  /** Transpiled JavaScript (same line numbers as the TypeScript). */
  code: string;
}

/** Page → sandbox: run these modules. */
export interface RunMessage {
  type: 'run';
  runId: number;
  modules: RunModule[];
  /** Specifier of the module to import first. */
  entry: string;
  /** Source of the SDK's browser bundle (ES module). */
  sdk: string;
  /** What `process.env` holds during the run. */
  env: Record<string, string>;
  /** Console calls sent before output is capped. */
  maxEntries: number;
}

/** Console levels the sandbox forwards. */
export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

/** Sandbox → page. Every message but `ready` names the run it belongs to. */
export type SandboxMessage =
  | { type: 'ready' }
  | { type: 'console'; runId: number; level: ConsoleLevel; args: SerializedValue[] }
  | { type: 'request'; runId: number; line: string }
  | { type: 'note'; runId: number; text: string }
  | { type: 'error'; runId: number; error: SerializedError }
  | { type: 'capped'; runId: number; limit: number }
  | { type: 'done'; runId: number; exports: SerializedValue | null };

const LEVELS = new Set<string>(['log', 'info', 'warn', 'error', 'debug']);

/**
 * Whether data received from a frame is a well-formed sandbox message (the frame runs the
 * reader's code, so nothing it sends is trusted blindly).
 */
export function isSandboxMessage(data: unknown): data is SandboxMessage {
  if (!data || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  if (m.type === 'ready') return true;
  if (typeof m.runId !== 'number') return false;
  switch (m.type) {
    case 'console':
      return typeof m.level === 'string' && LEVELS.has(m.level) && Array.isArray(m.args);
    case 'request':
      return typeof m.line === 'string';
    case 'note':
      return typeof m.text === 'string';
    case 'error':
      return !!m.error && typeof m.error === 'object' && typeof (m.error as Record<string, unknown>).message === 'string';
    case 'capped':
      return typeof m.limit === 'number';
    case 'done':
      return m.exports === null || (!!m.exports && typeof m.exports === 'object');
    default:
      return false;
  }
}

/** Whether data received by the sandbox is a run request from the page. */
export function isRunMessage(data: unknown): data is RunMessage {
  if (!data || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  return m.type === 'run' && typeof m.runId === 'number' && Array.isArray(m.modules) && typeof m.entry === 'string' && typeof m.sdk === 'string' && !!m.env && typeof m.env === 'object';
}
