import type { ReadObjectMetadataResponse } from '@workos-inc/node';
import { optionalString, requireStrings } from '../fields';
import { listOf } from '../list';
import { failure, noContent, notFound, ok, unprocessable } from '../responses';
import type { Route } from '../router';
import type { MockContext, VaultRecord } from '../state';
import type { MockResponse, RouteRequest } from '../types';

/**
 * Vault key-value objects (`/vault/v1/kv`): create, read (by id or name), metadata, update
 * with an optional version check, delete, list. Names are unique; a `key_context` is required.
 */
export const vaultRoutes: Route[] = [
  { method: 'POST', path: '/vault/v1/kv', apiKey: true, handle: createObject },
  { method: 'GET', path: '/vault/v1/kv', apiKey: true, handle: listObjects },
  { method: 'GET', path: '/vault/v1/kv/name/:name', apiKey: true, handle: (r, c) => read(c, [...c.state.vault.values()].find((o) => o.name === r.params.name), r.params.name ?? '') },
  { method: 'GET', path: '/vault/v1/kv/:id', apiKey: true, handle: (r, c) => read(c, c.state.vault.get(r.params.id ?? ''), r.params.id ?? '') },
  { method: 'GET', path: '/vault/v1/kv/:id/metadata', apiKey: true, handle: readMetadata },
  { method: 'PUT', path: '/vault/v1/kv/:id', apiKey: true, handle: updateObject },
  { method: 'DELETE', path: '/vault/v1/kv/:id', apiKey: true, handle: deleteObject },
];

function metadata(context: MockContext, id: string, keyContext: Record<string, unknown>): ReadObjectMetadataResponse {
  return {
    context: keyContext,
    environment_id: 'environment_mock',
    id,
    key_id: 'key_mock_playground',
    updated_at: context.now().toISOString(),
    updated_by: { id: 'api_key_mock', name: 'Playground mock API key' },
    version_id: context.ids.id('version'),
  };
}

function createObject(request: RouteRequest, context: MockContext): MockResponse {
  const fields = requireStrings(request.body, ['name', 'value']);
  if ('error' in fields) return fields.error;
  const keyContext = request.body.key_context;
  if (!keyContext || typeof keyContext !== 'object' || Object.keys(keyContext).length === 0) {
    return unprocessable([{ field: 'key_context', code: 'key_context_required' }], 'key_context must be an object with at least one key.');
  }
  const { name, value } = fields.values;
  if ([...context.state.vault.values()].some((o) => o.name === name)) return failure(409, 'object_name_conflict', `An object named '${name}' already exists.`);
  const id = context.ids.id('secret');
  const record: VaultRecord = { id, name, value, metadata: metadata(context, id, keyContext as Record<string, unknown>) };
  context.state.vault.set(id, record);
  return ok(record.metadata, 201);
}

function read(_context: MockContext, record: VaultRecord | undefined, key: string): MockResponse {
  if (!record) return notFound('Object', key);
  return ok({ id: record.id, name: record.name, value: record.value, metadata: record.metadata });
}

function readMetadata(request: RouteRequest, context: MockContext): MockResponse {
  const record = context.state.vault.get(request.params.id ?? '');
  return record ? ok({ id: record.id, name: record.name, metadata: record.metadata }) : notFound('Object', request.params.id ?? '');
}

function listObjects(request: RouteRequest, context: MockContext): MockResponse {
  const digests = [...context.state.vault.values()].map((o) => ({ id: o.id, name: o.name, updated_at: o.metadata.updated_at }));
  return ok(listOf(digests, request.query));
}

function updateObject(request: RouteRequest, context: MockContext): MockResponse {
  const record = context.state.vault.get(request.params.id ?? '');
  if (!record) return notFound('Object', request.params.id ?? '');
  const value = optionalString(request.body, 'value');
  if (value === undefined) return unprocessable([{ field: 'value', code: 'value_string_required' }]);
  const check = optionalString(request.body, 'version_check');
  if (check && check !== record.metadata.version_id) return failure(409, 'version_check_failed', `The object changed: its version is '${record.metadata.version_id}', not '${check}'.`);
  record.value = value;
  record.metadata = metadata(context, record.id, record.metadata.context);
  return ok({ id: record.id, name: record.name, metadata: record.metadata });
}

function deleteObject(request: RouteRequest, context: MockContext): MockResponse {
  if (!context.state.vault.delete(request.params.id ?? '')) return notFound('Object', request.params.id ?? '');
  return noContent();
}
