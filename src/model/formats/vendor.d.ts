/** Entry points of graphology's format packages that work the same in Node and the browser. */
declare module 'graphology-gexf/common/writer.js' {
  import type AbstractGraph from 'graphology-types';
  export interface GexfElement {
    label?: string;
    weight?: number;
    attributes?: Record<string, string | number | boolean>;
    viz?: { x?: number; y?: number; size?: number; color?: string };
  }
  export default function write(
    graph: AbstractGraph,
    options?: {
      version?: '1.2' | '1.3';
      pretty?: boolean;
      formatNode?: (key: string, attributes: Record<string, unknown>) => GexfElement;
      formatEdge?: (key: string, attributes: Record<string, unknown>) => GexfElement;
    },
  ): string;
}
declare module 'graphology-gexf/common/parser.js' {
  import type AbstractGraph from 'graphology-types';
  import type { GraphConstructor } from 'graphology-types';
  type Parse = (
    Graph: GraphConstructor,
    source: string | object,
    options?: object,
  ) => AbstractGraph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
declare module 'graphology-graphml/common/parser.js' {
  import type AbstractGraph from 'graphology-types';
  import type { GraphConstructor } from 'graphology-types';
  type Parse = (
    Graph: GraphConstructor,
    source: string | object,
    options?: object,
  ) => AbstractGraph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
