/**
 * What the playground is and its known limits, one click away under the console (C36, C41).
 */
export function Help({ envLabel, timeoutMs }: { envLabel: string; timeoutMs: number }) {
  return (
    <details className="playground__help">
      <summary>About this playground</summary>
      <ul>
        <li>Runs in your browser, in a sandbox, with the real <code>@workos-inc/node</code> the site documents. Every WorkOS API call is answered by a mock inside this page: nothing is sent anywhere, and no API key is needed.</li>
        <li>{envLabel}.</li>
        <li>Types are not checked here (the site's build checks every sample); a type error still runs.</li>
        <li>Ctrl+Enter (⌘+Enter) runs. In the editor, Tab indents: press Esc, then Tab or Shift+Tab, to leave it.</li>
        <li>Code still running after {timeoutMs / 1000} s is stopped.</li>
        <li>Your edits are saved in this browser until you press Reset. Share copies a link that carries the code after the #, which browsers never send to a server.</li>
        <li>Undo history belongs to a file tab: switching tabs starts a new one.</li>
      </ul>
    </details>
  );
}
