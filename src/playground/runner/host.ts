import type { SerializedError } from '../console/types';
import type { SandboxFrame } from './frame';
import { FramePool } from './frame-pool';
import { isSandboxMessage, type RunMessage, type SandboxMessage } from './protocol';
import type { RunEvent, RunHandle, RunnerAssets, RunnerOptions, RunRequest } from './types';

export type { RunEvent, RunHandle, RunnerAssets, RunnerOptions, RunRequest } from './types';

/**
 * The page's runner, shared by all its playgrounds. Each run gets a fresh sandbox frame (a
 * clean realm: no state leaks between runs or playgrounds), taken from a pre-started spare so
 * a run does not wait for a frame to boot. A run that is not done after `timeoutMs` is
 * stopped by destroying frames.
 *
 * WARNING: Chromium puts all sandboxed frames of a site in one renderer process. A busy loop in
 * one freezes the others, and a new frame hangs until every frame of that process is gone. So
 * a kill (timeout, or a new run replacing an unfinished one) removes *every* frame, telling
 * other unfinished runs they were restarted. If this changes, re-test by hand: `while (true) {}`
 * in one playground, then Run in another, then Run the first again.
 */

interface ActiveRun {
  runId: number;
  frame: SandboxFrame;
  started: number;
  timer: ReturnType<typeof setTimeout>;
  emit(event: RunEvent): void;
}

/** The page's one runner: see the module comment. */
export class PlaygroundRunner {
  readonly timeoutMs: number;
  readonly maxEntries: number;
  #assets: RunnerAssets;
  #sources: Promise<{ sdk: string; sandbox: string }> | undefined;
  #frames = new FramePool();
  #active = new Map<number, ActiveRun>();
  #nextRunId = 1;
  #listening = false;

  constructor(assets: RunnerAssets, options: RunnerOptions = {}) {
    this.#assets = assets;
    this.timeoutMs = options.timeoutMs ?? 3000;
    this.maxEntries = options.maxEntries ?? 200;
  }

  /** Loads the scripts and the transpiler and starts a spare frame, so the first run starts at once. */
  warm(): Promise<void> {
    return Promise.all([this.#loadSources(), import('./transpile')]).then(() => this.#frames.warm());
  }

  /** Runs files in a fresh sandbox; `emit` receives everything the run reports. */
  run(request: RunRequest, emit: (event: RunEvent) => void): RunHandle {
    const runId = this.#nextRunId++;
    const started = performance.now();
    let cancelled = false;
    const guard = (event: RunEvent): void => {
      if (!cancelled) emit(event);
    };
    void this.#start(runId, started, request, guard, () => cancelled).catch((error: unknown) => {
      guard({ kind: 'error', error: setupError(error) });
      guard({ kind: 'done', ms: performance.now() - started });
    });
    return {
      cancel: () => {
        cancelled = true;
        const active = this.#active.get(runId);
        // An unfinished run may be spinning: only replacing every frame frees the renderer.
        if (active) this.#recycle(runId);
      },
    };
  }

  async #start(runId: number, started: number, request: RunRequest, emit: (event: RunEvent) => void, cancelled: () => boolean): Promise<void> {
    const [{ transpileFiles, specifierOf }, sources] = await Promise.all([import('./transpile'), this.#loadSources()]);
    if (cancelled()) return;
    let modules;
    try {
      modules = transpileFiles(request.files);
    } catch (error) {
      emit({ kind: 'error', error: setupError(error) });
      emit({ kind: 'done', ms: performance.now() - started });
      return;
    }
    const frame = this.#frames.take();
    const timer = setTimeout(() => this.#timeout(runId), Math.max(0, this.timeoutMs - (performance.now() - started)));
    this.#active.set(runId, { runId, frame, started, timer, emit });
    await frame.ready;
    if (!this.#active.has(runId)) return;
    const message: RunMessage = { type: 'run', runId, modules, entry: specifierOf(request.entry), sdk: sources.sdk, env: request.env, maxEntries: this.maxEntries };
    frame.element.contentWindow?.postMessage(message, '*');
  }

  #loadSources(): Promise<{ sdk: string; sandbox: string }> {
    this.#listen();
    this.#sources ??= Promise.all([fetchText(this.#assets.sdkUrl), fetchText(this.#assets.sandboxUrl)]).then(([sdk, sandbox]) => {
      this.#frames.setRuntime(sandbox);
      return { sdk, sandbox };
    });
    // A failed download may succeed later (offline for a moment): do not keep the failure.
    this.#sources.catch(() => {
      this.#sources = undefined;
    });
    return this.#sources;
  }

  #listen(): void {
    if (this.#listening) return;
    this.#listening = true;
    addEventListener('message', (event) => {
      const frame = this.#frames.find(event.source);
      if (!frame || !isSandboxMessage(event.data)) return;
      this.#receive(frame, event.data);
    });
  }

  #receive(frame: SandboxFrame, message: SandboxMessage): void {
    if (message.type === 'ready') return frame.markReady();
    const run = this.#active.get(message.runId);
    if (!run || run.frame !== frame) return;
    switch (message.type) {
      case 'console':
        return run.emit({ kind: 'console', level: message.level, args: message.args });
      case 'request':
        return run.emit({ kind: 'request', line: message.line });
      case 'note':
        return run.emit({ kind: 'note', text: message.text });
      case 'error':
        return run.emit({ kind: 'error', error: message.error });
      case 'capped':
        return run.emit({ kind: 'capped', limit: message.limit });
      case 'done':
        if (message.exports) run.emit({ kind: 'result', exports: message.exports });
        run.emit({ kind: 'done', ms: performance.now() - run.started });
        this.#finish(run);
    }
  }

  #finish(run: ActiveRun): void {
    clearTimeout(run.timer);
    this.#active.delete(run.runId);
    this.#frames.remove(run.frame);
  }

  #timeout(runId: number): void {
    const run = this.#active.get(runId);
    if (!run) return;
    run.emit({ kind: 'stopped', reason: 'timeout', ms: performance.now() - run.started });
    this.#recycle(runId);
  }

  /** Removes every frame; unfinished runs other than `culprit` are told they were restarted. */
  #recycle(culprit: number): void {
    for (const run of [...this.#active.values()]) {
      clearTimeout(run.timer);
      this.#active.delete(run.runId);
      if (run.runId !== culprit) run.emit({ kind: 'stopped', reason: 'restarted', ms: performance.now() - run.started });
    }
    this.#frames.removeAll();
  }

}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** A problem before the code ran: a syntax error, or the runner's scripts failing to load. */
function setupError(error: unknown): SerializedError {
  const location = error && typeof error === 'object' && 'location' in error && typeof error.location === 'string' ? error.location : null;
  if (error instanceof Error && error.name === 'SyntaxError') return { name: 'SyntaxError', message: error.message, stack: '', location, fields: [] };
  const message = error instanceof Error ? error.message : String(error);
  return { name: 'PlaygroundError', message: `The playground could not start: ${message}. The code above is still the complete sample.`, stack: '', location, fields: [] };
}
