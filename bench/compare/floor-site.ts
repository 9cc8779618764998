/**
 * The floor: a bare Astro site (one page, no integrations) on the same Astro install. What any
 * Astro build costs on this machine before it does any work, so a ratio goal can be checked
 * against what is reachable at all.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Site } from './quickref-site.ts';

/** Writes the bare site into `dir`, inside the Starlight install folder (for `astro`). */
export function prepareFloor(installDir: string, dir: string): Site {
  const { dependencies } = JSON.parse(readFileSync(path.join(installDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ private: true, type: 'module', dependencies: { astro: dependencies.astro } }, null, 2)}\n`);
  writeFileSync(path.join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n");
  writeFileSync(path.join(dir, 'src/pages/index.astro'), '<html lang="en"><head><title>floor</title></head><body><h1>floor</h1></body></html>\n');
  return { name: 'floor', dir, astroBin: path.join(installDir, 'node_modules/astro/bin/astro.mjs'), pages: 1 };
}
