import { describe, expect, test } from 'vitest';
import { prepareForIndex, routeOfHtmlFile } from '~/lib/search/index-html';
import { pageWeight } from '~/lib/search/page-weights';
import { editionOfPath } from '~/lib/search/scope';
import { decodeSectionSdks, encodeSectionSdks } from '~/lib/search/section-map';
import { sectionSdks } from '~/lib/search/section-sdks';
import { sdkOfPackage, sdkOfSnippet, sdksOfHeading } from '~/lib/search/sdks';

/** A built page in the shape DocsLayout renders (version badges, headings, code frames). */
const PYTHON_GO = `<!doctype html><html lang="en"><body>
<header data-pagefind-ignore="all"><a href="/">quickref</a></header>
<main id="main-content" data-pagefind-body data-pagefind-filter="edition:v8"><article>
<h1>Python &amp; Go SDKs</h1>
<ul class="version-badges"><li class="version-badge" data-package="workos"><code>workos</code> 10.8.0</li><li class="version-badge" data-package="github.com/workos/workos-go/v6"><code>workos-go</code> 6.5.0</li></ul>
<h2 id="python">Python<a class="heading-anchor" href="#python" data-pagefind-ignore></a></h2>
<h3 id="clients">Clients</h3>
<figure class="code-frame" data-snippet="python/clients.py"><figcaption class="code-frame__header"><span class="code-frame__title">clients.py</span><span class="code-frame__lang">Python</span><button class="copy-button">Copy</button></figcaption><pre><code>from workos import WorkOSClient</code></pre></figure>
<h2 id="go">Go</h2>
<h3 id="per-package-configuration">Per-package configuration</h3>
<figure class="code-frame" data-snippet="go/per-package-config/main.go"><figcaption class="code-frame__header"><span class="code-frame__title">main.go</span></figcaption><pre><code>sso.Configure(apiKey, clientID)</code></pre></figure>
</article></main>
<nav class="toc" data-pagefind-ignore="all"><h2 id="toc-title">On this page</h2></nav>
</body></html>`;

describe('prepareForIndex', () => {
  const page = prepareForIndex(PYTHON_GO, { weight: 0.5 });

  test('page SDKs come from the packages the page is checked against', () => {
    expect(page?.sdks).toEqual(['Python', 'Go']);
    expect(page?.html).toContain('<span data-pagefind-filter="sdk:Python"></span><span data-pagefind-filter="sdk:Go"></span>');
  });

  test('each section knows its SDK, by its heading or its samples; chrome headings are skipped', () => {
    expect(page?.sections).toEqual({ python: ['Python'], clients: ['Python'], go: ['Go'], 'per-package-configuration': ['Go'] });
    expect(page?.html).toContain('data-pagefind-meta="sections[data-sections]" data-sections="python=Python;clients=Python;go=Go;per-package-configuration=Go"');
  });

  test('the filters go inside the indexed <main>, and the weight becomes page meta', () => {
    const html = page?.html ?? '';
    expect(html.indexOf('data-pagefind-filter="sdk:')).toBeGreaterThan(html.indexOf('<main'));
    expect(html).toContain('<span data-pagefind-meta="weight:0.5"></span>');
  });

  test('a code frame’s file name ends with a full stop, so it does not glue onto the code', () => {
    expect(page?.html).toContain('<span class="code-frame__title">clients.py.</span>');
  });

  test('pages without <main data-pagefind-body> are skipped (404, redirects)', () => {
    expect(prepareForIndex('<html><body><main id="main-content"><h1>Not found</h1></main></body></html>')).toBeUndefined();
    expect(prepareForIndex('<html><head><meta http-equiv="refresh" content="0;url=/v8/x/"></head></html>')).toBeUndefined();
  });

  test('a page documenting one SDK has no section map', () => {
    const one = prepareForIndex(PYTHON_GO.replace(/<li class="version-badge" data-package="github[^]*?<\/li>/, ''));
    expect(one?.sdks).toEqual(['Python']);
    expect(one?.html).not.toContain('data-sections');
  });
});

describe('SDKs', () => {
  test('from packages, samples and headings', () => {
    expect(['@workos-inc/authkit-nextjs', '@workos-inc/authkit-react', '@workos-inc/node', '@workos-inc/node-v7', 'workos', 'github.com/workos/workos-go/v6', 'next'].map(sdkOfPackage)).toEqual([
      'Next.js',
      'React',
      'Node',
      'Node',
      'Python',
      'Go',
      undefined,
    ]);
    expect(sdkOfSnippet('node-v7/mfa.ts ')).toBe('Node');
    expect(sdkOfSnippet('authkit-react/main.tsx')).toBe('React');
    expect(sdksOfHeading('AuthKit Next.js: proxy vs middleware')).toEqual(['Next.js']);
    expect(sdksOfHeading('Python & Go SDK patterns')).toEqual(['Python', 'Go']);
    expect(sdksOfHeading('Go')).toEqual(['Go']);
    expect(sdksOfHeading('Google OAuth')).toEqual([]);
    expect(sdksOfHeading('Custom state through the auth flow')).toEqual([]);
  });

  test('a subsection without its own evidence inherits its parent’s SDK', () => {
    const map = sectionSdks(
      [
        { kind: 'heading', id: 'go', depth: 2, text: 'Go' },
        { kind: 'heading', id: 'sso', depth: 3, text: 'SSO' },
      ],
      ['Python', 'Go'],
    );
    expect(map).toEqual({ go: ['Go'], sso: ['Go'] });
  });

  test('the section map round-trips', () => {
    const map = { go: ['Go' as const], both: ['Python' as const, 'Go' as const] };
    expect(decodeSectionSdks(encodeSectionSdks(map))).toEqual(map);
    expect(decodeSectionSdks(undefined)).toEqual({});
  });
});

describe('URLs, editions and weights', () => {
  test('routes from either build format', () => {
    expect(routeOfHtmlFile('v8/node-sdk/index.html')).toBe('v8/node-sdk');
    expect(routeOfHtmlFile('v8/node-sdk.html')).toBe('v8/node-sdk');
    expect(routeOfHtmlFile('index.html')).toBe('');
  });

  test('the edition being read, under any base (the home page reads the default edition)', () => {
    expect(editionOfPath('/v8/node-sdk/', '/')).toBe('v8');
    expect(editionOfPath('/docs/v8/node-sdk', '/docs/')).toBe('v8');
    expect(editionOfPath('/docs/v8', '/docs')).toBe('v8');
    expect(editionOfPath('/', '/')).toBe('v8');
    expect(editionOfPath('/docs/', '/docs/')).toBe('v8');
  });

  test('overview pages weigh less', () => {
    expect(pageWeight('')).toBe(0.4);
    expect(pageWeight('v8/corrections')).toBe(0.4);
    expect(pageWeight('v8/node-sdk')).toBe(1);
  });
});
