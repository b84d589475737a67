/**
 * The page's main-thread CPU for an input, read from a Chrome trace: the thread time (not the
 * wall time) from the input's event (the button's release, the key's press) to the end of its
 * task, and of every task after it up to and including the one that painted the next frame.
 * Chromium may handle the input at the start of a frame, in the frame's own task: then that task
 * is counted from the event on, to its end. On a machine that other work loads, the wall time of an
 * input mostly measures the wait for a core; the thread time is what the page itself spent, and
 * what it spent on what (script, style and layout, paint and the commit to the compositor).
 * Raster and drawing happen off the main thread and are in neither figure.
 */
import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread clock: when the event started and how long it ran, in thread time (µs). */
  tts?: number;
  tdur?: number;
  args?: { data?: { type?: string } };
}

export interface InputCpu {
  /** Thread time of the input's task and the tasks to the end of the painted frame, ms. */
  total: number;
  /** Of it: style and layout (forced by script or the frame's own), prepaint included. */
  layout: number;
  /** Of it: paint, layerizing and the commit to the compositor. */
  paint: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];

/** Starts a trace; the returned function stops it and gives its events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => void events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  });
  return async () => {
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

/** One figure per `input` event ('pointerup', 'keydown') found in the trace, in order. */
export function cpuPerInput(events: TraceEvent[], input: string): InputCpu[] {
  const inputs = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === input);
  if (inputs.length === 0) return [];
  const { pid, tid } = inputs[0]!;
  const thread = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // The thread's top-level tasks: events not inside another.
  const tasks: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of thread)
    if (e.ts >= end) {
      tasks.push(e);
      end = e.ts + e.dur!;
    }
  const within = (task: TraceEvent, from: number, names: readonly string[]) => {
    // The outermost events of these names in the task (nested ones are in their parent's time).
    let sum = 0;
    let until = -Infinity;
    for (const e of thread) {
      if (e.ts < from || e.ts + e.dur! > task.ts + task.dur! || !names.includes(e.name)) continue;
      if (e.ts >= until) {
        sum += e.tdur ?? e.dur!;
        until = e.ts + e.dur!;
      }
    }
    return sum;
  };
  const out: InputCpu[] = [];
  for (const input of inputs) {
    const first = tasks.findIndex(
      (t) => t.ts <= input.ts && t.ts + t.dur! >= input.ts + input.dur!,
    );
    if (first < 0) continue;
    const figure = { total: 0, layout: 0, paint: 0 };
    for (let i = first; i < tasks.length; i++) {
      const task = tasks[i]!;
      const from = i === first ? input.ts : task.ts;
      figure.total +=
        i === first && task.tts !== undefined && input.tts !== undefined
          ? task.tts + task.tdur! - input.tts
          : (task.tdur ?? task.dur!);
      figure.layout += within(task, from, ['UpdateLayoutTree', 'Layout', 'PrePaint']);
      const painted = within(task, from, ['Paint']);
      figure.paint += painted + within(task, from, ['Layerize', 'Commit']);
      if (painted > 0) break;
    }
    out.push({
      total: figure.total / 1000,
      layout: figure.layout / 1000,
      paint: figure.paint / 1000,
    });
  }
  return out;
}
