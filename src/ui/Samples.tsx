/** Small SVG samples of the canvas encoding, drawn from the same theme as the stylesheet. */
import { tensionName, type ActorKind, type Tension } from '../model/vocabulary.ts';
import { ACTOR_SHAPES, INK, tensionLine } from './theme.ts';

interface LineSampleProps {
  tension: Tension;
  directed?: boolean;
  /** Line weight; defaults to the tension encoding's. */
  width?: number;
  contested?: boolean;
}

/** A relation line as the canvas draws it: contested lines are double (white core, two rails). */
export function LineSample({
  tension,
  directed = false,
  width,
  contested = false,
}: LineSampleProps) {
  const line = tensionLine(tension);
  // A theme may restyle marks (a dark page needs lighter lines): --tension-<name>, else the default.
  const color = `var(--tension-${tensionName(tension)}, ${line.color})`;
  const strokeWidth = width ?? line.width;
  const common = {
    x1: 3,
    y1: 8,
    x2: directed ? 33 : 41,
    y2: 8,
    strokeDasharray: line.dash.length > 0 ? line.dash.join(' ') : undefined,
    strokeLinecap: 'round' as const,
  };
  return (
    <svg
      className="fl-sample fl-sample-line"
      width="44"
      height="16"
      viewBox="0 0 44 16"
      aria-hidden="true"
    >
      {contested && <line {...common} style={{ stroke: color }} strokeWidth={strokeWidth + 5} />}
      <line
        {...common}
        style={{ stroke: contested ? 'var(--paper, #fff)' : color }}
        strokeWidth={strokeWidth}
      />
      {directed && <path d="M32 2 L43 8 L32 14 Z" style={{ fill: color }} />}
    </svg>
  );
}

export function ShapeSample({ kind }: { kind: ActorKind }) {
  const { shape, fill, dashedBorder } = ACTOR_SHAPES[kind];
  const common = {
    fill,
    stroke: INK,
    strokeWidth: 1.6,
    strokeDasharray: dashedBorder ? '3 2' : undefined,
  };
  return (
    <svg
      className="fl-sample fl-sample-shape"
      width="22"
      height="22"
      viewBox="0 0 22 22"
      aria-hidden="true"
    >
      {shape === 'ellipse' && <circle cx="11" cy="11" r="9" {...common} />}
      {shape === 'hexagon' && (
        <polygon points="6,2.5 16,2.5 21,11 16,19.5 6,19.5 1,11" {...common} />
      )}
      {shape === 'diamond' && <polygon points="11,1 21,11 11,21 1,11" {...common} />}
      {shape === 'round-rectangle' && (
        <rect x="1.5" y="4" width="19" height="14" rx="4" {...common} />
      )}
    </svg>
  );
}
