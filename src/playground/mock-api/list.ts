import type { ListResponse } from '@workos-inc/node';

/**
 * A list response as the WorkOS API pages them: `limit` (default 10, at most 100) and `after`
 * (the id to continue from). `list_metadata.after` names the next page, or is null.
 */
export function listOf<T extends { id: string }>(items: T[], query: URLSearchParams): ListResponse<T> {
  const limit = Math.min(Math.max(Number(query.get('limit') ?? 10) || 10, 1), 100);
  const ordered = query.get('order') === 'asc' ? items : [...items].reverse();
  const after = query.get('after');
  const start = after ? ordered.findIndex((item) => item.id === after) + 1 : 0;
  const data = ordered.slice(start, start + limit);
  const more = start + limit < ordered.length;
  return { object: 'list', data, list_metadata: { before: start > 0 ? (data[0]?.id ?? null) : null, after: more ? (data.at(-1)?.id ?? null) : null } };
}
