/**
 * The embed as it looks before any JavaScript has run, written into embed.html at build: the same
 * title, stage, key and credit the Embed component renders (same classes, same strings through
 * i18next), and in the canvas's place an SVG picture of the graph at its build-time layout, framed
 * by the same box (model/layout.ts sceneBox) the live canvas fits — so when the interactive
 * bundle takes over, nothing moves. Everything from the file is escaped.
 */
import { sceneSvg, type SceneEdge, type SceneNode } from '../look/scene-svg.ts';
import { createI18n, intlLocale } from '../i18n/i18n.ts';
import { factsOf, type Graph } from '../model/graph.ts';
import { sceneBox, type Point } from '../model/layout.ts';
import {
  isRtl,
  TENSION_LEVELS,
  tensionName,
  type Language,
  type RelationKind,
} from '../model/vocabulary.ts';
import { actorLook } from '../look/actors.ts';
import { corroborationWidth, CURVE_STEP, LINE_GAP } from '../look/lines.ts';
import { lineSampleMarkup } from '../look/sample.ts';
import { escapeHtml } from './html.ts';

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

export function staticEmbedHtml(
  graph: Graph,
  positions: ReadonlyMap<string, Point>,
  lang: Language,
): string {
  const t = createI18n(lang).getFixedT(lang);
  const dir = isRtl(lang) ? 'rtl' : 'ltr';
  const picture = graphPicture(graph, positions, lang);
  const key = TENSION_LEVELS.map(
    (level) =>
      `<li>${lineSampleMarkup(level)}${escapeHtml(t(`tension.${tensionName(level)}`))}</li>`,
  ).join('');
  const source = graph.file.sources[0];
  const outlet = source ? (source.outlet ?? source.title[lang]) : '';
  const date = source?.published
    ? new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${source.published}T00:00:00Z`),
      )
    : undefined;
  const credit = source
    ? `<p class="fl-source"><cite>${escapeHtml(date ? t('footer.source', { outlet, date }) : t('footer.sourceUndated', { outlet }))}</cite></p>`
    : '';
  const overview = t('evidence.overview', {
    relations: graph.relations.length,
    actors: graph.actors.length,
  });
  return (
    `<div class="fl-app fl-embed" lang="${lang}" dir="${dir}" data-theme="light" data-static="true">` +
    `<h1 class="fl-embed-title">${escapeHtml(graph.file.title[lang])}</h1>` +
    `<div class="fl-embed-main"><div class="fl-stage">` +
    `<div class="fl-canvas-wrap"><div class="fl-canvas fl-static-picture" id="fl-static-picture" role="img" aria-label="${escapeHtml(t('canvas.label'))}">${picture}</div></div>` +
    `<ul class="fl-embed-key" aria-label="${escapeHtml(t('legend.tension'))}">${key}</ul>` +
    `<details class="fl-embed-legend"><summary>${escapeHtml(t('legend.heading'))}</summary></details>` +
    `</div><aside class="fl-side fl-side-evidence"><section class="fl-evidence" data-open="false">` +
    `<header class="fl-evidence-header"><h2>${escapeHtml(t('evidence.heading'))}</h2></header>` +
    `<div class="fl-evidence-empty"><p>${escapeHtml(t('evidence.hint'))}</p><p class="fl-muted">${escapeHtml(overview)}</p></div>` +
    `</section></aside></div>` +
    `<footer class="fl-embed-footer">${credit}<a href="./?lang=${lang}" target="_blank" rel="noopener">${escapeHtml(t('embed.explore'))}</a></footer>` +
    `</div>`
  );
}
