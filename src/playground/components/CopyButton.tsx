/** Copies the code of the file shown in the editor. */
export function CopyButton({ onCopy }: { onCopy: () => void }) {
  return (
    <button type="button" className="playground__button" onClick={onCopy}>
      Copy
    </button>
  );
}
