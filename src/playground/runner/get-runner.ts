import { PlaygroundRunner, type RunnerAssets } from './host';

let runner: PlaygroundRunner | undefined;

/**
 * The page's one runner. Every playground island shares it (they import this module from the
 * same chunk), because sandbox frames share a renderer process (see host.ts).
 */
export function getRunner(assets: RunnerAssets): PlaygroundRunner {
  runner ??= new PlaygroundRunner(assets);
  return runner;
}
