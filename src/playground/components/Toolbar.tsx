import type { ReactNode } from 'react';

/**
 * The playground's header, in the place of the static code frame's header: the file name,
 * whether it is edited, the buttons, and a live region for what a button did.
 */
export function Toolbar({ title, edited, message, children }: { title: string; edited: boolean; message: string; children: ReactNode }) {
  return (
    <div className="playground__toolbar">
      <span className="playground__title">{title}</span>
      {edited && <span className="playground__badge">edited</span>}
      <span className="playground__message" role="status">
        {message}
      </span>
      <span className="playground__buttons">{children}</span>
    </div>
  );
}
