/** The Cytoscape stylesheet, generated from the visual encoding in src/look. */
import type { StylesheetJson } from 'cytoscape';
import { ACTOR_BORDER, ACTOR_LOOKS } from '../look/actors.ts';
import { CONTESTED_RAIL, CURVE_STEP, LINE_GAP, tensionLine } from '../look/lines.ts';
import {
  CANVAS_COLORS,
  FONT_FAMILY,
  SELECTION_HALO,
  tensionColor,
  type Theme,
} from '../look/palette.ts';
import { DIMMED_OPACITY, FADED_OPACITY, HALO } from '../look/states.ts';
import { ACTOR_KINDS, TENSION_LEVELS, tensionName, type Tension } from '../model/vocabulary.ts';

/**
 * `motion: false` (prefers-reduced-motion) turns the fades off. `large`: a graph of thousands,
 * drawn without fades and with relation labels only on the selection; its lines are thin (the
 * structure shows instead of a solid mass) until zoomed in (`.near`, controllers.tsx).
 *
 * Each property is set once, by the rule where it first applies: Cytoscape does work for every
 * property every element gets (each one dirties the element's and its edges' style caches), so
 * a rule that a later one overrides for all elements is paid for and then thrown away. Large
 * graphs therefore get their own base values rather than overrides, and the edge label's
 * typography sits on the edges that show a label. States (filtered out, dimmed, faded,
 * selected) come last and win.
 */
export function buildStylesheet(
  theme: Theme = 'light',
  motion = true,
  large = false,
): StylesheetJson {
  if (large) motion = false;
  const c = CANVAS_COLORS[theme];
  const lineColor = (t: Tension) => tensionColor(t, theme);
  const fade = motion ? { 'transition-property': 'opacity', 'transition-duration': 150 } : {};
  const dashed = TENSION_LEVELS.filter((t) => tensionLine(t).dash.length > 0);
  // Relation labels only where they can be read: zoomed in (`.near`) or selected. Labels on
  // thousands of edges are noise at any zoom: there, only the selection's.
  const labelled = large ? 'edge.selected' : 'edge.near, edge.selected';
  return [
    {
      selector: 'node',
      style: {
        'border-width': ACTOR_BORDER.normal,
        'border-color': c.ink,
        label: 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': 17,
        'font-weight': 600,
        color: c.ink,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': c.paper,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
        ...fade,
      },
    },
    // Every actor has a kind (the schema requires one), so these give every node its shape,
    // size and fill.
    ...ACTOR_KINDS.map((kind) => {
      const look = ACTOR_LOOKS[kind];
      return {
        selector: `node.actor-${kind}`,
        style: {
          shape: look.shape,
          width: look.size[0],
          height: look.size[1],
          'background-color': look.fill,
          ...(look.dashedBorder ? { 'border-style': 'dashed' as const } : {}),
        },
      };
    }),
    {
      selector: 'edge',
      style: {
        // Large: straight lines, no curve geometry for thousands of edges (parallels overlap),
        // hair-thin and half transparent while zoomed out.
        ...(large
          ? { 'curve-style': 'straight', width: 0.6, opacity: 0.45 }
          : {
              'curve-style': 'bezier',
              'control-point-step-size': CURVE_STEP,
              width: 'data(width)',
            }),
        'arrow-scale': 1.1,
        'target-distance-from-node': LINE_GAP,
        'source-distance-from-node': LINE_GAP,
        'line-cap': 'round',
        ...fade,
      },
    },
    ...(large ? [{ selector: 'edge.near', style: { width: 'data(width)', opacity: 1 } }] : []),
    ...TENSION_LEVELS.map((t) => ({
      selector: `edge.tension-${tensionName(t)}`,
      style: {
        'line-color': lineColor(t),
        'target-arrow-color': lineColor(t),
        ...(large ? {} : dashOf(t)),
      },
    })),
    // Large: dashes are finer than a pixel zoomed out, and they are what drawing thousands of
    // edges costs most (a filter change on 5,000 / 20,000: 0.8 s dashed, 0.36 s solid, in
    // software canvas). The colour still tells the tension; the pattern comes back zoomed in and
    // on the selection.
    ...(large
      ? dashed.map((t) => ({
          selector: `edge.near.tension-${tensionName(t)}, edge.selected.tension-${tensionName(t)}`,
          style: dashOf(t),
        }))
      : []),
    // Large: arrowheads on hair-thin lines are noise and cost drawing time: only when near.
    {
      selector: large ? 'edge.directed.near' : 'edge.directed',
      style: { 'target-arrow-shape': 'triangle' },
    },
    // Contested: a double line, its core drawn white inside two rails of its own colour.
    {
      selector: 'edge.contested',
      style: { 'line-outline-width': CONTESTED_RAIL, 'line-color': c.paper },
    },
    ...TENSION_LEVELS.map((t) => ({
      selector: `edge.contested.tension-${tensionName(t)}`,
      style: { 'line-outline-color': lineColor(t) },
    })),
    {
      selector: labelled,
      style: {
        label: 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': 12,
        color: c.muted,
        'text-background-color': c.paper,
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 9,
      },
    },
    { selector: '.filtered-out', style: { display: 'none' } },
    { selector: 'node.dimmed', style: { opacity: DIMMED_OPACITY } },
    { selector: '.faded', style: { opacity: FADED_OPACITY } },
    {
      selector: '.selected',
      style: {
        'underlay-color': SELECTION_HALO,
        'underlay-opacity': HALO.opacity,
        'underlay-padding': HALO.padding,
        'z-index': 10,
      },
    },
    { selector: 'node.selected', style: { 'border-width': ACTOR_BORDER.selected } },
    {
      selector: 'edge.selected',
      style: {
        'font-weight': 700,
        color: c.ink,
        ...(large ? { width: 3, opacity: 1 } : {}),
      },
    },
    { selector: 'node.related', style: { 'border-width': ACTOR_BORDER.related } },
    // Edit mode: the actor a relation is drawn from, and the line following the pointer.
    {
      selector: 'node.draw-source',
      style: {
        'underlay-color': SELECTION_HALO,
        'underlay-opacity': HALO.opacity,
        'underlay-padding': HALO.padding,
      },
    },
    { selector: 'node.ghost', style: { width: 1, height: 1, opacity: 0, events: 'no' } },
    {
      selector: 'edge.ghost',
      style: {
        'curve-style': 'straight',
        'line-style': 'dashed',
        'line-color': c.ink,
        width: 2,
        events: 'no',
      },
    },
  ];
}

/** A tension's line pattern: solid, or dashed with its own pattern (look/lines). */
function dashOf(t: Tension) {
  const { dash } = tensionLine(t);
  return dash.length > 0
    ? { 'line-style': 'dashed' as const, 'line-dash-pattern': [...dash] }
    : { 'line-style': 'solid' as const };
}
