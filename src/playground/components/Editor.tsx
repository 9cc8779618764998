import { SandpackCodeEditor, useSandpack, type CodeEditorRef } from '@codesandbox/sandpack-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { FileTabs } from './FileTabs';

/**
 * The Sandpack editor (CodeMirror), set up for the keyboard: Tab from the page lands in the
 * code itself (not on a wrapper that needs Enter), typing edits at once, and Esc then Tab
 * leaves the editor, as a hint says while the editor has focus (C43, C44).
 */
export function Editor({ files, hintId }: { files: string[]; hintId: string }) {
  const ref = useRef<CodeEditorRef>(null);
  const [focused, setFocused] = useState(false);
  // Sandpack mounts a new CodeMirror for each file tab, so this runs again on a switch.
  const { activeFile } = useSandpack().sandpack;

  useEffect(() => {
    const view = ref.current?.getCodemirror();
    const wrapper = view?.dom.parentElement;
    if (!view || !wrapper) return;
    // Sandpack makes its wrapper the tab stop (Enter then enters the code). One stop, in the
    // code itself, is simpler, and typing edits at once.
    view.contentDOM.tabIndex = 0;
    view.contentDOM.setAttribute('aria-describedby', hintId);
    wrapper.tabIndex = -1;
    for (const name of ['role', 'aria-label', 'aria-multiline', 'aria-autocomplete']) wrapper.removeAttribute(name);
  }, [hintId, activeFile]);

  const onKeyDownCapture = (event: KeyboardEvent): void => {
    const view = ref.current?.getCodemirror();
    if (event.key !== 'Escape' || !view || !view.contentDOM.contains(event.target as Node)) return;
    // Sandpack's Escape focuses a wrapper *around* the code, so the next Tab lands back in it.
    // CodeMirror's tab focus mode instead lets the next Tab or Shift+Tab move focus out.
    event.stopPropagation();
    view.setTabFocusMode(5000);
  };

  return (
    <div className="playground__editor" onKeyDownCapture={onKeyDownCapture} onFocus={() => setFocused(true)} onBlur={(e) => setFocused(e.currentTarget.contains(e.relatedTarget))}>
      {files.length > 1 && <FileTabs files={files} />}
      <SandpackCodeEditor ref={ref} showTabs={false} showLineNumbers showRunButton={false} initMode="immediate" />
      <p id={hintId} className="playground__hint" data-visible={focused}>
        Esc then Tab leaves the editor · Ctrl+Enter (⌘+Enter) runs
      </p>
    </div>
  );
}
