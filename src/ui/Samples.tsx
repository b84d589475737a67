/** Small SVG samples of the canvas encoding, drawn from the same theme as the stylesheet. */
import type { ActorKind, Tension } from '../model/vocabulary.ts';
import { ACTOR_SHAPES, INK, tensionLine } from './theme.ts';

export function LineSample({
  tension,
  directed = false,
}: {
  tension: Tension;
  directed?: boolean;
}) {
  const line = tensionLine(tension);
  return (
    <svg
      className="fl-sample fl-sample-line"
      width="44"
      height="14"
      viewBox="0 0 44 14"
      aria-hidden="true"
    >
      <line
        x1="3"
        y1="7"
        x2={directed ? 33 : 41}
        y2="7"
        stroke={line.color}
        strokeWidth={line.width}
        strokeDasharray={line.dash.length > 0 ? line.dash.join(' ') : undefined}
        strokeLinecap="round"
      />
      {directed && <path d="M32 1 L43 7 L32 13 Z" fill={line.color} />}
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
