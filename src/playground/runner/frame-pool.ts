import { createSandboxFrame, sandboxContainer, type SandboxFrame } from './frame';

/**
 * The runner's sandbox frames: one spare, started ahead so a run does not wait for a frame to
 * boot, plus the frames of runs in progress. Frames are never reused: each run gets a clean realm.
 */
export class FramePool {
  #frames = new Set<SandboxFrame>();
  #spare: SandboxFrame | undefined;
  #runtime: string | undefined;

  /** The sandbox runtime's source, once loaded; until then no frame can start. */
  setRuntime(runtime: string): void {
    this.#runtime = runtime;
  }

  /** Starts the spare frame now if there is none. */
  warm(): void {
    if (!this.#spare && this.#runtime) this.#spare = this.#create(this.#runtime);
  }

  /** A fresh frame for a run: the spare if there is one. */
  take(): SandboxFrame {
    if (!this.#runtime) throw new Error('The sandbox runtime is not loaded yet.');
    const frame = this.#spare ?? this.#create(this.#runtime);
    this.#spare = undefined;
    return frame;
  }

  /** The frame a message came from, if it is one of ours. */
  find(source: MessageEventSource | null): SandboxFrame | undefined {
    for (const frame of this.#frames) if (frame.element.contentWindow === source) return frame;
    return undefined;
  }

  /** Removes a frame (its run is over) and starts the next spare when the page is idle. */
  remove(frame: SandboxFrame): void {
    frame.element.remove();
    this.#frames.delete(frame);
    if (this.#spare === frame) this.#spare = undefined;
    this.#replenish();
  }

  /** Removes every frame, the spare included (see the WARNING in host.ts). */
  removeAll(): void {
    for (const frame of [...this.#frames]) {
      frame.element.remove();
      this.#frames.delete(frame);
    }
    this.#spare = undefined;
    this.#replenish();
  }

  #create(runtime: string): SandboxFrame {
    const frame = createSandboxFrame(sandboxContainer(document), runtime);
    this.#frames.add(frame);
    return frame;
  }

  #replenish(): void {
    if ('requestIdleCallback' in window) requestIdleCallback(() => this.warm(), { timeout: 500 });
    else setTimeout(() => this.warm(), 50);
  }
}
