import { lazy, Suspense, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Console } from './components/Console';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Help } from './components/Help';
import { usePlaygroundRun } from './hooks/usePlaygroundRun';
import { resolveInitialFiles, type InitialFiles } from './initial-files';
import { getRunner } from './runner/get-runner';
import type { PlaygroundProps } from './types';

const PlaygroundApp = lazy(() => import('./PlaygroundApp'));

/** `data-state` of the playground's `<section>`, which CSS uses to swap static and live parts. */
type SectionState = 'live' | 'ready' | 'error';

/**
 * The playground island (hydrated by `client:playground`, see client-directive.ts). It runs
 * the code at once and shows the console below the static code that Playground.astro rendered,
 * while the editor (the heavy part) downloads; then the editor replaces the static code. The
 * `<section>`'s `data-state` goes `loading` → `live` → `ready` (or `error`, with a message).
 */
export default function Playground(props: PlaygroundProps) {
  const anchor = useRef<HTMLSpanElement>(null);
  const [initial, setInitial] = useState<InitialFiles | null>(null);
  const { console: output, run, timeoutMs } = usePlaygroundRun({ sdkUrl: props.sdkUrl, sandboxUrl: props.sandboxUrl }, props.env);
  // The editor registers how to run its current code (Run button, Ctrl/Cmd+Enter).
  const runEditor = useRef<(() => void) | null>(null);
  // The editor (the heavy part) loads after the first output, so it does not delay it; at once
  // if the reader reaches for the playground first.
  const [editorWanted, setEditorWanted] = useState(false);
  const wantEditor = useCallback(() => setEditorWanted(true), []);
  const firstRunOver = output.status.state === 'done' || output.status.state === 'stopped';
  useEffect(() => {
    if (firstRunOver) wantEditor();
    const fallback = setTimeout(wantEditor, 1500);
    return () => clearTimeout(fallback);
  }, [firstRunOver, wantEditor]);

  const setState = useCallback(
    (state: SectionState) => {
      const root = anchor.current?.closest<HTMLElement>('[data-playground]');
      if (!root) return;
      root.dataset.state = state;
      if (state === 'ready' && location.hash === `#${props.id}`) root.scrollIntoView({ block: 'start' });
    },
    [props.id],
  );

  // Exactly one automatic run per page load (C38).
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    getRunner({ sdkUrl: props.sdkUrl, sandboxUrl: props.sandboxUrl })
      .warm()
      .catch(() => undefined);
    const original = Object.fromEntries(props.files.map((f) => [f.file, f.code]));
    void resolveInitialFiles(props.id, props.sample, original).then((resolved) => {
      setInitial(resolved);
      setState('live');
      run(
        props.files.map((f) => ({ file: f.file, code: resolved.files[f.file] ?? f.code })),
        props.files[0]?.file ?? '',
      );
    });
  }, [props, run, setState]);

  const onKeyDownCapture = (event: KeyboardEvent): void => {
    // Capture phase: before CodeMirror, whose Mod-Enter would insert a line.
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || !runEditor.current) return;
    event.preventDefault();
    event.stopPropagation();
    runEditor.current();
  };
  const onReady = useCallback(() => setState('ready'), [setState]);

  return (
    <>
      <span ref={anchor} hidden />
      {initial && (
        <div className="playground__live" onKeyDownCapture={onKeyDownCapture} onPointerDownCapture={wantEditor}>
          {editorWanted && (
            <ErrorBoundary onError={() => setState('error')}>
              <Suspense fallback={null}>
                <PlaygroundApp props={props} initial={initial} run={run} running={output.status.state === 'running'} runEditor={runEditor} onReady={onReady} />
              </Suspense>
            </ErrorBoundary>
          )}
          <Console state={output} title={props.title} timeoutMs={timeoutMs} />
          <div className="playground__footer">
            <span>{props.envLabel} · WorkOS API mocked in this page · types not checked here</span>
            <Help envLabel={props.envLabel} timeoutMs={timeoutMs} />
          </div>
        </div>
      )}
    </>
  );
}
