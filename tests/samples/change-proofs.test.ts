import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { loadChangeProofs, type ChangeProof } from '~/lib/change-proofs';

/**
 * Negative proofs for the v7 → v8 tables: each v7 sample compiles against 7.x (the samples
 * project checks that) and fails against 8.x with exactly the errors the table's evidence names;
 * rows that are not about an API shape are proven from the published packages.
 */
const proofs = loadChangeProofs();
const all = [...proofs.breakingChanges, ...proofs.renames];
const compileRows = all.filter((p): p is Extract<ChangeProof, { kind: 'compile' }> => p.kind === 'compile');

/** Compiles the v7 samples with their import of '@workos-inc/node-v7' pointed at the 8.x package. */
function compileV7AgainstV8(files: string[]): Map<string, { code: number; message: string }[]> {
  const config = ts.readConfigFile('snippets/tsconfig.json', ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.resolve('snippets'));
  const roots = files.map((f) => path.resolve('snippets', f));
  const host = ts.createCompilerHost(parsed.options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => {
    const text = read(name);
    return text && roots.includes(name) ? text.replaceAll("'@workos-inc/node-v7'", "'@workos-inc/node'") : text;
  };
  const program = ts.createProgram({ rootNames: roots, options: parsed.options, host });
  const byFile = new Map<string, { code: number; message: string }[]>(files.map((f) => [f, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file ? path.relative(path.resolve('snippets'), d.file.fileName) : '(config)';
    byFile.set(file, [...(byFile.get(file) ?? []), { code: d.code, message: ts.flattenDiagnosticMessageText(d.messageText, ' ') }]);
  }
  return byFile;
}

const onV8 = compileV7AgainstV8(compileRows.map((p) => p.before));

describe('every row of both change tables has a proof', () => {
  test('breaking changes: Runtime, SSO, Directory Sync, MFA, Vault, PKCE', () => {
    expect(proofs.breakingChanges.map((p) => p.row)).toEqual(['Runtime', 'SSO', 'Directory Sync', 'MFA', 'Vault', 'PKCE']);
  });
  test('renames: the three v7 methods', () => {
    expect(proofs.renames.map((p) => p.row)).toEqual(['sendMagicAuthCode', 'sendPasswordResetEmail', 'refreshAndSealSessionData']);
  });
  test('each v7 sample imports the 7.x package and each v8 sample the 8.x one', () => {
    for (const p of compileRows) {
      expect(readFileSync(path.join('snippets', p.before), 'utf8'), p.before).toContain("from '@workos-inc/node-v7'");
      expect(readFileSync(path.join('snippets', p.after), 'utf8'), p.after).toContain("from '@workos-inc/node'");
    }
  });
});

describe('the v7 form fails against 8.x with exactly the expected errors', () => {
  test.each(compileRows.map((p) => [p.row, p] as const))('%s', (_row, proof) => {
    const actual = onV8.get(proof.before) ?? [];
    expect(actual, actual.map((d) => `TS${d.code} ${d.message}`).join('\n')).toEqual(proof.errorsOnV8);
  });
});

describe('rows proven from the published packages', () => {
  const installedVersion = (pkg: string): string => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;

  test.each(all.filter((p) => p.kind === 'package-json').map((p) => [p.row, p] as const))('%s: package.json field at both versions', (_row, proof) => {
    if (proof.kind !== 'package-json') throw new Error('unreachable');
    const read = (pkg: string): unknown => proof.field.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')));
    expect(read(proof.before.package), `${proof.before.package}@${installedVersion(proof.before.package)}`).toBe(proof.before.value);
    expect(read(proof.after.package), `${proof.after.package}@${installedVersion(proof.after.package)}`).toBe(proof.after.value);
  });

  test.each(all.filter((p) => p.kind === 'published-files').map((p) => [p.row, p] as const))('%s: which published files mention the name', (_row, proof) => {
    if (proof.kind !== 'published-files') throw new Error('unreachable');
    for (const [pkg, expected] of Object.entries(proof.packages)) {
      const root = path.join('node_modules', pkg);
      const hits = listFiles(root).filter((f) => readFileSync(path.join(root, f), 'utf8').includes(proof.text));
      expect(hits.sort(), `${pkg}@${installedVersion(pkg)}`).toEqual([...expected].sort());
    }
  });
});

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (name === 'node_modules') return [];
    return statSync(path.join(dir, rel)).isDirectory() ? listFiles(dir, rel) : /\.(js|mjs|cjs|ts|mts|cts|md|json)$/.test(name) ? [rel] : [];
  });
}
