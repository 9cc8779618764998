import { useSandpack } from '@codesandbox/sandpack-react';

/**
 * Buttons that switch the editor between a playground's files. Used instead of Sandpack's
 * tabs, whose `role="tab"` wrappers around buttons are nested interactive controls (axe).
 */
export function FileTabs({ files }: { files: string[] }) {
  const { sandpack } = useSandpack();
  return (
    <div className="playground__files" role="group" aria-label="Files">
      {files.map((file) => {
        const path = `/${file}`;
        return (
          <button key={file} type="button" className="playground__file" aria-pressed={sandpack.activeFile === path} onClick={() => sandpack.setActiveFile(path)}>
            {file}
          </button>
        );
      })}
    </div>
  );
}
