import { useSandpack } from '@codesandbox/sandpack-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toSandpackPath, useEditedFiles } from '../hooks/useEditedFiles';
import type { PlaygroundAppProps } from '../PlaygroundApp';
import { createShareUrl, type FileMap } from '../share';
import { sameFiles } from '../storage';
import { CopyButton } from './CopyButton';
import { Editor } from './Editor';
import { ResetButton } from './ResetButton';
import { RunButton } from './RunButton';
import { ShareButton } from './ShareButton';
import { Toolbar } from './Toolbar';

/** Toolbar and editor, inside the Sandpack provider (which holds the reader's current code). */
export function PlaygroundBody({ props, original, run, running, runEditor, onReady }: Omit<PlaygroundAppProps, 'initial'> & { original: FileMap }) {
  const { sandpack } = useSandpack();
  const files = useEditedFiles(props.sample, original);
  const [message, setMessage] = useState('');
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const latest = useRef(files);
  latest.current = files;
  const entry = props.files[0]?.file ?? '';
  const edited = !sameFiles(files, original);

  const runNow = useCallback(() => run(Object.entries(latest.current).map(([file, code]) => ({ file, code })), entry), [run, entry]);
  useEffect(() => {
    runEditor.current = runNow;
  }, [runEditor, runNow]);
  useEffect(onReady, [onReady]);

  const reset = (): void => {
    sandpack.updateFile(Object.fromEntries(Object.entries(original).map(([name, code]) => [toSandpackPath(name), code])));
    setShareUrl(null);
    setMessage('Restored the sample.');
    // Run the restored sample, so the console shows its output and not the edited run's.
    void run(Object.entries(original).map(([file, code]) => ({ file, code })), entry);
  };
  const copy = async (): Promise<void> => {
    const name = sandpack.activeFile.replace(/^\//, '');
    try {
      await navigator.clipboard.writeText(files[name] ?? '');
      setMessage('Copied.');
    } catch {
      setMessage('Copy failed: select the code and copy it.');
    }
  };
  const share = async (): Promise<void> => {
    const result = await createShareUrl(location.href, props.id, files);
    setShareUrl(result.ok ? result.url : null);
    if (!result.ok) return setMessage(result.reason);
    try {
      await navigator.clipboard.writeText(result.url);
      setMessage('Link copied.');
    } catch {
      setMessage('Link ready below.');
    }
  };

  return (
    <>
      <Toolbar title={props.title} edited={edited} message={message}>
        <RunButton onRun={runNow} running={running} />
        <ResetButton onReset={reset} edited={edited} />
        <CopyButton onCopy={() => void copy()} />
        <ShareButton onShare={() => void share()} />
      </Toolbar>
      {shareUrl && (
        <label className="playground__share">
          Share link <input readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      <Editor files={Object.keys(original)} hintId={`${props.id}-hint`} />
    </>
  );
}
