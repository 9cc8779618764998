/** Copies a link that restores this code (carried in the URL fragment, never sent to a server). */
export function ShareButton({ onShare }: { onShare: () => void }) {
  return (
    <button type="button" className="playground__button" onClick={onShare} title="Copy a link to this code (the code travels in the link's #fragment, which is never sent to a server)">
      Share
    </button>
  );
}
