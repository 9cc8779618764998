import { findSecret } from './secrets';

/**
 * Share links carry a playground's code in the URL fragment (`#<playground id>=<data>`), which
 * browsers never send to a server. The data is the files as JSON, deflated and base64url
 * encoded. A link is refused when the code contains what looks like a WorkOS secret key.
 */

/** A playground's files by name, e.g. `{ 'pkce.ts': '…' }`. */
export type FileMap = Record<string, string>;

/** A link, or why there is none. */
export type ShareResult = { ok: true; url: string } | { ok: false; reason: string };

/**
 * The share link for files, or a refusal naming the secret-looking string.
 * @param page the page URL (its fragment is replaced)
 * @example await createShareUrl('https://site/v8/node-sdk/', 'playground-pkce', { 'pkce.ts': code })
 */
export async function createShareUrl(page: string, id: string, files: FileMap): Promise<ShareResult> {
  for (const [name, code] of Object.entries(files)) {
    const secret = findSecret(code);
    if (secret) {
      return { ok: false, reason: `Not shared: ${name} contains what looks like a WorkOS secret key (${secret}). A link carries the code itself, so remove the key first (the playground never needs one).` };
    }
  }
  const url = new URL(page);
  url.hash = `${id}=${await encodeFiles(files)}`;
  return { ok: true, url: url.href };
}

/** The files a fragment carries for playground `id`, or undefined (not for it, or damaged). */
export async function readShareFragment(hash: string, id: string): Promise<FileMap | undefined> {
  const prefix = `#${id}=`;
  if (!hash.startsWith(prefix)) return undefined;
  try {
    const data: unknown = JSON.parse(await decodeText(hash.slice(prefix.length)));
    const files = (data as { files?: unknown }).files;
    if (!files || typeof files !== 'object' || !Object.values(files).every((v) => typeof v === 'string')) return undefined;
    return files as FileMap;
  } catch {
    return undefined;
  }
}

async function encodeFiles(files: FileMap): Promise<string> {
  const stream = new Blob([JSON.stringify({ v: 1, files })]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function decodeText(data: string): Promise<string> {
  const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}
