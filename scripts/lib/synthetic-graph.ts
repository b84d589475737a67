/**
 * Seeded synthetic graphs for benchmarks and large-graph tests — clearly not journalism: every
 * actor, relation and "source" says it is synthetic. Valid graph files (faultlines/3): each
 * relation has one quote, an exact sentence of a small synthetic source (sources are many and
 * short, so checking quotes stays cheap). Community structure: actors fall into clusters of
 * about √n, most relations stay inside a cluster. With `positions`, every actor gets one (a
 * cluster layout on a sunflower spiral), so every renderer draws the same coordinates.
 */
import type { GraphFile } from '../../src/model/schema.ts';
import {
  ACTOR_KINDS,
  RELATION_KIND_IDS,
  RELATION_KINDS,
  TENSION_LEVELS,
} from '../../src/model/vocabulary.ts';
import { seededRandom } from '../../src/model/random.ts';

export interface SyntheticOptions {
  actors: number;
  relations: number;
  seed?: number;
  /** Give every actor a position (default true). */
  positions?: boolean;
}

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const arabicNumber = (n: number) => String(n).replace(/\d/g, (d) => ARABIC_DIGITS[Number(d)]!);
/** Most relations per source file: keeps each source short and the quote lookup cheap. */
const PER_SOURCE = 250;

export function syntheticGraph(options: SyntheticOptions): GraphFile {
  const { actors: n, relations: m, seed = 1, positions = true } = options;
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const clusterSize = Math.max(2, Math.round(Math.sqrt(n)));

  const golden = Math.PI * (3 - Math.sqrt(5));
  const actors: GraphFile['actors'] = Array.from({ length: n }, (_, i) => {
    const cluster = Math.floor(i / clusterSize);
    const member = i % clusterSize;
    // Clusters on a sunflower spiral, members on a small one around each cluster's centre.
    const R = 90 * Math.sqrt(clusterSize) * 2.2 * Math.sqrt(cluster);
    const r = 70 * Math.sqrt(member);
    return {
      id: `a${i}`,
      kind: pick(ACTOR_KINDS),
      name: { en: `Actor ${i + 1}`, ar: `الطرف ${arabicNumber(i + 1)}` },
      ...(positions
        ? {
            position: {
              x: Math.round(R * Math.cos(cluster * golden) + r * Math.cos(member * golden)),
              y: Math.round(R * Math.sin(cluster * golden) + r * Math.sin(member * golden)),
            },
          }
        : {}),
    };
  });

  const sentences: string[][] = [];
  const relations: GraphFile['relations'] = [];
  for (let j = 0; j < m; j++) {
    const a = Math.floor(rand() * n);
    const cluster = Math.floor(a / clusterSize);
    const inside = rand() < 0.85;
    const first = inside ? cluster * clusterSize : 0;
    const span = inside ? Math.min(clusterSize, n - first) : n;
    let b = first + Math.floor(rand() * span);
    if (b === a) b = (a + 1) % n;
    const kind = pick(RELATION_KIND_IDS);
    const tension = rand() < 0.6 ? RELATION_KINDS[kind].defaultTension : pick(TENSION_LEVELS);
    const source = `s${Math.floor(j / PER_SOURCE)}`;
    const quote = `Synthetic sentence ${j + 1}: actor ${a + 1} and actor ${b + 1}, ${kind}.`;
    (sentences[Math.floor(j / PER_SOURCE)] ??= []).push(quote);
    relations.push({
      id: `r${j}`,
      source: `a${a}`,
      target: `a${b}`,
      kind,
      directed: RELATION_KINDS[kind].directed,
      tension,
      summary: { en: `Synthetic ${kind}`, ar: `علاقة اصطناعية` },
      evidence: [{ source, quote, translation: { ar: `جملة اصطناعية ${arabicNumber(j + 1)}` } }],
    });
  }

  return {
    format: 'faultlines/3',
    id: `synthetic-${n}-${m}-${seed}`,
    title: {
      en: `Synthetic graph: ${n} actors, ${m} relations (seed ${seed})`,
      ar: `شبكة اصطناعية: ${arabicNumber(n)} طرف و${arabicNumber(m)} علاقة`,
    },
    description: {
      en: 'Generated for benchmarks and tests. Not journalism: nothing here is a real claim.',
      ar: 'مولّدة لقياس الأداء والاختبارات، وليست صحافة: لا شيء فيها ادعاء حقيقي.',
    },
    sources: sentences.map((lines, s) => ({
      id: `s${s}`,
      language: 'en',
      title: { en: `Synthetic source ${s + 1}`, ar: `مصدر اصطناعي ${arabicNumber(s + 1)}` },
      text: lines.join(' '),
    })),
    actors,
    relations,
  } as GraphFile;
}
