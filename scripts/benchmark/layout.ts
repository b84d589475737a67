/**
 * npm run bench:layout — the large-graph force layout's cost in Node (it runs in a Web Worker in
 * the browser, so it never blocks the page; this is how long a reader waits for positions).
 * Graphs of clustered rings plus cross links, at the scale the validator accepts (5,000 actors,
 * 20,000 relations) and below. A benchmark, not a test: the figures go in BENCHMARKS.md.
 */
import { loadavg } from 'node:os';
import { createForceLayout, type ForceInput } from '../../src/model/force-layout.ts';

/** Rings of ten, a link between neighbouring rings, then pseudo-random cross links up to `links`. */
function clustered(count: number, links: number): ForceInput {
  const edges: number[] = [];
  for (let i = 0; i < count; i++) {
    const base = i - (i % 10);
    edges.push(i, base + ((i + 1) % 10));
    if (i % 10 === 0 && i + 10 < count) edges.push(i, i + 10);
  }
  for (let i = 0; edges.length / 2 < links; i++)
    edges.push((i * 31) % count, (i * 97 + 13) % count);
  return { count, edges: Uint32Array.from(edges) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

console.log(`Force layout (Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)})`);
for (const [count, links] of [
  [500, 2_000],
  [2_000, 8_000],
  [5_000, 20_000],
] as const) {
  const input = clustered(count, links);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const layout = createForceLayout(input);
    while (!layout.done) layout.step(25);
    if (!layout.positions().every(Number.isFinite)) throw new Error('non-finite position');
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  console.log(
    `${count.toLocaleString('en')} actors, ${links.toLocaleString('en')} relations: median ${median(wall).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU (3 runs)`,
  );
}
