/**
 * Creating the Cytoscape instance: the canvas renderer for article-sized graphs, the WebGL one
 * (3.31+, experimental) for large graphs where a GPU draws it, falling back to canvas when the
 * browser has no WebGL2 (Cytoscape then throws while it sets up) or only a software one.
 */
import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import type { Graph } from '../model/graph.ts';

/** Actors plus relations from which a graph counts as large (no fades, no edge labels, WebGL). */
export const LARGE_GRAPH_ELEMENTS = 1500;

export function isLarge(graph: Graph): boolean {
  return graph.actors.length + graph.relations.length >= LARGE_GRAPH_ELEMENTS;
}

export type RendererName = 'canvas' | 'webgl';

/**
 * WebGL2 on a graphics chip. A software rasteriser (SwiftShader, llvmpipe: headless browsers,
 * machines without a usable GPU) is slower than the canvas renderer — the benchmarks measured
 * loads 2–3× longer and half-second hit tests — so there the canvas is used.
 */
function hasFastWebgl2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
  } catch {
    return false;
  }
}

export function createCytoscape(
  options: CytoscapeOptions & { container: HTMLElement },
  large: boolean,
): { cy: Core; renderer: RendererName } {
  if (large && hasFastWebgl2()) {
    try {
      // Rendering hints may sit at the top level of the options (same as renderer: {…}).
      const cy = cytoscape({ ...options, webgl: true });
      return { cy, renderer: 'webgl' };
    } catch {
      // A half-made renderer leaves its canvases behind.
      options.container.replaceChildren();
    }
  }
  // Large graphs on canvas: pan and zoom move a snapshot, redrawn when the gesture ends.
  const cy = cytoscape(large ? { ...options, textureOnViewport: true } : options);
  return { cy, renderer: 'canvas' };
}
