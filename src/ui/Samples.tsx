/** Small SVG samples of the canvas encoding, drawn from the same look as the stylesheet. */
import { actorLook } from '../look/actors.ts';
import { CANVAS_COLORS, INK, tensionColor } from '../look/palette.ts';

/** A contested sample's core: the light page's paper. */
const PAPER = CANVAS_COLORS.light.paper;
import { lineSample, SAMPLE_BOX, type LineSampleOptions } from '../look/sample.ts';
import { tensionName, type ActorKind, type Tension } from '../model/vocabulary.ts';

/** A relation line as the canvas draws it: contested lines are double (paper core, two rails). */
export function LineSample({ tension, ...options }: LineSampleOptions & { tension: Tension }) {
  const { strokes, arrow } = lineSample(tension, options);
  // The light look's colours as attributes, not inline styles: the page's first paint carries this
  // markup, and its CSP allows no style attribute. A dark theme restyles the marks by their
  // tension (embed.css).
  const color = tensionColor(tension);
  const name = tensionName(tension);
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
          stroke={s.paint === 'paper' ? PAPER : color}
          data-tension={s.paint === 'paper' ? undefined : name}
          data-paint={s.paint}
          strokeWidth={s.width}
        />
      ))}
      {arrow && <path d={arrow} fill={color} data-tension={name} />}
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
