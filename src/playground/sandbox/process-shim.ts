/**
 * A minimal `process` for Node samples in the browser: `process.env` (the playground's mock
 * environment) and `emitWarning`, which the SDK's Node entry calls. No `release.name`, so the
 * SDK does not take the browser for Node.
 */
export function installProcess(env: Record<string, string>): void {
  const shim = {
    env: { ...env },
    argv: [] as string[],
    platform: 'browser',
    emitWarning: (warning: string | Error, type?: string) => console.warn(`(${type ?? 'Warning'}) ${warning instanceof Error ? warning.message : warning}`),
    nextTick: (callback: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => callback(...args)),
    cwd: () => '/',
  };
  Object.defineProperty(globalThis, 'process', { value: shim, configurable: true, writable: true });
}
