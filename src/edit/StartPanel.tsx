/**
 * The start: an article (pasted, or a .txt/.html file) with its language, title, outlet, date and
 * address — or a graph file to extend. Also used to add a further source to an open draft. What
 * cannot be an article (a PDF, a word processor's file, a 10 MB paste) is refused with the reason,
 * and what was typed stays.
 */
import { useId, useState, type FormEvent } from 'react';
import { FilePickButton } from '../ui/FilePickButton.tsx';
import { keyed } from '../i18n/keys.ts';
import { useTranslation } from '../i18n/react.tsx';
import type { Language } from '../model/vocabulary.ts';
import {
  readArticleBytes,
  readArticleText,
  MAX_FILE_BYTES,
  type ArticleRead,
} from './import/article-file.ts';

export interface ArticleInput {
  text: string;
  language: Language;
  title: string;
  outlet?: string;
  published?: string;
  url?: string;
}

/** Arabic letters in the first thousand characters: the article is probably in Arabic. */
const guessLanguage = (text: string): Language =>
  (text.slice(0, 1000).match(/[\u0600-\u06ff]/g)?.length ?? 0) > 20 ? 'ar' : 'en';

export function ArticleForm({
  onSubmit,
  submitLabel,
}: {
  onSubmit: (article: ArticleInput) => void;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [language, setLanguage] = useState<Language | null>(null);
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [published, setPublished] = useState('');
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const lang = language ?? guessLanguage(text);

  const refusal = (read: Extract<ArticleRead, { ok: false }>) =>
    keyed(t)(`editor.import.${read.reason}`, read.params ?? {});

  const openFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES)
      return setMessage(t('editor.import.tooBig', { max: MAX_FILE_BYTES / 1024 / 1024 }));
    const read = readArticleBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!read.ok) return setMessage(`${file.name}: ${refusal(read)}`);
    setText(read.text);
    if (read.title && !title) setTitle(read.title);
    setMessage(read.fromHtml ? t('editor.import.reducedHtml', { file: file.name }) : null);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = readArticleText(text);
    if (!read.ok) return setMessage(refusal(read));
    if (read.fromHtml) setText(read.text);
    if (url && !/^https?:\/\//i.test(url)) return setMessage(t('editor.import.badUrl'));
    onSubmit({
      text: read.text,
      language: lang,
      title: title.trim() || read.text.slice(0, 80).split('\n')[0]!.trim(),
      ...(outlet.trim() ? { outlet: outlet.trim() } : {}),
      ...(published ? { published } : {}),
      ...(url.trim() ? { url: url.trim() } : {}),
    });
  };

  return (
    <form className="fl-ed-article-form" onSubmit={submit} data-testid="article-form">
      <div className="fl-ed-field fl-ed-field-wide">
        <label htmlFor={`${id}-text`}>{t('editor.import.text')}</label>
        <textarea
          id={`${id}-text`}
          dir="auto"
          rows={10}
          value={text}
          data-testid="article-text"
          onChange={(e) => setText(e.target.value)}
          onPaste={(e) => {
            // A paste too long for a source is refused before the field tries to show it.
            const pasted = e.clipboardData.getData('text/plain');
            const html = e.clipboardData.getData('text/html');
            if (pasted.length + text.length > 2_000_000) {
              e.preventDefault();
              const read = readArticleText(pasted + text);
              if (!read.ok) setMessage(refusal(read));
            } else if (!pasted && html) {
              e.preventDefault();
              const read = readArticleText(html, true);
              if (read.ok) setText(read.text);
              else setMessage(refusal(read));
            }
          }}
        />
        <div className="fl-ed-row">
          <FilePickButton
            label={t('editor.import.openFile')}
            accept=".txt,.html,.htm,text/plain,text/html"
            testId="article-file"
            onFile={(file) => void openFile(file)}
          />
          <span className="fl-muted">{t('editor.import.count', { count: text.length })}</span>
        </div>
      </div>
      <div className="fl-ed-field">
        <label htmlFor={`${id}-lang`}>{t('editor.import.language')}</label>
        <select
          id={`${id}-lang`}
          value={lang}
          onChange={(e) => setLanguage(e.target.value as Language)}
          data-testid="article-language"
        >
          <option value="ar">العربية (ar)</option>
          <option value="en">English (en)</option>
        </select>
      </div>
      <div className="fl-ed-field">
        <label htmlFor={`${id}-title`}>{t('editor.import.title')}</label>
        <input
          id={`${id}-title`}
          dir="auto"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          data-testid="article-title"
        />
      </div>
      <div className="fl-ed-field">
        <label htmlFor={`${id}-outlet`}>{t('editor.import.outlet')}</label>
        <input
          id={`${id}-outlet`}
          dir="auto"
          value={outlet}
          onChange={(e) => setOutlet(e.target.value)}
        />
      </div>
      <div className="fl-ed-field">
        <label htmlFor={`${id}-date`}>{t('editor.import.published')}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={published}
          onChange={(e) => setPublished(e.target.value)}
        />
      </div>
      <div className="fl-ed-field">
        <label htmlFor={`${id}-url`}>{t('editor.import.url')}</label>
        <input
          id={`${id}-url`}
          type="url"
          dir="ltr"
          inputMode="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
      </div>
      {message && (
        <p className="fl-ed-message" role="alert" data-testid="article-message">
          {message}
        </p>
      )}
      <div className="fl-ed-row">
        <button type="submit" className="fl-button fl-ed-primary" data-testid="article-submit">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
