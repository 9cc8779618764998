/** Runs the code (also Ctrl/Cmd+Enter anywhere in the playground). */
export function RunButton({ onRun, running }: { onRun: () => void; running: boolean }) {
  return (
    <button type="button" className="playground__button playground__button--run" onClick={onRun} aria-keyshortcuts="Control+Enter Meta+Enter" title="Run (Ctrl+Enter / ⌘+Enter)">
      <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12">
        <path d="M2 1.5v9l8-4.5z" fill="currentColor" />
      </svg>
      {running ? 'Run again' : 'Run'}
    </button>
  );
}
