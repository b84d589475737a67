/**
 * A short name read as the longer-named group the article has already named: after «تنظيم داعش
 * ولاية خراسان» (ISIS-K), a bare «داعش» is most often the branch, not the parent — the
 * coreference rule that a later mention contained in an earlier, longer name is that name.
 * Only armed groups, whose branches carry the parent's name; states never ("Sudan" after "South
 * Sudan" is Sudan). The reading is marked as a guess.
 */
import type { Entry } from './gazetteer.ts';
import type { Found } from './match.ts';
import { tokenize, wordKey, type Token } from './normalize.ts';

const keysCache = new WeakMap<Entry, string[]>();

/** Every name of an entry as a space-padded string of word keys (" داعش ولايه خراسان "). */
function nameKeys(e: Entry): string[] {
  let k = keysCache.get(e);
  if (!k) {
    const names = [e.name.en, e.name.ar, ...e.aliases.en, ...e.aliases.ar];
    k = names.map(
      (n) =>
        ` ${tokenize(n)
          .map((t) => wordKey(t.norm))
          .join(' ')} `,
    );
    keysCache.set(e, k);
  }
  return k;
}

export class ShortForms {
  /** Armed groups named so far, the latest last. */
  private groups: Entry[] = [];

  /** The earlier-named group whose longer name contains this mention's words, if any. */
  resolve(f: Found, tokens: Token[], before: Entry[]): Entry | undefined {
    const e = f.entry;
    if (!e || e.kind !== 'armed-group' || f.via !== 'name') return undefined;
    const words = tokens.slice(f.from, f.to).map((t, k) => {
      const norm = k === 0 ? t.norm.slice(f.prefix.length) : t.norm;
      return wordKey(norm);
    });
    const key = ` ${words.join(' ')} `;
    const seen = [...this.groups, ...before.filter((b) => b.kind === 'armed-group')];
    for (let i = seen.length - 1; i >= 0; i--) {
      const g = seen[i]!;
      // Even after the parent's full name: the short form stays the branch's, as in news
      // copy that writes «تنظيم الدولة الإسلامية» for the parent and «داعش» for its branch.
      if (g === e) continue;
      if (nameKeys(g).some((n) => n !== key && n.includes(key))) return g;
    }
    return undefined;
  }

  remember(entries: Entry[]): void {
    for (const e of entries)
      if (e.kind === 'armed-group') {
        this.groups = this.groups.filter((g) => g !== e);
        this.groups.push(e);
      }
  }
}
