/**
 * What one page costs a reader: the built site served like a static host (127.0.0.1, gzip),
 * loaded in headless Chromium with an empty cache and no user action, counted from the DevTools
 * protocol's network events until the network has been quiet for a while.
 */
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../tests/support/static-server.ts';

/** Bytes and times of one page load. Raw = decoded body; transferred = on the wire, headers included. */
export interface PageLoad {
  requests: number;
  htmlRaw: number;
  htmlTransferred: number;
  /** External scripts' bodies plus inline `<script>` text. */
  jsRaw: number;
  /** External scripts only (inline ones travel inside the HTML). */
  jsTransferred: number;
  jsRequests: number;
  cssRaw: number;
  cssTransferred: number;
  /** Every response until the network went quiet. */
  transferred: number;
  /** ms from navigation start. */
  domContentLoaded: number;
  load: number;
  /** Every request: path, DevTools resource type, raw and transferred bytes. */
  resources: { path: string; type: string; raw: number; transferred: number }[];
}

/** How long the network must stay quiet (no request in flight, none finished) to call it idle. */
const QUIET_MS = 1500;

interface Request {
  type: string;
  url: string;
  raw: number;
  transferred: number;
  done: boolean;
}

/** Loads `url` once in a fresh context (cold cache) and measures it. */
export async function loadOnce(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Like the e2e tests: nothing may leave 127.0.0.1, so a stray CDN request cannot skew a site.
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient')));
  const cdp = await context.newCDPSession(page);
  const requests = new Map<string, Request>();
  let lastActivity = performance.now();
  const touch = (): void => {
    lastActivity = performance.now();
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    touch();
    if (!e.request.url.startsWith('data:')) requests.set(e.requestId, { type: e.type ?? 'Other', url: e.request.url, raw: 0, transferred: 0, done: false });
  });
  cdp.on('Network.dataReceived', (e) => {
    touch();
    const r = requests.get(e.requestId);
    if (r) r.raw += e.dataLength;
  });
  const finish = (id: string, transferred: number): void => {
    touch();
    const r = requests.get(id);
    if (r) Object.assign(r, { transferred, done: true });
  };
  cdp.on('Network.loadingFinished', (e) => finish(e.requestId, e.encodedDataLength));
  cdp.on('Network.loadingFailed', (e) => finish(e.requestId, 0));
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

  await page.goto(url, { waitUntil: 'load' });
  const deadline = performance.now() + 20_000;
  while (performance.now() < deadline && ([...requests.values()].some((r) => !r.done) || performance.now() - lastActivity < QUIET_MS)) {
    await page.waitForTimeout(100);
  }
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const inline = [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
      .reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0);
    return { dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, inline };
  });
  await context.close();

  const all = [...requests.values()];
  const sum = (rs: Request[], key: 'raw' | 'transferred'): number => rs.reduce((n, r) => n + r[key], 0);
  const of = (type: string): Request[] => all.filter((r) => r.type === type);
  return {
    requests: all.length,
    htmlRaw: sum(of('Document'), 'raw'),
    htmlTransferred: sum(of('Document'), 'transferred'),
    jsRaw: sum(of('Script'), 'raw') + timing.inline,
    jsTransferred: sum(of('Script'), 'transferred'),
    jsRequests: of('Script').length,
    cssRaw: sum(of('Stylesheet'), 'raw'),
    cssTransferred: sum(of('Stylesheet'), 'transferred'),
    transferred: sum(all, 'transferred'),
    domContentLoaded: Math.round(timing.dcl),
    load: Math.round(timing.load),
    resources: all.map((r) => ({ path: new URL(r.url).pathname, type: r.type, raw: r.raw, transferred: r.transferred })),
  };
}

/** Serves each site's folder on its own 127.0.0.1 port; call the returned close when done. */
export async function serveSites(dirs: string[]): Promise<{ urls: string[]; close: () => Promise<void> }> {
  const servers = await Promise.all(dirs.map((d) => serveStatic(d)));
  return { urls: servers.map((s) => s.url), close: async () => void (await Promise.all(servers.map((s) => s.close()))) };
}

/**
 * Loads `pagePath` of each site `runs` times, alternating the sites, and keeps the median of
 * every number (the resource list comes from the first load).
 */
export async function measurePages(browser: Browser, dirs: string[], pagePath: string, runs: number): Promise<PageLoad[]> {
  const { urls, close } = await serveSites(dirs);
  try {
    const loads: PageLoad[][] = dirs.map(() => []);
    for (let i = 0; i < runs; i++) {
      for (const [site, url] of urls.entries()) loads[site]?.push(await loadOnce(browser, `${url}${pagePath}`));
    }
    return loads.map((runsOfSite) => {
      const first = runsOfSite[0] as PageLoad;
      const out = { ...first };
      for (const key of Object.keys(first) as (keyof PageLoad)[]) {
        if (key === 'resources') continue;
        const sorted = runsOfSite.map((l) => l[key] as number).sort((a, b) => a - b);
        (out[key] as number) = sorted[Math.floor(sorted.length / 2)] as number;
      }
      return out;
    });
  } finally {
    await close();
  }
}
