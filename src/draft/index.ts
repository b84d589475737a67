/**
 * The drafting assistant: from an article's text to ranked, explained suggestions. Pure (no DOM,
 * no network, nothing downloaded); the same code serves the editor and `npm run draft`.
 * Nothing it returns is a fact: every suggestion carries the words that triggered it.
 */
import { findDates } from './dates.ts';
import { Accusations } from './discourse.ts';
import { gazetteer, proposed, type Entry } from './gazetteer.ts';
import { findCues } from './lexicon.ts';
import { placeMentions, Salience } from './mentions.ts';
import { tokenize } from './normalize.ts';
import { splitSentences } from './sentences.ts';
import { suggestForSentence, type SentenceMention } from './suggest.ts';
import type { Draft, DraftOptions, Mention, ProposedActor, Suggestion } from './types.ts';

export type * from './types.ts';
export { splitSentences } from './sentences.ts';
export { toGraphFile } from './to-graph.ts';

function describe(e: Entry, via: Mention['via'], text: string, lang: 'ar' | 'en'): string {
  const name = e.name[lang];
  switch (via) {
    case 'demonym':
      return `${lang === 'ar' ? 'nisba' : 'demonym'} "${text}" → ${name}`;
    case 'capital':
      return `capital "${text}" stands for ${name}`;
    case 'short-form':
      return `"${text}" after ${name} was named: read as ${name} (a guess)`;
    case 'back-reference':
      return `"${text}" points back to the last one named: ${name} (a guess)`;
    default:
      return text === name ? `names ${name}` : `"${text}" names ${name}`;
  }
}

export function draft(text: string, options: DraftOptions): Draft {
  const { lang } = options;
  const gaz = gazetteer(options.graph);
  const sentences = splitSentences(text, lang);
  const mentions: Mention[] = [];
  const used = new Map<string, Entry>();
  const suggestions: Suggestion[] = [];
  const names = (id: string) => used.get(id)?.name[lang] ?? id;

  const salience = new Salience();
  const accusations = new Accusations();
  for (const s of sentences) {
    const tokens = tokenize(s.text, s.start);
    const placed: SentenceMention[] = [];
    for (const p of placeMentions(text, tokens, gaz, salience)) {
      const { found: f, entry, guess, via } = p;
      const mtext = text.slice(f.start, f.end);
      used.set(entry.id, entry);
      mentions.push({
        start: f.start,
        end: f.end,
        text: mtext,
        sentence: s.index,
        actor: entry.id,
        ...(guess ? { guess: true } : {}),
        via,
      });
      if (!p.attribute)
        placed.push({
          from: f.from,
          to: f.to,
          start: f.start,
          end: f.end,
          actor: entry.id,
          kind: entry.kind,
          guess,
          ...(via === 'back-reference' ? { echo: true } : {}),
          why: describe(entry, via, mtext, lang),
          coordinated: p.coordinated,
          oblique: f.oblique,
          locative: f.locative && entry.kind === 'state',
        });
    }
    const actors = new Set(placed.map((m) => m.actor)).size;
    if (actors === 0) continue;
    const cues = findCues(tokens, lang);
    if (actors === 1) {
      const answer = accusations.answer(s, placed, cues, names);
      if (answer) suggestions.push(answer);
      continue;
    }
    const dates = findDates(s.text, options.published, s.start);
    const found = suggestForSentence({
      sentence: s,
      tokens,
      mentions: placed,
      cues,
      dates,
      lang,
      names,
    });
    accusations.record(found);
    suggestions.push(...found);
  }

  // One suggestion per sentence, pair and kind: the most confident.
  const byId = new Map<string, Suggestion>();
  for (const sg of suggestions) {
    const prev = byId.get(sg.id);
    if (!prev || sg.confidence > prev.confidence) byId.set(sg.id, sg);
  }
  const ranked = [...byId.values()].sort(
    (a, b) => b.confidence - a.confidence || a.sentence - b.sentence,
  );
  const actors: ProposedActor[] = [...used.values()].map(proposed);
  return { sentences, mentions, actors, suggestions: ranked };
}
