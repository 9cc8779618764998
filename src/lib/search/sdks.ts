/**
 * The SDK facet of search: which SDK a page or a section documents, told from the packages a
 * page is checked against, the sample files a section shows, and headings that name an SDK.
 */

/** The SDKs a reader can filter search by, in the order the facet shows them. */
export const SDKS = ['Next.js', 'React', 'Node', 'Python', 'Go'] as const;

/** One SDK facet value. */
export type Sdk = (typeof SDKS)[number];

/**
 * The SDK a package documents, or undefined for supporting packages (`next`, `react`).
 * @example sdkOfPackage('@workos-inc/authkit-nextjs') // 'Next.js'
 * @example sdkOfPackage('github.com/workos/workos-go/v6') // 'Go'
 */
export function sdkOfPackage(name: string): Sdk | undefined {
  if (name === '@workos-inc/authkit-nextjs') return 'Next.js';
  if (name === '@workos-inc/authkit-react' || name === '@workos-inc/authkit-js') return 'React';
  if (name === '@workos-inc/node' || name.startsWith('@workos-inc/node-')) return 'Node';
  if (name === 'workos') return 'Python';
  if (/^github\.com\/workos\/workos-go(\/|$)/.test(name)) return 'Go';
  return undefined;
}

/**
 * The SDK of a sample file from its folder under `snippets/`.
 * @example sdkOfSnippet('node-v8/pkce-public-client.ts') // 'Node'
 * @example sdkOfSnippet('node-v7/mfa.ts → node-v8/mfa.ts') // 'Node' (a diff's two files)
 */
export function sdkOfSnippet(file: string): Sdk | undefined {
  const folder = file.trim().split('/')[0] ?? '';
  if (folder === 'authkit-nextjs') return 'Next.js';
  if (folder === 'authkit-react') return 'React';
  if (/^node(-v\d+)?$/.test(folder)) return 'Node';
  if (folder === 'python') return 'Python';
  if (folder === 'go') return 'Go';
  return undefined;
}

/** Heading wording that names an SDK, tried against the start of a heading. */
const HEADING_NAMES: [RegExp, Sdk[]][] = [
  [/^python\s*(&|and)\s*go\b/i, ['Python', 'Go']],
  [/^authkit next\.?js\b/i, ['Next.js']],
  [/^authkit react\b/i, ['React']],
  [/^node( sdk)?\b/i, ['Node']],
  [/^python\b/i, ['Python']],
  [/^go( sdk)?$|^go\b(?!\w)/i, ['Go']],
];

/**
 * The SDKs a heading names at its start (`Python`, `Go`, `AuthKit Next.js: proxy vs middleware`,
 * `Python & Go SDK patterns`), or an empty list.
 */
export function sdksOfHeading(text: string): Sdk[] {
  const trimmed = text.trim();
  return HEADING_NAMES.find(([re]) => re.test(trimmed))?.[1] ?? [];
}

/** Sorts SDKs into facet order and drops duplicates. */
export function sortSdks(sdks: Iterable<Sdk>): Sdk[] {
  const set = new Set(sdks);
  return SDKS.filter((s) => set.has(s));
}
