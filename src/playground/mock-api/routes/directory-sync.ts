import { listOf } from '../list';
import { notFound, ok, unprocessable } from '../responses';
import type { Route } from '../router';
import type { MockContext } from '../state';
import type { MockResponse, RouteRequest } from '../types';

/**
 * Directory Sync users and groups. The seeded `directory_user_123` has the `emails`,
 * `username` and `job_title` custom attributes that v8 reads instead of the removed fields.
 */
export const directorySyncRoutes: Route[] = [
  { method: 'GET', path: '/directory_users', apiKey: true, handle: listUsers },
  { method: 'GET', path: '/directory_users/:id', apiKey: true, handle: getUser },
  { method: 'GET', path: '/directory_groups/:id', apiKey: true, handle: getGroup },
];

function getUser(request: RouteRequest, context: MockContext): MockResponse {
  const user = context.state.directoryUsers.get(request.params.id ?? '');
  return user ? ok(user) : notFound('Directory user', request.params.id ?? '');
}

function listUsers(request: RouteRequest, context: MockContext): MockResponse {
  const directory = request.query.get('directory');
  const group = request.query.get('group');
  if (!directory && !group) return unprocessable([{ field: 'directory', code: 'directory_or_group_required' }], 'Pass a directory or a group.');
  const users = [...context.state.directoryUsers.values()].filter((u) => (!directory || u.directory_id === directory) && (!group || u.groups.some((g) => g.id === group)));
  return ok(listOf(users, request.query));
}

function getGroup(request: RouteRequest, context: MockContext): MockResponse {
  for (const user of context.state.directoryUsers.values()) {
    const group = user.groups.find((g) => g.id === request.params.id);
    if (group) return ok(group);
  }
  return notFound('Directory group', request.params.id ?? '');
}
