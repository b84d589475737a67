/** Share / Embed: the iframe and listener for the current view, a live preview, a copy button. */
import { useRef, useState } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { useAppStore } from '../store/context.tsx';
import { embedCode, embedUrl, isEmbeddable, newEmbedId } from './embed-code.ts';

export function ShareButton() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const [session, setSession] = useState<{ id: string; url: string } | null>(null);
  const open = () => {
    // A fresh id per opening, and the view as it is now (URL kept in step by url-sync).
    setSession({ id: newEmbedId(), url: window.location.href });
    ref.current?.showModal();
  };
  return (
    <>
      <button type="button" className="fl-button" onClick={open} data-testid="open-share">
        {t('share.embed')}
      </button>
      <dialog
        ref={ref}
        className="fl-dialog fl-share"
        aria-labelledby="fl-share-heading"
        onClose={() => setSession(null)}
      >
        {session && <ShareContent id={session.id} pageUrl={session.url} />}
        <form method="dialog">
          <button type="submit" className="fl-button">
            {t('problem.close')}
          </button>
        </form>
      </dialog>
    </>
  );
}

function ShareContent({ id, pageUrl }: { id: string; pageUrl: string }) {
  const { t } = useTranslation();
  const graph = useAppStore((s) => s.graph);
  const lang = useAppStore((s) => s.lang);
  const [copied, setCopied] = useState(false);
  if (!isEmbeddable(graph))
    return (
      <>
        <h2 id="fl-share-heading">{t('share.heading')}</h2>
        <p data-testid="not-embeddable">{t('share.notEmbeddable')}</p>
      </>
    );
  const src = embedUrl(pageUrl, id);
  const code = embedCode(src, id, graph.file.title[lang]);
  return (
    <>
      <h2 id="fl-share-heading">{t('share.heading')}</h2>
      <p>{t('share.intro')}</p>
      <label className="fl-code">
        <span>{t('share.code')}</span>
        <textarea
          readOnly
          value={code}
          rows={12}
          dir="ltr"
          spellCheck={false}
          data-testid="embed-code"
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <button
        type="button"
        className="fl-button"
        onClick={() =>
          void navigator.clipboard.writeText(code).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {t('share.copyCode')}
      </button>{' '}
      <span role="status">{copied ? t('share.codeCopied') : ''}</span>
      <h3>{t('share.preview')}</h3>
      <iframe
        className="fl-preview"
        src={src}
        title={graph.file.title[lang]}
        data-testid="embed-preview"
      />
    </>
  );
}
