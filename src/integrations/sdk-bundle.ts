import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/**
 * Builds what the playgrounds run, at site build time, and serves it from the site itself
 * (no CDN, works offline):
 * - `_playground/workos-node-<version>.<hash>.js`: the real pinned `@workos-inc/node` (its Node
 *   entry, which the samples import) bundled for the browser as one ES module, class names kept
 *   so errors read `OauthException`, not `t`. It needs no shims: fetch and Web Crypto.
 * - `_playground/sandbox.<hash>.js`: the sandbox runtime (mock WorkOS API, console capture),
 *   inlined by the runner into each sandbox frame.
 * Pages learn the URLs from `virtual:quickref/playground-assets`. Also registers
 * `client:playground`, the directive that loads a playground when it nears the viewport.
 */

const VIRTUAL_ID = 'virtual:quickref/playground-assets';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const ASSET_DIR = '_playground';

/** One built file: where it is served and its bytes. */
interface Asset {
  path: string;
  contents: Uint8Array;
}

/** The SDK's version, from its package.json, for the file name. */
async function sdkVersion(root: string): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(root, 'node_modules/@workos-inc/node/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

async function bundle(root: string, options: { entry: string; format: 'esm' | 'iife'; stdin?: boolean }): Promise<Uint8Array> {
  const result = await build({
    ...(options.stdin ? { stdin: { contents: options.entry, resolveDir: root, loader: 'ts' } } : { entryPoints: [options.entry] }),
    absWorkingDir: root,
    bundle: true,
    format: options.format,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    keepNames: true,
    legalComments: 'eof',
    write: false,
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`esbuild produced no output for ${options.entry}`);
  return file.contents;
}

/** Builds both assets; names carry a content hash, so hosts may cache them forever. */
export async function buildPlaygroundAssets(root: string): Promise<{ sdk: Asset; sandbox: Asset }> {
  const [sdk, sandbox, version] = await Promise.all([
    bundle(root, { entry: "export * from '@workos-inc/node';", format: 'esm', stdin: true }),
    bundle(root, { entry: path.join(root, 'src/playground/sandbox/runtime.ts'), format: 'iife' }),
    sdkVersion(root),
  ]);
  const hash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  return {
    sdk: { path: `${ASSET_DIR}/workos-node-${version}.${hash(sdk)}.js`, contents: sdk },
    sandbox: { path: `${ASSET_DIR}/sandbox.${hash(sandbox)}.js`, contents: sandbox },
  };
}

/** The Astro integration: see the module comment. */
export function sdkBundle(): AstroIntegration {
  let assets: Awaited<ReturnType<typeof buildPlaygroundAssets>> | undefined;
  let root = process.cwd();
  let base = '/';
  const ensure = async () => (assets ??= await buildPlaygroundAssets(root));
  return {
    name: 'quickref:sdk-bundle',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, addClientDirective, command }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        addClientDirective({ name: 'playground', entrypoint: new URL('../playground/client-directive.ts', import.meta.url) });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'quickref:playground-assets',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: async (id: string) => {
                  if (id !== RESOLVED_ID) return undefined;
                  // In dev the sandbox runtime is rebuilt on each page load, so edits show up.
                  if (command === 'dev') assets = undefined;
                  const { sdk, sandbox } = await ensure();
                  return `export const sdkUrl = ${JSON.stringify(base + sdk.path)};\nexport const sandboxUrl = ${JSON.stringify(base + sandbox.path)};\n`;
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost').pathname;
          const asset = assets && [assets.sdk, assets.sandbox].find((a) => base + a.path === url);
          if (!asset) return next();
          res.setHeader('Content-Type', 'text/javascript');
          res.end(asset.contents);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { sdk, sandbox } = await ensure();
        const out = fileURLToPath(dir);
        for (const asset of [sdk, sandbox]) {
          await mkdir(path.dirname(path.join(out, asset.path)), { recursive: true });
          await writeFile(path.join(out, asset.path), asset.contents);
        }
        logger.info(`Playground assets: ${sdk.path} (${Math.round(sdk.contents.length / 1024)} KB), ${sandbox.path} (${Math.round(sandbox.contents.length / 1024)} KB)`);
      },
    },
  };
}
