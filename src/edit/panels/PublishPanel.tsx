/**
 * Publish: the graph being edited as a folder ready to upload to any static host, in any
 * subfolder — its page, its embeds in English and Arabic (each shows the graph's picture before
 * any script runs), the no-JavaScript content with every quote, the graph file, the oEmbed files
 * when the author says where the folder will live — as one zip, and the code to paste into an
 * article. Only a valid graph is published; until then the panel says what is missing, as Export
 * does. The pages' writers and the zip load when the author asks, not with the editor.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react.tsx';
import { download } from '../../ui/picture.ts';
import { useViewApi } from '../context.tsx';
import type { PublishOutcome } from '../../model/publishing.ts';
import { usePublisher } from '../publisher.tsx';
import { BlockedBy } from './ExportPanel.tsx';
import { useCheck } from './ProblemsPanel.tsx';

type Done = Extract<PublishOutcome, { ok: true }>;
type State =
  | { step: 'idle' }
  | { step: 'working' }
  /** `made`: the graph file the zip and its code were made from, as JSON. */
  | { step: 'done'; result: Done; made: string }
  | { step: 'failed'; reason: string }
  | { step: 'bad-url'; reason: string };

/** The editor's own site: the folder edit.html is in, where the build put publish/manifest.json. */
const siteRoot = () => new URL('./', window.location.href).toString();

export function PublishPanel() {
  const { t } = useTranslation();
  const view = useViewApi();
  const load = usePublisher();
  const { ok, problems, file } = useCheck();
  const [address, setAddress] = useState('');
  const [state, setState] = useState<State>({ step: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => heading.current?.focus(), []);
  // An edit (or an undo) after the zip was made: its code would paste the earlier graph. Compared
  // as JSON, not by identity, so that a new document object with the same content stays current.
  const stale = useMemo(
    () => state.step === 'done' && JSON.stringify(file) !== state.made,
    [state, file],
  );

  const publish = async () => {
    if (!load) return;
    setState({ step: 'working' });
    try {
      const publisher = await load();
      const url = publisher.parsePublicUrl(address);
      if (!url.ok) return setState({ step: 'bad-url', reason: url.reason });
      const result = await publisher.publishZip({
        graph: file,
        publicUrl: url.url,
        siteRoot: siteRoot(),
      });
      // Checked above by the same validator; a graph that changed meanwhile is caught here.
      if (!result.ok)
        return setState({ step: 'failed', reason: result.problems[0]?.message ?? '' });
      download(new Blob([result.zip as BlobPart], { type: 'application/zip' }), result.fileName);
      setState({ step: 'done', result, made: JSON.stringify(file) });
    } catch (error) {
      setState({ step: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="fl-ed-form" aria-labelledby={`${id}-h`} data-testid="publish-panel">
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('editor.publish.heading')}
      </h3>
      <p>{t('editor.publish.intro')}</p>
      {!ok && <BlockedBy problems={problems} testId="publish-blocked" />}
      {!load && <p role="alert">{t('editor.publish.unavailable')}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void publish();
        }}
      >
        <div className="fl-ed-field fl-ed-field-wide">
          <label htmlFor={`${id}-url`}>{t('editor.publish.address')}</label>
          <input
            id={`${id}-url`}
            type="url"
            dir="ltr"
            inputMode="url"
            autoComplete="url"
            placeholder="https://www.example.com/graphics/2026/my-graph/"
            aria-describedby={`${id}-url-hint`}
            aria-invalid={state.step === 'bad-url' || undefined}
            value={address}
            data-testid="publish-address"
            onChange={(e) => setAddress(e.target.value)}
          />
          <p id={`${id}-url-hint`} className="fl-muted">
            {t('editor.publish.addressHint')}
          </p>
          {state.step === 'bad-url' && (
            <p role="alert" className="fl-ed-error" data-testid="publish-bad-address">
              {t('editor.publish.badAddress')}
            </p>
          )}
        </div>
        <div className="fl-ed-row fl-ed-form-actions">
          <button
            type="submit"
            className="fl-button fl-ed-primary"
            disabled={!ok || !load || state.step === 'working'}
            data-testid="publish-zip"
          >
            {t('editor.publish.make')}
          </button>
          <button type="button" className="fl-button" onClick={() => view.getState().close()}>
            {t('editor.form.cancel')}
          </button>
        </div>
      </form>
      <p role="status" data-testid="publish-status">
        {state.step === 'working' && t('editor.publish.working')}
        {state.step === 'done' && stale && t('editor.publish.stale')}
        {state.step === 'done' &&
          !stale &&
          t('editor.publish.done', {
            file: state.result.fileName,
            count: state.result.files,
            folder: state.result.folder,
          })}
      </p>
      {state.step === 'failed' && (
        <p role="alert" className="fl-ed-error" data-testid="publish-failed">
          {t('editor.publish.failed', { reason: state.reason })}
        </p>
      )}
      {state.step === 'done' && !stale && <EmbedCodes result={state.result} />}
    </section>
  );
}

function EmbedCodes({ result }: { result: Done }) {
  const { t } = useTranslation();
  const { snippets } = result;
  return (
    <div data-testid="publish-codes">
      <h4>{t('editor.publish.codeHeading')}</h4>
      <p className="fl-muted">
        {snippets.url
          ? t('editor.publish.codeIntro')
          : t('editor.publish.codePlaceholder', { placeholder: 'https://YOUR-SITE/PATH/' })}
      </p>
      {(['en', 'ar'] as const).map((lang) => (
        <Snippet key={lang} lang={lang} code={snippets[lang]} />
      ))}
      {snippets.url && (
        <p>
          {t('editor.publish.oembed')}{' '}
          <code dir="ltr" data-testid="publish-page-url">
            {snippets.url}
          </code>
        </p>
      )}
    </div>
  );
}

function Snippet({ lang, code }: { lang: 'en' | 'ar'; code: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const id = useId();
  return (
    <div className="fl-code" data-testid={`publish-code-${lang}`}>
      <label htmlFor={id}>{t(`editor.publish.code.${lang}`)}</label>
      <textarea
        id={id}
        readOnly
        value={code}
        rows={8}
        dir="ltr"
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="fl-ed-row">
        <button
          type="button"
          className="fl-button"
          data-testid={`publish-copy-${lang}`}
          onClick={() =>
            void navigator.clipboard.writeText(code).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('editor.publish.copy')}
        </button>{' '}
        <span role="status">
          {copied === true && t('share.codeCopied')}
          {copied === false && t('editor.publish.copyFailed')}
        </span>
      </div>
    </div>
  );
}
