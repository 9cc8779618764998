/**
 * The Starlight side of the comparison: `@astrojs/starlight` installed once into a git-ignored
 * folder (reused while the pinned versions match), and a Starlight site generated from
 * quickref's pages and samples at 1× or N×.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readPinnedVersion } from '../../src/lib/versions.ts';
import { listPages, writePages, type Page } from './content-copies.ts';
import { copySnippets, type Site } from './quickref-site.ts';
import { barrel, PASSTHROUGH, SHIMS } from './starlight-shims.ts';

/** The Starlight release compared against. */
export const STARLIGHT_VERSION = '0.42.4';

/** Packages both sites share are pinned to quickref's installed versions, so only the framework differs. */
const SHARED = ['astro', '@astrojs/markdown-remark', '@astrojs/mdx', '@astrojs/sitemap', 'pagefind', 'diff'];

/**
 * Installs Starlight into `dir` with `npm install`, unless an install of the same versions is
 * already there. @returns the versions installed.
 */
export function installStarlight(root: string, dir: string): Record<string, string> {
  const dependencies: Record<string, string> = { '@astrojs/starlight': STARLIGHT_VERSION };
  for (const name of SHARED) dependencies[name] = readPinnedVersion(name, root).version;
  const manifest = `${JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies }, null, 2)}\n`;
  const stamp = path.join(dir, 'node_modules/.bench-installed');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === manifest) return dependencies;
  mkdirSync(dir, { recursive: true });
  if (!existsSync(path.join(dir, 'package.json')) || readFileSync(path.join(dir, 'package.json'), 'utf8') !== manifest) {
    writeFileSync(path.join(dir, 'package.json'), manifest);
    rmSync(path.join(dir, 'package-lock.json'), { force: true });
  }
  console.log(`Installing @astrojs/starlight@${STARLIGHT_VERSION} (astro ${dependencies.astro}) into ${path.relative(root, dir)} …`);
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  if (npm.status !== 0) throw new Error(`npm install in ${dir} failed (exit ${npm.status}): is the npm registry reachable?`);
  writeFileSync(stamp, manifest);
  return dependencies;
}

const CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [starlight({ title: 'quickref' })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** quickref's frontmatter and import line, made Starlight's: no `packages`, a relative barrel path. */
function toStarlight(page: Page, file: string): Page {
  const { packages: _packages, ...frontmatter } = page.frontmatter;
  const barrel = path.posix.relative(path.posix.dirname(`src/content/docs/${file}`), 'src/components/mdx');
  return { frontmatter, body: page.body.replace(/from '~\/components\/mdx'/g, `from '${barrel}'`) };
}

/**
 * Writes a Starlight site into `dir` (which must sit inside the install folder, so packages
 * resolve from there) with quickref's pages `scale` times over.
 */
export function prepareStarlight(root: string, installDir: string, dir: string, scale: number): Site {
  const { dependencies } = JSON.parse(readFileSync(path.join(installDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/components/mdx'), { recursive: true });
  mkdirSync(path.join(dir, 'src/lib'), { recursive: true });
  // The dependencies resolve from the install folder above; Astro reads them here to decide
  // which packages Vite must bundle (Starlight ships .astro files and `astro:` imports).
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ private: true, type: 'module', dependencies }, null, 2)}\n`);
  writeFileSync(path.join(dir, 'tsconfig.json'), '{ "extends": "astro/tsconfigs/strict", "include": [".astro/types.d.ts", "**/*"], "exclude": ["dist"] }\n');
  writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  for (const [file, source] of Object.entries(SHIMS)) writeFileSync(path.join(dir, 'src/components/mdx', file), source);
  const names = componentsUsed(root);
  const missing = names.filter((n) => !SHIMS[`${n}.astro`]);
  for (const name of missing) writeFileSync(path.join(dir, 'src/components/mdx', `${name}.astro`), PASSTHROUGH);
  if (missing.length) console.warn(`  no Starlight shim for ${missing.join(', ')}: rendered as their children (add one to bench/compare/starlight-shims.ts)`);
  writeFileSync(path.join(dir, 'src/components/mdx/index.ts'), barrel(names));
  for (const lib of ['regions.ts', 'line-diff.ts']) copyFileSync(path.join(root, 'src/lib', lib), path.join(dir, 'src/lib', lib));
  copySnippets(path.join(root, 'snippets'), path.join(dir, 'snippets'));
  const pages = writePages(path.join(root, 'content/docs'), path.join(dir, 'src/content/docs'), scale, toStarlight);
  writeFileSync(path.join(dir, 'src/versions.json'), JSON.stringify(versionsUsed(root)));
  return { name: 'starlight', dir, astroBin: path.join(installDir, 'node_modules/astro/bin/astro.mjs'), pages };
}

/** Every component name the pages import from the barrel. */
function componentsUsed(root: string): string[] {
  const names = new Set<string>();
  const docs = path.join(root, 'content/docs');
  for (const file of listPages(docs)) {
    for (const m of readFileSync(path.join(docs, file), 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'~\/components\/mdx'/g)) {
      for (const name of (m[1] ?? '').split(',').map((n) => n.trim()).filter(Boolean)) names.add(name);
    }
  }
  return [...names].sort();
}

/** Every `<Version of="…" />` in quickref's pages, resolved the way quickref resolves it. */
function versionsUsed(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const docs = path.join(root, 'content/docs');
  for (const file of listPages(docs)) {
    for (const m of readFileSync(path.join(docs, file), 'utf8').matchAll(/<Version of="([^"]+)"/g)) {
      const name = m[1] as string;
      out[name] = readPinnedVersion(name, root).version;
    }
  }
  return out;
}
