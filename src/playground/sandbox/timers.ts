/**
 * Tracks the sample's pending timers, so a run ends when the code has nothing left to do
 * (as a Node process exits), not when its top level returns.
 */
export interface TimerTracker {
  /** Resolves once no timer is pending (checked after a macrotask, so chained promises settle). */
  idle(): Promise<void>;
}

/** Wraps `setTimeout`/`setInterval` (and their `clear…`) of a window. */
export function trackTimers(win: Window & typeof globalThis): TimerTracker {
  const { setTimeout: originalSetTimeout, setInterval: originalSetInterval, clearTimeout: originalClearTimeout, clearInterval: originalClearInterval } = win;
  const pending = new Set<number>();
  let changed: (() => void) | undefined;
  const settle = (id: number): void => {
    pending.delete(id);
    changed?.();
  };
  win.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id: number = originalSetTimeout(
      (...callArgs: unknown[]) => {
        settle(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...callArgs);
      },
      timeout,
      ...args,
    );
    pending.add(id);
    return id;
  }) as typeof win.setTimeout;
  win.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = originalSetInterval(handler, timeout, ...args);
    pending.add(id);
    return id;
  }) as typeof win.setInterval;
  win.clearTimeout = ((id?: number) => {
    originalClearTimeout(id);
    if (id !== undefined) settle(id);
  }) as typeof win.clearTimeout;
  win.clearInterval = ((id?: number) => {
    originalClearInterval(id);
    if (id !== undefined) settle(id);
  }) as typeof win.clearInterval;
  const macrotask = () => new Promise<void>((resolve) => originalSetTimeout(resolve, 0));
  return {
    async idle() {
      for (;;) {
        await macrotask();
        if (pending.size === 0) return;
        await new Promise<void>((resolve) => {
          changed = resolve;
        });
      }
    },
  };
}
