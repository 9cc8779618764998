import { describe, expect, test } from 'vitest';
import { isRunMessage, isSandboxMessage } from '~/playground/runner/protocol';
import { buildSrcdoc, SANDBOX_CSP } from '~/playground/runner/srcdoc';
import { rewriteLocalImports, specifierOf, TranspileError, transpileFiles } from '~/playground/runner/transpile';
import { findSecret } from '~/playground/secrets';

/** The runner's pure parts: transpiling, the message protocol, the sandbox document. */

describe('transpileFiles', () => {
  test('strips types, keeps line numbers and runtime imports', () => {
    const code = "import { createWorkOS, type PublicWorkOS } from '@workos-inc/node';\n\nconst workos: PublicWorkOS = createWorkOS({ clientId: 'client_123' });\ninterface X { a: string }\nthrow new Error('line 5');\n";
    const [module] = transpileFiles([{ file: 'pkce.ts', code }]);
    expect(module?.specifier).toBe('@playground/pkce.ts');
    const lines = module?.code.split('\n') ?? [];
    expect(lines[0]).toBe("import { createWorkOS, } from '@workos-inc/node';");
    expect(lines[2]).toBe("const workos = createWorkOS({ clientId: 'client_123' });");
    expect(lines[4]).toBe("throw new Error('line 5');");
  });

  test('keeps modern syntax (top-level await, optional chaining) as is', () => {
    const [module] = transpileFiles([{ file: 'a.ts', code: 'const x = await Promise.resolve({ y: 1 });\nconsole.log(x?.y ?? 0);\n' }]);
    expect(module?.code).toBe('const x = await Promise.resolve({ y: 1 });\nconsole.log(x?.y ?? 0);\n');
  });

  test('rewrites imports between the sample\'s files to mapped specifiers', () => {
    const files = [
      { file: 'main.ts', code: "import { describe } from './format';\nexport * from './format.ts';\nconst lazy = await import('./format');\nconsole.log(describe('x'), lazy);\n" },
      { file: 'format.ts', code: 'export const describe = (x: string) => x;\n' },
    ];
    const [main] = transpileFiles(files);
    expect(main?.code).toBe("import { describe } from '@playground/format.ts';\nexport * from '@playground/format.ts';\nconst lazy = await import('@playground/format.ts');\nconsole.log(describe('x'), lazy);\n");
    expect(specifierOf('./dir/x.ts')).toBe('@playground/dir/x.ts');
    expect(rewriteLocalImports("import a from '../lib/a';", 'src/main.ts', new Set(['lib/a.ts', 'src/main.ts']))).toBe("import a from '@playground/lib/a.ts';");
  });

  test('an import of a missing file fails with file and line', () => {
    const run = () => transpileFiles([{ file: 'main.ts', code: "\nimport { x } from './missing';\nconsole.log(x);\n" }]);
    expect(run).toThrow(TranspileError);
    expect(run).toThrow(/Cannot find module '\.\/missing'/);
    try {
      run();
    } catch (error) {
      expect((error as TranspileError).location).toBe('main.ts:2');
    }
  });

  test('a syntax error reports file, line and column', () => {
    try {
      transpileFiles([{ file: 'pkce.ts', code: 'const a = 1;\nconst b = ;\n' }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TranspileError);
      expect(error).toMatchObject({ name: 'SyntaxError', message: 'Unexpected token', location: 'pkce.ts:2:11' });
    }
  });

  test('is fast enough to run on every Run (well under 5 ms for a sample)', () => {
    const code = `import { WorkOS } from '@workos-inc/node';\n${'const a: number = 1;\n'.repeat(200)}`;
    transpileFiles([{ file: 'warm.ts', code }]);
    const started = performance.now();
    for (let i = 0; i < 20; i++) transpileFiles([{ file: 'x.ts', code }]);
    // A sanity bound, not a benchmark (bench/playground.ts measures).
    expect((performance.now() - started) / 20).toBeLessThan(50);
  });
});

describe('protocol guards', () => {
  test('accepts well-formed sandbox messages and rejects the rest', () => {
    expect(isSandboxMessage({ type: 'ready' })).toBe(true);
    expect(isSandboxMessage({ type: 'console', runId: 1, level: 'log', args: [] })).toBe(true);
    expect(isSandboxMessage({ type: 'request', runId: 1, line: 'GET / → 200 (mock)' })).toBe(true);
    expect(isSandboxMessage({ type: 'done', runId: 1, exports: null })).toBe(true);
    expect(isSandboxMessage({ type: 'error', runId: 1, error: { message: 'x' } })).toBe(true);
    expect(isSandboxMessage({ type: 'console', runId: 1, level: 'alert', args: [] })).toBe(false);
    expect(isSandboxMessage({ type: 'console', level: 'log', args: [] })).toBe(false);
    expect(isSandboxMessage({ type: 'navigate', runId: 1 })).toBe(false);
    expect(isSandboxMessage('ready')).toBe(false);
    expect(isSandboxMessage(null)).toBe(false);
  });

  test('run messages', () => {
    const run = { type: 'run', runId: 1, modules: [], entry: '@playground/a.ts', sdk: '', env: {}, maxEntries: 10 };
    expect(isRunMessage(run)).toBe(true);
    expect(isRunMessage({ ...run, env: undefined })).toBe(false);
    expect(isRunMessage({ ...run, type: 'ready' })).toBe(false);
  });
});

describe('sandbox document', () => {
  test('a CSP that allows no connection, and the runtime inline', () => {
    expect(SANDBOX_CSP).toContain("connect-src 'none'");
    expect(SANDBOX_CSP).toContain("default-src 'none'");
    expect(SANDBOX_CSP).not.toMatch(/https?:|'self'|\*/);
    const html = buildSrcdoc('console.log("</script>")');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${SANDBOX_CSP}">`);
    expect(html).toContain('<script>console.log("<\\/script>")</script>');
  });
});

describe('findSecret', () => {
  test('finds live and test keys and does not repeat them', () => {
    expect(findSecret("new WorkOS('sk_test_a1b2c3')")).toBe('sk_test_…');
    expect(findSecret('WORKOS_API_KEY=sk_live_XYZ123')).toBe('sk_live_…');
    expect(findSecret("new WorkOS('sk_mock_playground')")).toBeUndefined();
    expect(findSecret('task_test_1')).toBeUndefined();
  });
});
