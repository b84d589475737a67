import { useTranslation } from '../i18n/react.tsx';
import type { Actor } from '../model/schema.ts';
import { useAppStore } from '../store/context.tsx';

/** Focus on an actor's neighbourhood, one or two steps out; leave with one click or Escape. */
export function FocusControls({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const focus = useAppStore((s) => s.focus);
  const setFocus = useAppStore((s) => s.setFocus);
  const clearFocus = useAppStore((s) => s.clearFocus);
  const on = focus?.actor === actor.id;
  return (
    <div
      className="fl-focus"
      role="group"
      aria-label={t('focus.focus', { name: actor.name[lang] })}
    >
      <span className="fl-muted">{t('focus.focus', { name: actor.name[lang] })}:</span>
      {([1, 2] as const).map((depth) => (
        <button
          key={depth}
          type="button"
          className="fl-chip"
          aria-pressed={on && focus.depth === depth}
          onClick={() => setFocus(actor.id, depth)}
        >
          {t(`focus.depth${depth}`)}
        </button>
      ))}
      {on && (
        <button type="button" className="fl-chip" onClick={clearFocus}>
          {t('focus.leave')}
        </button>
      )}
    </div>
  );
}
