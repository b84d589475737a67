/**
 * The drafting assistant off the main thread: reading a long article takes it seconds, and the
 * sentences must show at once and the page stay responsive meanwhile. In: `{ id, text, options }`;
 * out: `{ id, draft }` or `{ id, error }`.
 */
import { draft, type DraftOptions } from '../draft/index.ts';

const scope = self as unknown as {
  onmessage:
    ((event: MessageEvent<{ id: number; text: string; options: DraftOptions }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, draft: draft(data.text, data.options) });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
