/** The drafts kept in this browser: reopen one; a damaged one is listed, kept and downloadable. */
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { intlLocale } from '../i18n/i18n.ts';
import { useView } from './context.tsx';
import type { DraftListing, DraftStorage, StorageProblem } from './storage/index.ts';

export function DraftsList({
  storage,
  problem,
  onOpen,
}: {
  storage: DraftStorage | null;
  problem?: StorageProblem;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useView((s) => s.lang);
  const [drafts, setDrafts] = useState<readonly DraftListing[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (!storage) return;
    let live = true;
    void storage.list().then((r) => {
      if (!live) return;
      if (r.ok) setDrafts(r.drafts);
      else setFailed(t(`editor.save.problem.${r.problem.code}`));
    });
    return () => {
      live = false;
    };
  }, [storage, t]);
  const when = (ms: number) =>
    new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(
      ms,
    );
  const downloadRaw = async (id: string) => {
    const text = await storage?.raw(id);
    if (text === undefined) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${id}.damaged.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section className="fl-ed-card" aria-labelledby="fl-ed-drafts-h" data-testid="drafts">
      <h2 id="fl-ed-drafts-h">{t('editor.start.drafts')}</h2>
      {!storage && (
        <p className="fl-ed-message" role="alert">
          {t(`editor.save.problem.${problem?.code ?? 'unavailable'}`)}
        </p>
      )}
      {failed && <p className="fl-ed-message">{failed}</p>}
      {drafts?.length === 0 && <p className="fl-muted">{t('editor.start.noDrafts')}</p>}
      <ul className="fl-ed-list">
        {drafts?.map((d) =>
          d.damaged ? (
            <li key={d.id} data-testid="damaged-draft">
              <p className="fl-ed-error">{t('editor.start.damaged')}</p>
              <button type="button" className="fl-button" onClick={() => void downloadRaw(d.id)}>
                {t('editor.start.download')}
              </button>
            </li>
          ) : (
            <li key={d.id} data-testid="draft">
              <button type="button" className="fl-ed-link" onClick={() => onOpen(d.id)}>
                <bdi>{d.title[lang] || d.title.en || d.title.ar || d.id}</bdi>
              </button>{' '}
              <span className="fl-muted">
                {t('editor.start.updated', { when: when(d.updated) })} ·{' '}
                {t('editor.relation.heading', { count: d.counts.relations })}
              </span>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
