import { useTranslation } from '../i18n/react.tsx';
import { LANGUAGES } from '../model/vocabulary.ts';
import { useAppStore } from '../store/context.tsx';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <div className="fl-lang" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((l) => (
        <button
          key={l.code}
          type="button"
          lang={l.code}
          dir={l.rtl ? 'rtl' : 'ltr'}
          aria-pressed={lang === l.code}
          onClick={() => setLanguage(l.code)}
        >
          {l.name}
        </button>
      ))}
    </div>
  );
}
