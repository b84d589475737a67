import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { trimmed, type Quoted } from '../selection.ts';
import type { SentenceSpan } from './SentenceView.tsx';

/** Keyboard (and screen reader) selection inside one sentence, with the platform's own caret. */
export function KeyboardPicker({
  sentence,
  text,
  onDone,
  onSelect,
}: {
  sentence: SentenceSpan;
  text: string;
  onDone: (q: Quoted | null) => void;
  onSelect: (q: Quoted | null) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const words = text.slice(sentence.start, sentence.end);
  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.focus();
    field.setSelectionRange(0, 0);
  }, []);
  const current = () => {
    const field = ref.current!;
    const [a, b] = [field.selectionStart, field.selectionEnd];
    return a === b
      ? trimmed(text, sentence.start, sentence.end)
      : trimmed(text, sentence.start + a, sentence.start + b);
  };
  return (
    // Not `readOnly`: Chromium moves no caret and extends no selection by keyboard in a read-only
    // field. The text cannot change all the same — every edit is cancelled before it happens and
    // the value is React's — and assistive technology is told it is read-only.
    <textarea
      ref={ref}
      aria-readonly="true"
      inputMode="none"
      spellCheck={false}
      onBeforeInput={(e) => e.preventDefault()}
      onChange={() => {}}
      onPaste={(e) => e.preventDefault()}
      onCut={(e) => e.preventDefault()}
      onDrop={(e) => e.preventDefault()}
      dir="auto"
      className="fl-ed-picker"
      value={words}
      rows={Math.max(2, Math.ceil(words.length / 70))}
      aria-label={t('editor.article.pickerLabel')}
      data-testid="keyboard-picker"
      onSelect={() => {
        const field = ref.current!;
        if (field.selectionStart !== field.selectionEnd) onSelect(current());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onDone(current());
        } else if (e.key === 'Escape') {
          e.preventDefault();
          onDone(null);
        }
      }}
      onBlur={() => onDone(null)}
    />
  );
}
