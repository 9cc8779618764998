import type { SerializedError, SerializedValue } from '../console/types';
import type { ConsoleLevel } from './protocol';
import type { SourceFile } from './transpile';

/** The runner's public types (see host.ts). */

/** What a run reports, in order. It always ends with `done` or `stopped`. */
export type RunEvent =
  | { kind: 'console'; level: ConsoleLevel; args: SerializedValue[] }
  | { kind: 'request'; line: string }
  | { kind: 'note'; text: string }
  | { kind: 'error'; error: SerializedError }
  | { kind: 'capped'; limit: number }
  | { kind: 'result'; exports: SerializedValue }
  | { kind: 'done'; ms: number }
  | { kind: 'stopped'; reason: 'timeout' | 'restarted'; ms: number };

/** What to run. */
export interface RunRequest {
  files: SourceFile[];
  /** File name of the module to run. */
  entry: string;
  /** `process.env` inside the sandbox. */
  env: Record<string, string>;
}

/** A run in progress. */
export interface RunHandle {
  /** Stops the run (if unfinished) without reporting anything more. */
  cancel(): void;
}

/** Where the runner loads its two scripts from (see src/integrations/sdk-bundle.ts). */
export interface RunnerAssets {
  sdkUrl: string;
  sandboxUrl: string;
}

/** Tuning. */
export interface RunnerOptions {
  /** A run still going after this long is stopped. @default 3000 */
  timeoutMs?: number;
  /** Console entries per run before output is capped. @default 200 */
  maxEntries?: number;
}
