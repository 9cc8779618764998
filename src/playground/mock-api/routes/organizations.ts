import type { OrganizationResponse } from '@workos-inc/node';
import { requireStrings } from '../fields';
import { listOf } from '../list';
import { noContent, notFound, ok } from '../responses';
import type { Route } from '../router';
import type { MockContext } from '../state';
import type { MockResponse, RouteRequest } from '../types';

/** Organizations: list, get, create, update, delete. `org_123` is seeded. */
export const organizationRoutes: Route[] = [
  { method: 'GET', path: '/organizations', apiKey: true, handle: (r, c) => ok(listOf([...c.state.organizations.values()], r.query)) },
  { method: 'POST', path: '/organizations', apiKey: true, handle: createOrganization },
  { method: 'GET', path: '/organizations/:id', apiKey: true, handle: getOrganization },
  { method: 'PUT', path: '/organizations/:id', apiKey: true, handle: updateOrganization },
  { method: 'DELETE', path: '/organizations/:id', apiKey: true, handle: deleteOrganization },
];

function getOrganization(request: RouteRequest, context: MockContext): MockResponse {
  const organization = context.state.organizations.get(request.params.id ?? '');
  return organization ? ok(organization) : notFound('Organization', request.params.id ?? '');
}

function createOrganization(request: RouteRequest, context: MockContext): MockResponse {
  const fields = requireStrings(request.body, ['name']);
  if ('error' in fields) return fields.error;
  const now = context.now().toISOString();
  const organization: OrganizationResponse = {
    object: 'organization',
    id: context.ids.id('org'),
    name: fields.values.name,
    allow_profiles_outside_organization: false,
    domains: [],
    external_id: typeof request.body.external_id === 'string' ? request.body.external_id : null,
    metadata: {},
    created_at: now,
    updated_at: now,
  };
  context.state.organizations.set(organization.id, organization);
  return ok(organization, 201);
}

function updateOrganization(request: RouteRequest, context: MockContext): MockResponse {
  const organization = context.state.organizations.get(request.params.id ?? '');
  if (!organization) return notFound('Organization', request.params.id ?? '');
  if (typeof request.body.name === 'string') organization.name = request.body.name;
  organization.updated_at = context.now().toISOString();
  return ok(organization);
}

function deleteOrganization(request: RouteRequest, context: MockContext): MockResponse {
  if (!context.state.organizations.delete(request.params.id ?? '')) return notFound('Organization', request.params.id ?? '');
  return noContent();
}
