import { useTranslation } from '../i18n/react.tsx';
import { LANGUAGES, type Language } from '../model/vocabulary.ts';
import { useAppStore } from '../store/context.tsx';

/** The reader's switch: the app's language, from its store. */
export function LanguageSwitch() {
  const lang = useAppStore((s) => s.lang);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return <LanguageButtons lang={lang} onSelect={setLanguage} />;
}

/** One button per interface language, the current one pressed (the reader's and the editor's). */
export function LanguageButtons({
  lang,
  onSelect,
}: {
  lang: Language;
  onSelect: (lang: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="fl-lang" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((l) => (
        <button
          key={l.code}
          type="button"
          lang={l.code}
          dir={l.rtl ? 'rtl' : 'ltr'}
          aria-pressed={lang === l.code}
          onClick={() => onSelect(l.code)}
        >
          {l.name}
        </button>
      ))}
    </div>
  );
}
