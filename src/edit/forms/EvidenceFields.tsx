/** The fields of one piece of evidence: stance, speaker, date with its words, translations, note. */
import type { Mentioned } from './mentioned.ts';
import { useId } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import type { Actor } from '../../model/schema.ts';
import { LANGUAGE_CODES, type Language } from '../../model/vocabulary.ts';
import { ActorPicker } from './ActorPicker.tsx';
import type { EvidenceProblem, EvidenceValues } from './values.ts';

export function EvidenceFields({
  values,
  onChange,
  actors,
  lang,
  sourceLanguage,
  problems,
  onCreateActor,
  mentioned,
  onAddActor,
}: {
  values: EvidenceValues;
  onChange: (v: EvidenceValues) => void;
  actors: readonly Actor[];
  lang: Language;
  sourceLanguage: string;
  problems: readonly EvidenceProblem[];
  onCreateActor: (name: string, then: (id: string) => void) => void;
  mentioned?: Mentioned;
  onAddActor?: (actor: Actor, then: (id: string) => void) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<EvidenceValues>) => onChange({ ...values, ...patch });
  const error = (p: EvidenceProblem) =>
    problems.includes(p) ? t(`editor.form.problem.${p}`) : undefined;
  const dateError = error('date');
  const untilError = error('until');
  const expressionError = error('expression') ?? error('expressionNotInQuote');
  return (
    <fieldset className="fl-ed-fieldset">
      <legend>{t('editor.form.evidence')}</legend>
      <div className="fl-ed-field" role="radiogroup" aria-labelledby={`${id}-stance`}>
        <span id={`${id}-stance`} className="fl-ed-label">
          {t('editor.form.stance')}
        </span>
        {(['asserts', 'denies'] as const).map((s) => (
          <label key={s} className="fl-ed-choice">
            <input
              type="radio"
              name={`${id}-stance`}
              checked={values.stance === s}
              onChange={() => set({ stance: s })}
            />
            {t(`editor.form.${s}`)}
          </label>
        ))}
      </div>
      <ActorPicker
        label={t('editor.form.speaker')}
        actors={actors}
        value={values.speaker}
        lang={lang}
        optional
        field="evidence.speaker"
        onChange={(speaker) => set({ speaker })}
        onCreate={(name) => onCreateActor(name, (speaker) => set({ speaker }))}
        {...(mentioned && onAddActor
          ? {
              mentioned: mentioned.inSentence,
              named: mentioned.inArticle,
              onAddMentioned: (a: Actor) => onAddActor(a, (speaker) => set({ speaker })),
            }
          : {})}
      />
      {/* Both languages, the interface's first: the reader's page names the speaker in each,
          and the check asks for both once one is given. */}
      {([lang, lang === 'en' ? 'ar' : 'en'] as const).map((l) => (
        <div className="fl-ed-field" key={l}>
          <label htmlFor={`${id}-label-${l}`}>{t(`editor.form.speakerLabel.${l}`)}</label>
          <input
            id={`${id}-label-${l}`}
            dir="auto"
            lang={l}
            data-field={`evidence.speakerLabel.${l}`}
            value={values.speakerLabel[l]}
            onChange={(e) => set({ speakerLabel: { ...values.speakerLabel, [l]: e.target.value } })}
          />
        </div>
      ))}
      <div className="fl-ed-field">
        <label htmlFor={`${id}-date`}>{t('editor.form.date')}</label>
        <input
          id={`${id}-date`}
          dir="ltr"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          data-field="evidence.when.date"
          value={values.date}
          aria-invalid={dateError ? true : undefined}
          aria-describedby={dateError ? `${id}-date-err` : undefined}
          onChange={(e) => set({ date: e.target.value.trim() })}
        />
        {dateError && (
          <p id={`${id}-date-err`} className="fl-ed-error">
            {dateError}
          </p>
        )}
      </div>
      {values.date && (
        <>
          <div className="fl-ed-field">
            <label htmlFor={`${id}-until`}>{t('editor.form.until')}</label>
            <input
              id={`${id}-until`}
              dir="ltr"
              inputMode="numeric"
              placeholder="YYYY-MM-DD"
              data-field="evidence.when.until"
              value={values.until}
              aria-invalid={untilError ? true : undefined}
              onChange={(e) => set({ until: e.target.value.trim() })}
            />
            {untilError && <p className="fl-ed-error">{untilError}</p>}
          </div>
          <div className="fl-ed-field">
            <label htmlFor={`${id}-expr`}>{t('editor.form.expression')}</label>
            <input
              id={`${id}-expr`}
              dir="auto"
              lang={sourceLanguage}
              data-field="evidence.when.expression"
              value={values.expression}
              aria-invalid={expressionError ? true : undefined}
              aria-describedby={expressionError ? `${id}-expr-err` : undefined}
              onChange={(e) => set({ expression: e.target.value })}
            />
            {expressionError && (
              <p id={`${id}-expr-err`} className="fl-ed-error">
                {expressionError}
              </p>
            )}
          </div>
        </>
      )}
      {LANGUAGE_CODES.filter((l) => l !== sourceLanguage).map((l) => (
        <div className="fl-ed-field fl-ed-field-wide" key={l}>
          <label htmlFor={`${id}-tr-${l}`}>{t(`editor.form.translation.${l}`)}</label>
          <textarea
            id={`${id}-tr-${l}`}
            dir="auto"
            lang={l}
            rows={2}
            value={values.translation[l]}
            data-testid={`translation-${l}`}
            data-field={`evidence.translation.${l}`}
            onChange={(e) => set({ translation: { ...values.translation, [l]: e.target.value } })}
          />
        </div>
      ))}
      <div className="fl-ed-field fl-ed-field-wide">
        <label htmlFor={`${id}-note`}>{t('editor.form.note')}</label>
        <textarea
          id={`${id}-note`}
          dir="auto"
          rows={2}
          data-field="evidence.note"
          value={values.note}
          onChange={(e) => set({ note: e.target.value })}
        />
      </div>
    </fieldset>
  );
}
