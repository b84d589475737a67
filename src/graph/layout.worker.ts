/**
 * Runs the force layout off the main thread, in slices, so that progress reaches the page and a
 * cancel message is heard between slices. Messages: in `{ type: 'start', id, count, edges }` and
 * `{ type: 'cancel', id }`; out `{ type: 'progress', id, value }` and
 * `{ type: 'done', id, positions }` (the Float64Array's buffer is transferred, not copied).
 */
import { createForceLayout } from '../model/force-layout.ts';

type Inbound =
  | { type: 'start'; id: number; count: number; edges: Uint32Array; fixed?: Float64Array }
  | { type: 'cancel'; id: number };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Inbound>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};
const cancelled = new Set<number>();
/** Work per slice: long enough to be efficient, short enough for prompt progress and cancels. */
const SLICE_MS = 60;

scope.onmessage = ({ data }) => {
  if (data.type === 'cancel') {
    cancelled.add(data.id);
    return;
  }
  const { id } = data;
  const layout = createForceLayout({
    count: data.count,
    edges: data.edges,
    ...(data.fixed ? { fixed: data.fixed } : {}),
  });
  const slice = () => {
    if (cancelled.delete(id)) return;
    const until = performance.now() + SLICE_MS;
    let value: number;
    do value = layout.step(2);
    while (!layout.done && performance.now() < until);
    if (!layout.done) {
      scope.postMessage({ type: 'progress', id, value });
      setTimeout(slice, 0);
      return;
    }
    const positions = layout.positions();
    scope.postMessage({ type: 'done', id, positions }, [positions.buffer]);
  };
  slice();
};
