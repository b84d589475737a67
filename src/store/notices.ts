/** Notices for the reader: what a link, a file or the graph could not give, said without blocking. */
import type { Problem } from '../model/validate.ts';

/** The notices there are: each an i18n key (locales `notice.*`), so a misspelt one is a type error. */
export type NoticeKey =
  | 'notice.badParam'
  | 'notice.badParams'
  | 'notice.twoSelections'
  | 'notice.unverifiedHost'
  | 'notice.graphFailed'
  | 'notice.graphFailedList'
  | 'notice.unreviewed'
  | 'file.loaded';

/** A notice for the reader; `key` is an i18n key, `params` its interpolation values. */
export interface Notice {
  readonly key: NoticeKey;
  /** Values for the message; a number `count` picks the plural form. */
  readonly params?: Readonly<Record<string, string | number>>;
  /** A file's problems, listed under the notice in the interface language. */
  readonly problems?: readonly Problem[];
}

/** Notices added to those shown, each once: the same notice twice says nothing new. */
export function mergeNotices(shownNotices: readonly Notice[], added: readonly Notice[]): Notice[] {
  const out = [...shownNotices];
  const keyOf = (n: Notice) => JSON.stringify([n.key, n.params ?? {}, n.problems?.length ?? 0]);
  const seen = new Set(out.map(keyOf));
  for (const n of added) {
    const key = keyOf(n);
    if (!seen.has(key)) out.push(n);
    seen.add(key);
  }
  return out;
}
