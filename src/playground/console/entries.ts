import type { RunEvent } from '../runner/host';
import type { ConsoleLevel } from '../runner/protocol';
import type { SerializedError, SerializedValue } from './types';

/** One line of a playground's console. */
export type ConsoleEntry =
  | { id: number; kind: 'console'; level: ConsoleLevel; args: SerializedValue[] }
  | { id: number; kind: 'request'; text: string }
  | { id: number; kind: 'note'; text: string }
  | { id: number; kind: 'error'; error: SerializedError }
  | { id: number; kind: 'result'; value: SerializedValue }
  | { id: number; kind: 'capped'; limit: number };

/** Where the current run is. */
export type RunStatus =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; ms: number }
  | { state: 'stopped'; reason: 'timeout' | 'restarted'; ms: number };

/** A console: its lines, the run's status, and how many runs it has shown. */
export interface ConsoleState {
  entries: ConsoleEntry[];
  status: RunStatus;
  /** Runs started so far (1 for the automatic first run). */
  runs: number;
}

/** Before the first run. */
export const IDLE_CONSOLE: ConsoleState = { entries: [], status: { state: 'idle' }, runs: 0 };

/** A run starts: the console is cleared. `notes` are shown first (e.g. a secret in the code). */
export function startRun(previous: ConsoleState, notes: string[] = []): ConsoleState {
  return { entries: notes.map((text, i) => ({ id: i + 1, kind: 'note', text })), status: { state: 'running' }, runs: previous.runs + 1 };
}

/**
 * Adds what a run reported. The sandbox caps output; this caps again in case a stream of
 * messages arrives anyway. A note already shown is not repeated.
 */
export function applyRunEvent(state: ConsoleState, event: RunEvent, cap = 250): ConsoleState {
  const id = (state.entries.at(-1)?.id ?? 0) + 1;
  const add = (entry: ConsoleEntry): ConsoleState => (state.entries.length >= cap ? state : { ...state, entries: [...state.entries, entry] });
  switch (event.kind) {
    case 'console':
      return add({ id, kind: 'console', level: event.level, args: event.args });
    case 'request':
      return add({ id, kind: 'request', text: event.line });
    case 'note':
      return state.entries.some((e) => e.kind === 'note' && e.text === event.text) ? state : add({ id, kind: 'note', text: event.text });
    case 'error':
      return add({ id, kind: 'error', error: event.error });
    case 'capped':
      return add({ id, kind: 'capped', limit: event.limit });
    case 'result':
      return add({ id, kind: 'result', value: event.exports });
    case 'done':
      return { ...state, status: { state: 'done', ms: event.ms } };
    case 'stopped':
      return { ...state, status: { state: 'stopped', reason: event.reason, ms: event.ms } };
  }
}

/** The status line under the console. */
export function describeStatus(status: RunStatus, timeoutMs: number): string {
  switch (status.state) {
    case 'idle':
      return 'Not run yet.';
    case 'running':
      return 'Running…';
    case 'done':
      return `Ran in ${Math.max(1, Math.round(status.ms))} ms.`;
    case 'stopped':
      return status.reason === 'timeout'
        ? `Stopped after ${timeoutMs / 1000} s: the code was still running (a loop that never ends, a promise that never settles, or a pending timer). Edit and run again.`
        : 'Stopped: another playground on this page had to be stopped, which restarts every sandbox. Run again.';
  }
}
