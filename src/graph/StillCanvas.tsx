/**
 * The canvas's place in a page rendered before any code runs (src/publish/first-paint-html.tsx):
 * the frame GraphCanvas draws in, holding the build-time picture of the graph as an image with the
 * canvas's name. The live canvas frames the same box (GraphCanvas's `picture`), so when it
 * replaces this, nothing moves.
 */
import { useTranslation } from '../i18n/react.tsx';

export function StillCanvas({ picture, id }: { picture: string; id: string }) {
  const { t } = useTranslation();
  return (
    <div className="fl-canvas-wrap">
      <div
        className="fl-canvas fl-static-picture"
        id={id}
        role="img"
        aria-label={t('canvas.label')}
        // Trusted markup: written from the shipped graph (src/publish/picture.ts), all escaped.
        dangerouslySetInnerHTML={{ __html: picture }}
      />
    </div>
  );
}
