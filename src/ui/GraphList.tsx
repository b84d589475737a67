/**
 * The graphs this site was built with, each a link to its own page (its own address, its own
 * embed and oEmbed): shown only when there is more than one. The reader's language goes along.
 */
import { useTranslation } from '../i18n/react.tsx';
import { useAppStore } from '../store/context.tsx';

export interface GraphListItem {
  id: string;
  title: { en: string; ar: string };
  href: string;
}

export function GraphList({ graphs }: { graphs: readonly GraphListItem[] }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const current = useAppStore((s) => s.graph.file.id);
  if (graphs.length < 2) return null;
  return (
    <nav className="fl-graph-list" aria-label={t('graphs.label')} data-testid="graph-list">
      <span className="fl-muted">{t('graphs.label')}:</span>
      <ul>
        {graphs.map((g) => (
          <li key={g.id}>
            <a
              href={`${g.href}?lang=${lang}`}
              aria-current={g.id === current ? 'page' : undefined}
              lang={lang}
            >
              {g.title[lang]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
