import { SandpackProvider } from '@codesandbox/sandpack-react';
import { useMemo, useState, type RefObject } from 'react';
import { PlaygroundBody } from './components/PlaygroundBody';
import { toSandpackPath } from './hooks/useEditedFiles';
import type { InitialFiles } from './initial-files';
import type { SourceFile } from './runner/transpile';
import { PLAYGROUND_THEME } from './theme';
import type { PlaygroundProps } from './types';

/** What the island hands the editor. */
export interface PlaygroundAppProps {
  props: PlaygroundProps;
  initial: InitialFiles;
  /** Runs files in the page's runner; output goes to the island's console. */
  run: (files: SourceFile[], entry: string) => void;
  running: boolean;
  /** Set to a function that runs the editor's current code (for Ctrl/Cmd+Enter). */
  runEditor: RefObject<(() => void) | null>;
  onReady: () => void;
}

/**
 * The editor part of a playground, loaded on demand: Sandpack's provider (for its editor only:
 * no bundler, no preview, which would need CodeSandbox's servers) around the toolbar and editor.
 */
export default function PlaygroundApp({ props, initial, run, running, runEditor, onReady }: PlaygroundAppProps) {
  const original = useMemo(() => Object.fromEntries(props.files.map((f) => [f.file, f.code])), [props.files]);
  // Both built once (props and initial never change for a mounted playground): a new `files`
  // object would make Sandpack reset the editor to it, dropping the reader's edits.
  const [files] = useState(() => Object.fromEntries(props.files.map((f) => [toSandpackPath(f.file), { code: initial.files[f.file] ?? f.code }])));
  const [options] = useState(() => {
    const paths = props.files.map((f) => toSandpackPath(f.file));
    return { activeFile: paths[0] ?? '', visibleFiles: paths, initMode: 'immediate' as const, autorun: false, autoReload: false };
  });
  return (
    <SandpackProvider files={files} theme={PLAYGROUND_THEME} options={options} className="playground__provider">
      <PlaygroundBody props={props} original={original} run={run} running={running} runEditor={runEditor} onReady={onReady} />
    </SandpackProvider>
  );
}
