import { describe, expect, it } from 'vitest';
import { TENSION_LINES } from './lines.ts';
import {
  escapeXml,
  sceneToSvg,
  type SceneEdge,
  type SceneNode,
  type SceneText,
} from './scene-svg.ts';

const TEXT: SceneText = {
  title: 'Crocus City Hall attack',
  subtitle: 'Who blames whom',
  sourceLine: 'Source: Wire, 25 March 2024 · made with Faultlines',
  dir: 'ltr',
  lang: 'en',
  legend: {
    actorKinds: [
      { kind: 'state', label: 'State' },
      { kind: 'former-state', label: 'Former state' },
      { kind: 'alliance', label: 'Alliance' },
      { kind: 'armed-group', label: 'Armed group' },
      { kind: 'bloc', label: 'Bloc' },
    ],
    tensions: [
      { tension: -2, label: 'allied' },
      { tension: -1, label: 'cooperative' },
      { tension: 0, label: 'neutral' },
      { tension: 1, label: 'strained' },
      { tension: 2, label: 'hostile' },
    ],
    notes: ['Arrow: one party acts towards the other', 'Double line: contested'],
  },
};

const node = (id: string, x: number, y: number, extra: Partial<SceneNode> = {}): SceneNode => ({
  id,
  x,
  y,
  label: id,
  kind: 'state',
  dimmed: false,
  selected: false,
  ...extra,
});

const edge = (id: string, extra: Partial<SceneEdge> = {}): SceneEdge => ({
  id,
  source: 'a',
  target: 'b',
  tension: 1,
  directed: false,
  contested: false,
  width: 2,
  label: 'accuses',
  selected: false,
  start: { x: 20, y: 0 },
  end: { x: 180, y: 0 },
  ...extra,
});

const NODES = [
  node('a', 0, 0, { kind: 'state', label: 'Russia' }),
  node('b', 200, 0, { kind: 'alliance', label: 'CSTO', selected: true }),
  node('c', 100, 150, { kind: 'armed-group', label: 'ISIS-K', dimmed: true }),
  node('d', 300, 120, { kind: 'bloc', label: 'EU' }),
  node('e', -80, 90, { kind: 'former-state', label: 'USSR' }),
];
const EDGES = [
  edge('ab', { directed: true, tension: 2 }),
  edge('ac', { control: { x: 40, y: 100 }, end: { x: 90, y: 135 }, tension: -2, selected: true }),
  edge('bd', { start: { x: 210, y: 15 }, end: { x: 290, y: 110 }, contested: true, tension: 0 }),
];

/**
 * A small well-formedness check: tags nest and close, attributes are quoted, and text holds no
 * raw '<' or stray '&'. Returns the element names in document order.
 */
function checkXml(xml: string): string[] {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const stack: string[] = [];
  const names: string[] = [];
  let end = 0;
  for (const m of body.matchAll(token)) {
    end = m.index + m[0].length;
    const [, close, name, attrs, selfClose, content] = m;
    const textOrAttrs = content ?? attrs ?? '';
    expect(textOrAttrs.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/g, '')).not.toMatch(
      /[&<]/,
    );
    if (content !== undefined) {
      if (stack.length === 0) expect(content.trim()).toBe('');
    } else if (close) expect(stack.pop()).toBe(name);
    else {
      names.push(name!);
      if (!selfClose) stack.push(name!);
    }
  }
  expect(end).toBe(body.length);
  expect(stack).toEqual([]);
  expect(names[0]).toBe('svg');
  return names;
}

const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;

function viewBox(svg: string): number[] {
  const m = /<svg[^>]*viewBox="([^"]*)"/.exec(svg);
  return m![1]!.split(' ').map(Number);
}

