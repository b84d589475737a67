/**
 * Scoring the drafting assistant against the annotated fixtures in data/fixtures/draft/ (used by
 * npm run bench:draft and src/draft/metrics.test.ts). Each fixture names, per sentence (by a
 * snippet of it), the actors a careful reader finds and the actor pairs a relation stands on.
 * Pairs are unordered and kind-blind here: the question is whether the right two actors are
 * proposed from the right sentence; kinds and directions are reviewed by a person anyway.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { draft } from '../../src/draft/index.ts';
import type { Draft, DraftLang } from '../../src/draft/types.ts';
import type { GraphFile } from '../../src/model/schema.ts';
import { locateQuote } from '../../src/model/text.ts';
import { loadGraphFile } from './graph-file.ts';

export const FIXTURE_DIR = 'data/fixtures/draft';

interface GoldSentence {
  sentence: string;
  actors: string[];
  pairs?: [string, string][];
}

export interface Fixture {
  name: string;
  lang: DraftLang;
  text: string;
  published?: string;
  graph?: GraphFile;
  gold: GoldSentence[];
  pairsFromGraph: boolean;
}

export async function loadFixtures(dir = FIXTURE_DIR): Promise<Fixture[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const out: Fixture[] = [];
  for (const f of files) {
    const path = join(dir, f);
    const raw = JSON.parse(await readFile(path, 'utf8')) as {
      lang: DraftLang;
      text?: string;
      published?: string;
      graph?: string;
      gold: GoldSentence[];
      pairsFromGraph?: boolean;
    };
    let graph: GraphFile | undefined;
    if (raw.graph) {
      const loaded = await loadGraphFile(resolve(dirname(path), raw.graph));
      if (loaded.problems.length) throw new Error(`${f}: ${loaded.problems[0]!.message}`);
      graph = loaded.value as GraphFile;
    }
    const source = graph?.sources.find((s) => s.language === raw.lang) ?? graph?.sources[0];
    const text = raw.text ?? source?.text;
    if (!text) throw new Error(`${f}: no text`);
    const published = raw.published ?? source?.published;
    out.push({
      name: f.replace(/\.json$/u, ''),
      lang: raw.lang,
      text,
      ...(published ? { published } : {}),
      ...(graph ? { graph } : {}),
      gold: raw.gold,
      pairsFromGraph: raw.pairsFromGraph === true,
    });
  }
  return out;
}

export interface Counts {
  mentionTp: number;
  mentionPred: number;
  mentionGold: number;
  pairTp: number;
  pairPred: number;
  pairGold: number;
  bearingFound: number;
  bearingGold: number;
  errors: string[];
}

const pairKey = (a: string, b: string) => [a, b].sort().join('~');

function sentenceAt(d: Draft, offset: number): number {
  const s = d.sentences.find((x) => offset >= x.start && offset < x.end);
  return s ? s.index : -1;
}

export function score(fx: Fixture, d: Draft = runFixture(fx)): Counts {
  const errors: string[] = [];
  const goldMentions = new Set<string>();
  const goldPairs = new Set<string>();
  const at = (snippet: string) => {
    const i = fx.text.indexOf(snippet);
    if (i < 0 || fx.text.indexOf(snippet, i + 1) >= 0)
      throw new Error(`${fx.name}: snippet ${JSON.stringify(snippet)} must occur exactly once`);
    return sentenceAt(d, i);
  };
  for (const g of fx.gold) {
    const s = at(g.sentence);
    for (const a of g.actors) goldMentions.add(`${s}|${a}`);
    for (const [a, b] of g.pairs ?? []) goldPairs.add(`${s}|${pairKey(a, b)}`);
  }
  if (fx.pairsFromGraph && fx.graph) {
    const sourceIds = new Set(fx.graph.sources.filter((s) => s.text === fx.text).map((s) => s.id));
    for (const r of fx.graph.relations)
      for (const e of r.evidence) {
        if (!sourceIds.has(e.source)) continue;
        const span = locateQuote(fx.text, e.quote);
        if (!span) throw new Error(`${fx.name}: quote not found: ${e.quote.slice(0, 40)}`);
        for (const s of d.sentences)
          if (s.start < span[1] && s.end > span[0])
            goldPairs.add(`${s.index}|${pairKey(r.source, r.target)}`);
      }
  }
  const predMentions = new Set(d.mentions.map((m) => `${m.sentence}|${m.actor}`));
  const predPairs = new Set(
    d.suggestions.map((s) => `${s.sentence}|${pairKey(s.source, s.target)}`),
  );
  const goldBearing = new Set([...goldPairs].map((k) => k.split('|')[0]));
  const predBearing = new Set(d.suggestions.map((s) => String(s.sentence)));
  const show = (k: string) => {
    const [s, what] = k.split('|') as [string, string];
    return `[${s}] ${what}  «${d.sentences[Number(s)]?.text.slice(0, 50) ?? '?'}»`;
  };
  for (const k of goldMentions) if (!predMentions.has(k)) errors.push(`missed actor ${show(k)}`);
  for (const k of predMentions) if (!goldMentions.has(k)) errors.push(`extra actor ${show(k)}`);
  for (const k of goldPairs) if (!predPairs.has(k)) errors.push(`missed pair ${show(k)}`);
  for (const k of predPairs) if (!goldPairs.has(k)) errors.push(`extra pair ${show(k)}`);
  return {
    mentionTp: [...predMentions].filter((k) => goldMentions.has(k)).length,
    mentionPred: predMentions.size,
    mentionGold: goldMentions.size,
    pairTp: [...predPairs].filter((k) => goldPairs.has(k)).length,
    pairPred: predPairs.size,
    pairGold: goldPairs.size,
    bearingFound: [...goldBearing].filter((s) => predBearing.has(s!)).length,
    bearingGold: goldBearing.size,
    errors,
  };
}

export function runFixture(fx: Fixture): Draft {
  return draft(fx.text, {
    lang: fx.lang,
    ...(fx.graph ? { graph: fx.graph } : {}),
    ...(fx.published ? { published: fx.published } : {}),
  });
}

export function add(a: Counts, b: Counts): Counts {
  return {
    mentionTp: a.mentionTp + b.mentionTp,
    mentionPred: a.mentionPred + b.mentionPred,
    mentionGold: a.mentionGold + b.mentionGold,
    pairTp: a.pairTp + b.pairTp,
    pairPred: a.pairPred + b.pairPred,
    pairGold: a.pairGold + b.pairGold,
    bearingFound: a.bearingFound + b.bearingFound,
    bearingGold: a.bearingGold + b.bearingGold,
    errors: [...a.errors, ...b.errors],
  };
}

export const EMPTY: Counts = {
  mentionTp: 0,
  mentionPred: 0,
  mentionGold: 0,
  pairTp: 0,
  pairPred: 0,
  pairGold: 0,
  bearingFound: 0,
  bearingGold: 0,
  errors: [],
};

export interface Metrics {
  actorPrecision: number;
  actorRecall: number;
  bearingRecall: number;
  pairPrecision: number;
  pairRecall: number;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function metrics(c: Counts): Metrics {
  return {
    actorPrecision: ratio(c.mentionTp, c.mentionPred),
    actorRecall: ratio(c.mentionTp, c.mentionGold),
    bearingRecall: ratio(c.bearingFound, c.bearingGold),
    pairPrecision: ratio(c.pairTp, c.pairPred),
    pairRecall: ratio(c.pairTp, c.pairGold),
  };
}
