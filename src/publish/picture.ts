/**
 * The build-time picture of a graph: an SVG of its actors and relations at their build-time
 * layout, framed by the same box (model/layout.ts sceneBox) the live canvas fits in 'picture'
 * mode, so when the canvas replaces it nothing moves. The pages' first paint puts it in the
 * canvas's place (first-paint-html.tsx); the link card's preview draws the same scene
 * (preview.ts). Everything from the file is escaped.
 */
import { sceneSvg, type SceneEdge, type SceneNode } from '../look/scene-svg.ts';
import { createI18n } from '../i18n/i18n.ts';
import { factsOf, type Graph } from '../model/graph.ts';
import { sceneBox, type Point } from '../model/layout.ts';
import { isRtl, type Language, type RelationKind } from '../model/vocabulary.ts';
import { actorLook } from '../look/actors.ts';
import { corroborationWidth, CURVE_STEP, LINE_GAP } from '../look/lines.ts';

/** Where a line leaves an actor's shape: about a state's half size plus the stylesheet's gap. */
const NODE_GAP = actorLook('state').size[0] / 2 + LINE_GAP;

/** Lines between the same two actors fan out as quadratic curves, the way Cytoscape bends them. */
export function sceneEdges(
  graph: Graph,
  positions: ReadonlyMap<string, Point>,
  label: (kind: RelationKind) => string,
): SceneEdge[] {
  const pairs = new Map<string, string[]>();
  for (const r of graph.relations) {
    const key = [r.source, r.target].sort().join('\u0000');
    pairs.set(key, [...(pairs.get(key) ?? []), r.id]);
  }
  return graph.relations.flatMap((r) => {
    const [s, t] = [positions.get(r.source), positions.get(r.target)];
    if (!s || !t || r.source === r.target) return [];
    const [a, b] = r.source < r.target ? [s, t] : [t, s];
    const siblings = pairs.get([r.source, r.target].sort().join('\u0000')) ?? [r.id];
    const offset = (siblings.indexOf(r.id) - (siblings.length - 1) / 2) * CURVE_STEP;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
    // Cytoscape puts the quadratic's control point `offset` off the straight line's middle.
    const control =
      offset === 0
        ? undefined
        : { x: (s.x + t.x) / 2 + normal.x * offset, y: (s.y + t.y) / 2 + normal.y * offset };
    const toward = (from: Point, to: Point) => {
      const d = Math.hypot(to.x - from.x, to.y - from.y) || 1;
      return {
        x: from.x + ((to.x - from.x) / d) * NODE_GAP,
        y: from.y + ((to.y - from.y) / d) * NODE_GAP,
      };
    };
    const facts = factsOf(graph, r.id);
    return [
      {
        id: r.id,
        source: r.source,
        target: r.target,
        tension: r.tension,
        directed: !!r.directed,
        contested: facts.contested,
        width: corroborationWidth(facts.corroboration.sentences),
        label: label(r.kind),
        selected: false,
        start: toward(s, control ?? t),
        end: toward(t, control ?? s),
        ...(control ? { control } : {}),
      },
    ];
  });
}

/** The actors at their positions, named in the page's language. */
export function sceneNodes(
  graph: Graph,
  positions: ReadonlyMap<string, Point>,
  lang: Language,
): SceneNode[] {
  return graph.actors.flatMap((a) => {
    const p = positions.get(a.id);
    return p
      ? [{ id: a.id, ...p, label: a.name[lang], kind: a.kind, dimmed: false, selected: false }]
      : [];
  });
}

/** The graph at its layout as SVG, framed by the box the live canvas fits in 'picture' mode. */
export function graphPicture(
  graph: Graph,
  positions: ReadonlyMap<string, Point>,
  lang: Language,
): string {
  const t = createI18n(lang).getFixedT(lang);
  const nodes = sceneNodes(graph, positions, lang);
  const edges = sceneEdges(graph, positions, (kind) => t(`kind.${kind}`));
  return sceneSvg(nodes, edges, sceneBox(positions.values()), isRtl(lang) ? 'rtl' : 'ltr');
}
