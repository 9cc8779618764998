import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A package a page documents, with the version the site is checked against. */
export interface PinnedPackage {
  name: string;
  version: string;
  /** Where the version was read from, for the badge's tooltip. */
  source: string;
}

const PYTHON_REQUIREMENTS = 'snippets/python/requirements.txt';
const GO_MOD = 'snippets/go/go.mod';

/**
 * The pinned version of a documented package, read from what is installed or locked, never
 * typed by hand: npm packages from `node_modules/<name>/package.json`, the Python `workos`
 * package from the samples' requirements file, Go modules from the samples' `go.mod`.
 * @throws {Error} naming the package and the file looked at when no version is found.
 */
export function readPinnedVersion(name: string, root = process.cwd()): PinnedPackage {
  if (name.startsWith('github.com/')) return fromFile(name, path.join(root, GO_MOD), goModVersion);
  if (name === 'workos') return fromFile(name, path.join(root, PYTHON_REQUIREMENTS), requirementVersion);
  return fromFile(name, path.join(root, 'node_modules', name, 'package.json'), (text) => JSON.parse(text).version);
}

function fromFile(name: string, file: string, parse: (text: string, name: string) => string | undefined): PinnedPackage {
  const version = existsSync(file) ? parse(readFileSync(file, 'utf8'), name) : undefined;
  if (!version) throw new Error(`No pinned version of "${name}" found in ${path.relative(process.cwd(), file) || file}.`);
  return { name, version, source: path.relative(process.cwd(), file) };
}

/** `workos==10.8.0` → `10.8.0` */
export function requirementVersion(text: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*${escaped}\\s*==\\s*([\\w.]+)`, 'mi').exec(text)?.[1];
}

/** `require github.com/workos/workos-go/v6 v6.4.0` (single line or block form) → `6.4.0` */
export function goModVersion(text: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*(?:require\\s+)?${escaped}\\s+v([\\w.+-]+)`, 'm').exec(text)?.[1];
}
