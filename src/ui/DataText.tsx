/**
 * An interface sentence with data in it ("{{speaker}} says", "Source: {{outlet}}, {{date}}").
 * Each value sits in its own <bdi>, never in one text node with our words, and loses its bidi
 * controls: an unterminated U+202E in an outlet must not print the date after it backwards.
 */
import { Fragment, type ReactNode } from 'react';
import { keyed, type TranslationKey } from '../i18n/keys.ts';
import { useTranslation } from '../i18n/react.tsx';
import { neutralizeBidi } from '../model/text.ts';

// Private-use characters mark where each value goes; no translation contains them.
const MARK = '\ue000';

/** The translation of `key` with `data` values isolated; `params` are interface words (counts). */
export function DataText({
  k,
  data,
  params,
}: {
  k: TranslationKey;
  /** Strings are isolated here; elements (already isolated parts) are placed as they are. */
  data: Readonly<Record<string, ReactNode>>;
  params?: Readonly<Record<string, string | number>>;
}) {
  const { t } = useTranslation();
  const names = Object.keys(data);
  const marks = Object.fromEntries(names.map((name, i) => [name, `${MARK}${i}${MARK}`]));
  const parts = keyed(t)(k, { ...params, ...marks }).split(MARK);
  const out: ReactNode[] = parts.map((part, i) => {
    if (i % 2 === 0) return part;
    const name = names[Number(part)];
    const value = name === undefined ? null : data[name];
    if (typeof value === 'string') return <Data key={i} value={value} />;
    return <Fragment key={i}>{value}</Fragment>;
  });
  return (
    <>
      {out.map((node, i) =>
        typeof node === 'string' ? <Fragment key={i}>{node}</Fragment> : node,
      )}
    </>
  );
}

/** One data string on its own: isolated, without bidi controls. */
export function Data({ value, dir }: { value: string; dir?: 'ltr' | 'rtl' | 'auto' }) {
  return <bdi dir={dir}>{neutralizeBidi(value)}</bdi>;
}
