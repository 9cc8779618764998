import { serialize } from '../console/serialize';
import type { SerializedError, SerializedValue } from '../console/types';
import type { ConsoleLevel } from '../runner/protocol';

/** Sends one console call (already serialised) to the page. */
export type ConsoleSink = (level: ConsoleLevel, args: SerializedValue[]) => void;

/**
 * Replaces the sandbox's console methods with ones that serialise their arguments at once,
 * so an object shows as it was when logged, not as it is later (F8/C39).
 */
export function captureConsole(target: Console, sink: ConsoleSink, mapStack: (error: Error) => Pick<SerializedError, 'stack' | 'location'>): void {
  const send = (level: ConsoleLevel, args: unknown[]): void => sink(level, args.map((a) => serialize(a, mapStack)));
  const text = (value: string): SerializedValue => ({ t: 'string', v: value });
  target.log = (...args: unknown[]) => send('log', args);
  target.info = (...args: unknown[]) => send('info', args);
  target.debug = (...args: unknown[]) => send('debug', args);
  target.warn = (...args: unknown[]) => send('warn', args);
  target.error = (...args: unknown[]) => send('error', args);
  target.dir = (value: unknown) => send('log', [value]);
  target.table = (value: unknown) => send('log', [value]);
  target.trace = (...args: unknown[]) => {
    const { stack } = mapStack(new Error());
    sink('log', [...args.map((a) => serialize(a, mapStack)), text(`\n${stack}`)]);
  };
  target.assert = (condition?: boolean, ...args: unknown[]) => {
    if (!condition) sink('error', [text('Assertion failed:'), ...args.map((a) => serialize(a, mapStack))]);
  };
  target.group = (...args: unknown[]) => send('log', args);
  target.groupCollapsed = (...args: unknown[]) => send('log', args);
  target.groupEnd = () => undefined;
}
