import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A compiler error a v7 sample must produce against the v8 typings. */
export interface ExpectedCompilerError {
  code: number;
  message: string;
}

/** Evidence behind one row of a v7 → v8 table (see snippets/change-proofs.json). */
export type ChangeProof =
  | { row: string; kind: 'compile'; before: string; after: string; errorsOnV8: ExpectedCompilerError[] }
  | { row: string; kind: 'package-json'; field: string; before: { package: string; value: string }; after: { package: string; value: string } }
  | { row: string; kind: 'published-files'; text: string; packages: Record<string, string[]> };

/** The evidence for both change tables. */
export interface ChangeProofs {
  breakingChanges: ChangeProof[];
  renames: ChangeProof[];
}

/** Reads snippets/change-proofs.json (checked by tests/samples/change-proofs.test.ts). */
export function loadChangeProofs(root = process.cwd()): ChangeProofs {
  return JSON.parse(readFileSync(path.join(root, 'snippets/change-proofs.json'), 'utf8')) as ChangeProofs;
}

/** The proof for a row of either table. @throws when no such row is documented. */
export function findProof(row: string, proofs = loadChangeProofs()): ChangeProof {
  const proof = [...proofs.breakingChanges, ...proofs.renames].find((p) => p.row === row);
  if (!proof) throw new Error(`No change proof for row "${row}" in snippets/change-proofs.json.`);
  return proof;
}
