/**
 * A file's problems in the interface language: the first ones by path, then how many more — a
 * file with a thousand problems must neither flood the page nor hide that there are more.
 */
import { useTranslation } from '../i18n/react.tsx';
import { problemText } from '../i18n/problems.ts';
import type { Problem } from '../model/validate.ts';

export function ProblemList({ problems, max }: { problems: readonly Problem[]; max: number }) {
  const { t } = useTranslation();
  const more = problems.length - Math.min(problems.length, max);
  return (
    <>
      <ol className="fl-problems" data-testid="problem-list">
        {problems.slice(0, max).map((p, i) => (
          <li key={i}>
            {p.path && <code dir="ltr">{p.path}</code>} <bdi>{problemText(p, t)}</bdi>
          </li>
        ))}
      </ol>
      {more > 0 && (
        <p className="fl-muted" data-testid="problems-more">
          {t('problem.more', { count: more })}
        </p>
      )}
    </>
  );
}
