/**
 * Site-wide settings shared by astro.config.mjs and the code that builds URLs, so the two can
 * never disagree.
 */
export const SITE = {
  /** Shown in the header and in every `<title>`. */
  name: 'quickref',
  /** Canonical origin, for the sitemap and Open Graph URLs. Override with SITE_URL. */
  url: process.env.SITE_URL ?? 'http://localhost:4321',
  /** Astro `base`: where the site is mounted. Override with SITE_BASE (e.g. `/docs`). */
  base: process.env.SITE_BASE ?? '/',
  /** Astro `trailingSlash`. Override with SITE_TRAILING_SLASH. */
  trailingSlash: (process.env.SITE_TRAILING_SLASH ?? 'always') as 'always' | 'never',
  description: 'A verified quick reference for the WorkOS SDKs: every sample compiles against the SDK version it documents.',
} as const;
