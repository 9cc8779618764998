/** Puts the published sample back, discarding the reader's edits (the only thing that does). */
export function ResetButton({ onReset, edited }: { onReset: () => void; edited: boolean }) {
  return (
    <button type="button" className="playground__button" onClick={onReset} aria-disabled={!edited} title={edited ? 'Discard your edits and restore the sample' : 'Nothing to reset: this is the sample as published'}>
      Reset
    </button>
  );
}
