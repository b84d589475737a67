/**
 * A text field that changes the document when the author leaves it or presses Enter, not at every
 * keystroke: one undo step per edit of a field, and typing touches only the field.
 */
import { useState, type InputHTMLAttributes } from 'react';

export function CommitInput({
  value,
  onCommit,
  ...rest
}: { value: string; onCommit: (value: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange'
>) {
  const [draft, setDraft] = useState(value);
  // The document changed under the field (undo, another form): show its value.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <input
      {...rest}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        rest.onKeyDown?.(e);
      }}
    />
  );
}
