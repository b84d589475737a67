/** Small SVG samples of the canvas encoding, drawn from the same look as the stylesheet. */
import { actorLook } from '../look/actors.ts';
import { INK, tensionColor } from '../look/palette.ts';
import { lineSample, SAMPLE_BOX, type LineSampleOptions } from '../look/sample.ts';
import { tensionName, type ActorKind, type Tension } from '../model/vocabulary.ts';

/** A relation line as the canvas draws it: contested lines are double (paper core, two rails). */
export function LineSample({ tension, ...options }: LineSampleOptions & { tension: Tension }) {
  const { strokes, arrow } = lineSample(tension, options);
  // A theme may restyle marks (a dark page needs lighter lines): --tension-<name>, else the default.
  const color = `var(--tension-${tensionName(tension)}, ${tensionColor(tension)})`;
  return (
    <svg
      className="fl-sample fl-sample-line"
      width={SAMPLE_BOX.width}
      height={SAMPLE_BOX.height}
      viewBox={`0 0 ${SAMPLE_BOX.width} ${SAMPLE_BOX.height}`}
      aria-hidden="true"
    >
      {strokes.map((s, i) => (
        <line
          key={i}
          x1={s.x1}
          y1={s.y1}
          x2={s.x2}
          y2={s.y2}
          strokeDasharray={s.dash}
          strokeLinecap="round"
          style={{ stroke: s.paint === 'paper' ? 'var(--paper, #fff)' : color }}
          strokeWidth={s.width}
        />
      ))}
      {arrow && <path d={arrow} style={{ fill: color }} />}
    </svg>
  );
}

export function ShapeSample({ kind }: { kind: ActorKind }) {
  const { shape, fill, dashedBorder } = actorLook(kind);
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
