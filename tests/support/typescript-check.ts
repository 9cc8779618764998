import path from 'node:path';
import ts from 'typescript';

/** One compiler message, located: `snippets/node-v8/pkce.ts:12:5 TS2339 Property 'x' does not exist…` */
export interface SampleDiagnostic {
  file: string;
  line: number;
  column: number;
  code: number;
  message: string;
}

/** A `// @ts-expect-error TS2339 why` marker: the sample shows a mistake on purpose. */
export interface ExpectedError {
  file: string;
  /** 1-based line the error must be on (the line after the marker). */
  line: number;
  /** The TS error codes named in the marker. */
  codes: number[];
}

const MARKER = /@ts-expect-error\b(.*)$/;

/** Formats a diagnostic the way editors link it. */
export function formatDiagnostic(d: SampleDiagnostic): string {
  return `${d.file}:${d.line}:${d.column} TS${d.code} ${d.message}`;
}

/** Reads every `@ts-expect-error` marker of a file, with the codes it names. */
export function expectedErrors(file: string, source: string): ExpectedError[] {
  return source.split('\n').flatMap((text, i) => {
    const match = MARKER.exec(text);
    if (!match) return [];
    const codes = [...(match[1] ?? '').matchAll(/\bTS(\d{4,5})\b/g)].map((m) => Number(m[1]));
    return [{ file, line: i + 2, codes }];
  });
}

/**
 * Compiles the samples of a tsconfig. `reveal` compiles them a second time with every
 * `@ts-expect-error` turned into a plain comment, so the error each marker hides can be
 * compared with the code the marker names.
 */
export function compileSamples(tsconfigPath: string, options: { reveal?: boolean } = {}): { files: string[]; diagnostics: SampleDiagnostic[] } {
  const configFile = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (configFile.error) throw new Error(ts.flattenDiagnosticMessageText(configFile.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, path.dirname(tsconfigPath));
  const host = ts.createCompilerHost(parsed.options);
  if (options.reveal) {
    const read = host.readFile.bind(host);
    host.readFile = (name) => {
      const text = read(name);
      return text && parsed.fileNames.includes(name) ? text.replaceAll('@ts-expect-error', '@ts-revealed-error') : text;
    };
  }
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
  const diagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...ts.getPreEmitDiagnostics(program)].map(toSample);
  return { files: parsed.fileNames, diagnostics: dedupe(diagnostics) };
}

function toSample(d: ts.Diagnostic): SampleDiagnostic {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return { file: '(config)', line: 0, column: 0, code: d.code, message };
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return { file: path.relative(process.cwd(), d.file.fileName), line: line + 1, column: character + 1, code: d.code, message };
}

function dedupe(list: SampleDiagnostic[]): SampleDiagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => !seen.has(formatDiagnostic(d)) && seen.add(formatDiagnostic(d)));
}