describe('sceneToSvg', () => {
  it('writes a well-formed standalone SVG with title, graph, legend and source line', () => {
    const svg = sceneToSvg(NODES, EDGES, TEXT);
    checkXml(svg);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('xml:lang="en"');
    expect(svg).toMatch(/<svg[^>]* width="1200"/);
    expect(viewBox(svg).slice(0, 3)).toEqual([0, 0, 1200]);
    expect(svg).toContain('fill="#ffffff"');
    for (const t of [TEXT.title, TEXT.subtitle!, TEXT.sourceLine, ...TEXT.legend.notes])
      expect(svg).toContain(escapeXml(t));
    for (const label of ['Russia', 'CSTO', 'ISIS-K', 'EU', 'USSR', 'hostile', 'Armed group'])
      expect(svg).toContain(`>${label}</tspan>`);
    expect(svg).not.toContain('direction="rtl"');
  });

  it('draws one path per edge, one shape per node, and the legend samples', () => {
    const svg = sceneToSvg(NODES, EDGES, TEXT);
    expect(count(svg, /class="fl-edge"/g)).toBe(EDGES.length);
    expect(count(svg, /class="fl-node"/g)).toBe(NODES.length);
    expect(count(svg, /class="fl-legend-shape"/g)).toBe(5);
    expect(count(svg, /class="fl-legend-line"/g)).toBe(5);
    for (const line of Object.values(TENSION_LINES)) expect(svg).toContain(line.color);
  });

  it('encodes tension, direction, curves, selection and dimming as the canvas does', () => {
    const svg = sceneToSvg(NODES, EDGES, TEXT);
    const paths = svg.match(/<path [^>]*>/g)!;
    const hostile = paths.find((p) => p.includes(TENSION_LINES['2'].color))!;
    expect(hostile).toContain(`stroke-dasharray="${TENSION_LINES['2'].dash.join(' ')}"`);
    expect(hostile).toContain('stroke-linecap="round"');
    expect(hostile).toContain('stroke-width="2"');
    expect(count(svg, /class="fl-arrow"/g)).toBe(1);
    expect(svg).toMatch(/<path class="fl-edge" d="M[\d.-]+ [\d.-]+ Q/);
    expect(count(svg, /class="fl-edge-halo"/g)).toBe(1);
    expect(count(svg, /class="fl-node-halo"/g)).toBe(1);
    expect(count(svg, /opacity="0.28"/g)).toBe(1);
    // Former states have a dashed border; others a solid one.
    expect(svg).toMatch(/<ellipse [^>]*class="fl-node"[^>]*stroke-dasharray="5 3"/);
    expect(svg).toContain('paint-order="stroke"');
  });

  it('draws a contested edge as two strokes: the colour under a white core', () => {
    const svg = sceneToSvg(NODES, [edge('x', { contested: true, tension: 1, width: 3 })], TEXT);
    const paths = svg.match(/<path [^>]*>/g)!;
    expect(paths).toHaveLength(2);
    expect(paths[0]).toContain('class="fl-edge-rail"');
    expect(paths[0]).toContain(`stroke="${TENSION_LINES['1'].color}"`);
    expect(paths[0]).toContain('stroke-width="8"');
    expect(paths[1]).toContain('stroke="#ffffff"');
    expect(paths[1]).toContain('stroke-width="3"');
  });

  it('escapes every text from the scene and drops characters XML forbids', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const svg = sceneToSvg(
      [
        node('<script>', 0, 0, { label: evil }),
        node('"x"', 50, 50, { label: '<script>alert(1)</script>' }),
      ],
      [edge('"><script>', { label: `a & b "c" 'd'\u0000\u0007\uFFFE\uD800` })],
      {
        ...TEXT,
        title: '</text><script>alert(1)</script>',
        subtitle: 'A & B',
        sourceLine: '"quoted" & \'single\'',
        lang: 'en"><script>',
        legend: { ...TEXT.legend, notes: ['<b>note</b>'] },
      },
    );
    checkXml(svg);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<img/i);
    expect(svg).toContain('>&lt;img src=x</tspan>');
    expect(svg).toContain('>onerror=alert(1)&gt;</tspan>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('a &amp; b &quot;c&quot; &apos;d&apos;</tspan>');
    expect(svg).toContain('&lt;b&gt;note&lt;/b&gt;');
    expect(svg).toContain('xml:lang="en&quot;&gt;&lt;script&gt;"');
    // eslint-disable-next-line no-control-regex -- checking that none are left.
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(svg).not.toMatch(/[\uD800-\uDFFF]/);
    // Ids are not written into the picture at all.
    expect(svg).not.toContain('"x"');
    expect(svg).not.toMatch(/\bid=/);
  });

  it('keeps astral characters and Arabic intact', () => {
    expect(escapeXml('روسيا 🇷🇺 & <x>')).toBe('روسيا 🇷🇺 &amp; &lt;x&gt;');
  });

  it('has a finite viewBox for one node, no edges, no nodes, or all nodes on one point', () => {
    const scenes: [SceneNode[], SceneEdge[]][] = [
      [[node('a', 5, 5)], []],
      [[], []],
      [
        [node('a', 0, 0), node('b', 0, 0), node('c', 0, 0)],
        [edge('ab', { start: { x: 0, y: 0 }, end: { x: 0, y: 0 }, directed: true })],
      ],
      [
        [node('a', NaN, Infinity)],
        [edge('x', { start: { x: NaN, y: 0 }, end: { x: 1e300, y: -Infinity }, width: NaN })],
      ],
    ];
    for (const [nodes, edges] of scenes) {
      const svg = sceneToSvg(nodes, edges, TEXT);
      checkXml(svg);
      const box = viewBox(svg);
      expect(box).toHaveLength(4);
      expect(box.every(Number.isFinite)).toBe(true);
      expect(box[3]).toBeGreaterThan(0);
      expect(svg).not.toMatch(/NaN|Infinity/);
      expect(count(svg, /class="fl-node"/g)).toBe(nodes.length);
      expect(count(svg, /class="fl-edge"/g)).toBe(edges.length);
    }
  });

  it('fits the graph into the width, scaling node coordinates uniformly', () => {
    const far = [node('a', -5000, 0), node('b', 5000, 3000)];
    const svg = sceneToSvg(far, [], TEXT, { width: 800, padding: 20 });
    expect(viewBox(svg)[2]).toBe(800);
    const m = /transform="translate\(([-\d.]+) ([-\d.]+)\) scale\(([\d.]+)\)"/.exec(svg)!;
    const [tx, scale] = [Number(m[1]), Number(m[3])];
    expect(scale).toBeCloseTo(760 / 10_050, 2);
    expect(tx - 5000 * scale).toBeGreaterThanOrEqual(20);
    expect(tx + 5000 * scale).toBeLessThanOrEqual(780);
  });

  it('lays text out right to left for Arabic', () => {
    const svg = sceneToSvg(NODES, EDGES, {
      ...TEXT,
      title: 'هجوم كروكوس',
      dir: 'rtl',
      lang: 'ar',
    });
    checkXml(svg);
    expect(svg).toContain('xml:lang="ar"');
    const texts = svg.match(/<text [^>]*>/g)!;
    expect(texts.length).toBeGreaterThan(10);
    for (const t of texts) expect(t).toContain('direction="rtl"');
    // The title starts at the right margin: with direction="rtl" its start is its right side.
    const title = texts.find((t) => t.includes('fl-title'))!;
    expect(title).toContain('x="1160"');
    expect(title).toContain('text-anchor="start"');
    expect(svg).toContain('>هجوم كروكوس</tspan>');
  });
});
