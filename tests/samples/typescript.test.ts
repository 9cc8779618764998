import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileSamples, expectedErrors, formatDiagnostic } from '../support/typescript-check';

/**
 * Every TS/TSX sample compiles with strict: true against the pinned SDK typings
 * (snippets/tsconfig.json). One test per file, failing with the compiler's own message.
 */
const TSCONFIG = path.resolve('snippets/tsconfig.json');
const compiled = compileSamples(TSCONFIG);
const sampleFiles = compiled.files.map((f) => path.relative(process.cwd(), f)).sort();
const withMarkers = sampleFiles.filter((f) => readFileSync(f, 'utf8').includes('@ts-expect-error'));
const revealed = withMarkers.length ? compileSamples(TSCONFIG, { reveal: true }) : { diagnostics: [] };

describe('TypeScript samples compile against the pinned SDKs', () => {
  test('the sample set is not empty and the config is valid', () => {
    expect(sampleFiles.length).toBeGreaterThan(20);
    const configErrors = compiled.diagnostics.filter((d) => d.file === '(config)');
    expect(configErrors.map(formatDiagnostic)).toEqual([]);
  });

  test.each(sampleFiles)('%s', (file) => {
    const errors = compiled.diagnostics.filter((d) => d.file === file).map(formatDiagnostic);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});

describe.runIf(withMarkers.length > 0)('samples that show a mistake fail with exactly the error they name', () => {
  test.each(withMarkers)('%s', (file) => {
    const markers = expectedErrors(file, readFileSync(file, 'utf8'));
    for (const marker of markers) {
      expect(marker.codes.length, `${file}:${marker.line - 1} @ts-expect-error must name the expected error, e.g. "// @ts-expect-error TS2339 why"`).toBeGreaterThan(0);
      const actual = revealed.diagnostics.filter((d) => d.file === file && d.line === marker.line);
      expect(actual.map((d) => d.code).sort(), actual.map(formatDiagnostic).join('\n') || `${file}:${marker.line} no error where the marker expects TS${marker.codes.join(', TS')}`).toEqual([...marker.codes].sort());
    }
  });
});
