import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Makes sure dist/ exists before build and browser tests. `npm test` builds once up front
 * (see .ci/test); running a single project with vitest builds here if needed.
 */
export default function ensureBuild(): void {
  if (existsSync('dist/index.html') && existsSync('dist/pagefind/pagefind.js')) return;
  // Vitest sets NODE_ENV=test, which would ship development React: build as production does.
  execFileSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
