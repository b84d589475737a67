/**
 * A button that opens the system's file chooser and hands over the one file picked. The input is
 * cleared each time, so picking the same file again (after fixing it) is a new pick.
 */
import { useRef } from 'react';

interface FilePickButtonProps {
  label: string;
  /** The input's `accept`: extensions and media types offered first. */
  accept: string;
  testId: string;
  onFile: (file: File) => void;
}

export function FilePickButton({ label, accept, testId, onFile }: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="fl-button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
