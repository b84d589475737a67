/**
 * A draft as a graph file in the current format, for the CLI: the actors it mentions (a given
 * graph's actors keep their ids), one relation per (source, target, kind) with every sentence
 * that suggested it as evidence, and the article as the source. Every relation carries
 * `suggestion` — it is unreviewed until a person accepts it (docs: data/draft/README.md).
 */
import { FORMAT, LIMITS, type GraphFile } from '../model/schema.ts';
import { RELATION_KIND_IDS } from '../model/vocabulary.ts';
import type { Draft, DraftLang, Suggestion } from './types.ts';

export interface ToGraphOptions {
  text: string;
  lang: DraftLang;
  sourceId?: string;
  title?: string;
  published?: string;
  graph?: GraphFile;
}

export const SUGGESTED_BY = 'faultlines-draft/1';

const KIND_NAMES: Record<(typeof RELATION_KIND_IDS)[number], { en: string; ar: string }> = {
  alliance: { en: 'alliance', ar: 'تحالف' },
  membership: { en: 'membership', ar: 'عضوية' },
  leadership: { en: 'leadership', ar: 'قيادة' },
  cooperation: { en: 'cooperation', ar: 'تعاون' },
  strain: { en: 'strain', ar: 'توتر' },
  criticism: { en: 'criticism', ar: 'انتقاد' },
  accusation: { en: 'accusation', ar: 'اتهام' },
  denial: { en: 'denial', ar: 'نفي' },
  suspension: { en: 'suspension', ar: 'تعليق' },
  recruitment: { en: 'recruitment', ar: 'تجنيد' },
  attack: { en: 'attack', ar: 'هجوم' },
  war: { en: 'war', ar: 'حرب' },
};

/** A quote within the format's length limit: the sentence, or the stretch around its triggers. */
function quoteOf(s: Suggestion, text: string): { start: number; end: number } {
  if (s.quote.end - s.quote.start <= LIMITS.quoteLength) return s.quote;
  const lo = Math.min(...s.triggers.map((t) => t.start));
  let start = Math.max(s.quote.start, lo - 200);
  let end = Math.min(s.quote.end, start + LIMITS.quoteLength);
  while (start > s.quote.start && /\S/u.test(text[start - 1]!)) start++;
  while (end < s.quote.end && end > start + 1 && /\S/u.test(text[end]!)) end--;
  return { start, end };
}

export function toGraphFile(d: Draft, options: ToGraphOptions): GraphFile {
  const sourceId = options.sourceId ?? 'article';
  const title = options.title?.trim() || (options.lang === 'ar' ? 'مقال' : 'Article');
  const known = new Map((options.graph?.actors ?? []).map((a) => [a.id, a]));
  const actors = d.actors.map((a) => {
    const existing = known.get(a.id);
    if (existing) return existing;
    return {
      id: a.id,
      kind: a.kind,
      name: a.name,
      ...(a.aliases ? { aliases: a.aliases } : {}),
      ...(a.wikidata ? { wikidata: a.wikidata } : {}),
    };
  });
  const nameOf = (id: string, lang: DraftLang) =>
    d.actors.find((a) => a.id === id)?.name[lang] ?? id;
  const relations = new Map<string, GraphFile['relations'][number] & { suggestion: unknown }>();
  for (const s of d.suggestions) {
    if (s.source === s.target) continue;
    const id = `${s.source}-${s.target}-${s.kind}`;
    const at = quoteOf(s, options.text);
    const evidence = {
      source: sourceId,
      quote: options.text.slice(at.start, at.end),
      at,
      ...(s.stance === 'denies' ? { stance: 'denies' as const } : {}),
      ...(s.speaker ? { speaker: s.speaker } : {}),
      ...(s.speakerLabel ? { note: { [options.lang]: s.speakerLabel } } : {}),
      ...(s.when ? { when: s.when } : {}),
    };
    const prev = relations.get(id);
    if (prev) {
      if (!prev.evidence.some((e) => e.quote === evidence.quote)) prev.evidence.push(evidence);
      continue;
    }
    const k = KIND_NAMES[s.kind];
    relations.set(id, {
      id,
      source: s.source,
      target: s.target,
      kind: s.kind,
      directed: s.directed,
      tension: s.tension,
      summary: {
        en: `Suggested ${k.en}: ${nameOf(s.source, 'en')} – ${nameOf(s.target, 'en')}`,
        ar: `${k.ar} مقترح: ${nameOf(s.source, 'ar')} – ${nameOf(s.target, 'ar')}`,
      },
      evidence: [evidence],
      suggestion: {
        by: SUGGESTED_BY,
        confidence: s.confidence,
        triggers: s.triggers.map((t) => ({
          text: t.text,
          start: t.start,
          end: t.end,
          role: t.role,
        })),
      },
    });
  }
  return {
    format: FORMAT,
    id: `draft-${sourceId}`,
    title: { en: title, ar: title },
    sources: [
      {
        id: sourceId,
        language: options.lang,
        title: { en: title, ar: title },
        ...(options.published ? { published: options.published } : {}),
        text: options.text,
      },
    ],
    actors,
    relations: [...relations.values()],
  } as GraphFile;
}
