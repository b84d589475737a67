/**
 * The closed vocabularies of graph format v1: tension levels, relation kinds, actor kinds and
 * interface languages. Everything else (schema, filters, legend, stylesheet) is derived from here.
 */

/** -2 allied, -1 cooperative, 0 neutral, 1 strained, 2 hostile (GUIDE §3). */
export const TENSION_LEVELS = [-2, -1, 0, 1, 2] as const;
export type Tension = (typeof TENSION_LEVELS)[number];

export const TENSION_NAMES = {
  '-2': 'allied',
  '-1': 'cooperative',
  '0': 'neutral',
  '1': 'strained',
  '2': 'hostile',
} as const satisfies Record<`${Tension}`, string>;
export type TensionName = (typeof TENSION_NAMES)[`${Tension}`];

export function tensionName(t: Tension): TensionName {
  return TENSION_NAMES[`${t}`];
}

/**
 * Relation kinds with the tension they usually carry. A relation may override the default when
 * its sentence says so; the validator only checks the level is on the scale.
 * Directed kinds are acts of one party towards another (source acts, target is concerned).
 */
export const RELATION_KINDS = {
  alliance: { defaultTension: -2, directed: false },
  membership: { defaultTension: -2, directed: true },
  leadership: { defaultTension: -2, directed: true },
  cooperation: { defaultTension: -1, directed: false },
  strain: { defaultTension: 1, directed: false },
  criticism: { defaultTension: 1, directed: true },
  accusation: { defaultTension: 1, directed: true },
  denial: { defaultTension: 1, directed: true },
  suspension: { defaultTension: 1, directed: true },
  recruitment: { defaultTension: 1, directed: true },
  attack: { defaultTension: 2, directed: true },
  war: { defaultTension: 2, directed: false },
} as const satisfies Record<string, { defaultTension: Tension; directed: boolean }>;

export type RelationKind = keyof typeof RELATION_KINDS;
export const RELATION_KIND_IDS = Object.keys(RELATION_KINDS) as RelationKind[];

export function isRelationKind(value: unknown): value is RelationKind {
  return typeof value === 'string' && Object.hasOwn(RELATION_KINDS, value);
}

/** Actor kinds; each has its own node shape on the canvas and in the legend. */
export const ACTOR_KINDS = ['state', 'former-state', 'alliance', 'armed-group', 'bloc'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Interface languages. Graph texts are given in each of them. */
export const LANGUAGES = [
  { code: 'en', rtl: false, name: 'English' },
  { code: 'ar', rtl: true, name: 'العربية' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as Language[];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGE_CODES as readonly unknown[]).includes(value);
}

export function isRtl(lang: Language): boolean {
  return LANGUAGES.some((l) => l.code === lang && l.rtl);
}
