/**
 * The document of a sandbox frame. The frame is `sandbox="allow-scripts"` without
 * `allow-same-origin`, so it has an opaque origin: no access to the site's cookies, storage or
 * DOM. Its CSP allows no connection of any kind (`connect-src 'none'`, no images, fonts,
 * frames or workers); scripts may only be inline (the runtime, the import map) or blob: URLs
 * (the modules the runtime creates).
 */
export const SANDBOX_CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline' blob:",
  "connect-src 'none'",
  "img-src 'none'",
  "style-src 'none'",
  "font-src 'none'",
  "media-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "object-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

/** The `srcdoc` of a sandbox frame running `runtime` (the sandbox runtime's source). */
export function buildSrcdoc(runtime: string): string {
  // A literal "</script" would end the inline script early.
  const safe = runtime.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${SANDBOX_CSP}"><title>Playground sandbox</title></head><body><script>${safe}</script></body></html>`;
}
