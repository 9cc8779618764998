import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site served on 127.0.0.1 for browser tests. */
    baseUrl: string;
  }
}

/** Serves dist/ on 127.0.0.1 for the browser tests. */
export default async function serveDist(project: TestProject): Promise<() => Promise<void>> {
  const server = await serveStatic(path.resolve('dist'));
  project.provide('baseUrl', server.url);
  return server.close;
}
