import { useTranslation } from '../i18n/react.tsx';
import { denies, voiceOf } from '../model/evidence.ts';
import { noteText, type Graph } from '../model/graph.ts';
import type { Evidence, Source } from '../model/schema.ts';
import { useAppStore } from '../store/context.tsx';
import { neutralizeBidi } from '../model/text.ts';
import { Data, DataText } from './DataText.tsx';
import { formatPartialDate, formatWhen } from '../i18n/dates.ts';

const RTL_SCRIPTS = /^(ar|arc|dv|fa|he|ku|ps|sd|ug|ur|yi)(-|$)/;
export const directionOf = (languageTag: string) => (RTL_SCRIPTS.test(languageTag) ? 'rtl' : 'ltr');

/** Quotes verbatim in their own language and direction; a translation when the reader needs one. */
export function EvidenceList({ evidence, graph }: { evidence: readonly Evidence[]; graph: Graph }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  // One credit line when every quote comes from the same source; otherwise one per quote.
  const sourceIds = new Set(evidence.map((e) => e.source));
  const sharedSource =
    sourceIds.size === 1 ? graph.sourceById.get(evidence[0]?.source ?? '') : undefined;
  return (
    <>
      <ul className="fl-quotes">
        {evidence.map((e, i) => {
          const source = graph.sourceById.get(e.source);
          const translation =
            source && source.language !== lang ? e.translation?.[lang] : undefined;
          const note = noteText(e.note, lang);
          return (
            <li key={i} className="fl-quote-item" data-stance={e.stance ?? 'asserts'}>
              <Attribution evidence={e} graph={graph} />
              <blockquote
                className="fl-quote"
                lang={source?.language}
                dir={source ? directionOf(source.language) : 'auto'}
                data-testid="quote"
              >
                {neutralizeBidi(e.quote)}
              </blockquote>
              {translation && (
                <p className="fl-translation" data-testid="translation">
                  <span className="fl-label">{t('evidence.translation')}: </span>
                  <Data value={translation} />
                </p>
              )}
              {note && (
                <p className="fl-note" data-testid="editor-note">
                  <span className="fl-label">{t('evidence.note')}: </span>
                  <Data value={note} />
                </p>
              )}
              {source && !sharedSource && <SourceCredit source={source} />}
            </li>
          );
        })}
      </ul>
      {sharedSource && <SourceCredit source={sharedSource} />}
    </>
  );
}

/** Who says it (the article itself, or a party), whether they assert or deny, and when. */
function Attribution({ evidence: e, graph }: { evidence: Evidence; graph: Graph }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const actor = e.speaker !== undefined ? graph.actorById.get(e.speaker)?.name[lang] : undefined;
  const label = e.speakerLabel?.[lang];
  // Each data string (the actor's name, the text's label) in its own isolate: never one text node
  // with our words, so no override in a label can reorder "… says".
  const who =
    actor && label && label !== actor ? (
      <>
        <Data value={actor} /> — <Data value={label} />
      </>
    ) : (
      (label ?? actor)
    );
  return (
    <p className="fl-attribution" data-testid="attribution">
      <span className="fl-speaker" data-voice={voiceOf(e)}>
        {who === undefined ? (
          t('claims.article')
        ) : (
          <DataText k={denies(e) ? 'claims.saidDenies' : 'claims.said'} data={{ speaker: who }} />
        )}
      </span>
      {e.when ? (
        <span
          className="fl-when"
          title={t(`time.${e.when.basis}`, { expression: neutralizeBidi(e.when.expression) })}
        >
          {formatWhen(e.when, lang)}
          {e.when.basis === 'resolved' && <span aria-hidden="true">*</span>}
          <span className="fl-sr-only">
            {' '}
            (<DataText k={`time.${e.when.basis}`} data={{ expression: e.when.expression }} />)
          </span>
        </span>
      ) : (
        <span className="fl-when fl-undated">{t('time.undated')}</span>
      )}
    </p>
  );
}

export function SourceCredit({ source }: { source: Source }) {
  const lang = useAppStore((s) => s.lang);
  const outlet = source.outlet ?? source.title[lang];
  const date = source.published ? formatPartialDate(source.published, lang) : undefined;
  // The outlet is data, the date ours: an override in the outlet must not print the date backwards.
  const text = date ? (
    <DataText k="footer.source" data={{ outlet }} params={{ date }} />
  ) : (
    <DataText k="footer.sourceUndated" data={{ outlet }} />
  );
  return (
    <p className="fl-source">
      {/* The schema only admits http(s) URLs; noopener keeps the opened page from reaching back. */}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {text}
        </a>
      ) : (
        <cite>{text}</cite>
      )}
    </p>
  );
}
