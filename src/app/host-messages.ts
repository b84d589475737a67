/**
 * The embed's conversation with its host page (GUIDE §4). Outgoing: its height, in our own
 * message, Datawrapper's shape and AMP's. Incoming: `faultlines:select`, validated field by field;
 * anything that does not fit is ignored, and a flood is coalesced to one update per frame.
 */
import { isLanguage, type Language, type Tension } from '../model/vocabulary.ts';
import { parseTensions } from '../store/url.ts';

export interface SelectCommand {
  relation?: string;
  actor?: string;
  tensions?: Tension[];
  lang?: Language;
}

const MAX_ID = 200;
const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;

/** A host message → a command, or null when it is not a well-formed `faultlines:select`. */
export function parseHostMessage(data: unknown): SelectCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (m.type !== 'faultlines:select') return null;
  const command: SelectCommand = {};
  if (m.relation !== undefined) {
    if (!isId(m.relation)) return null;
    command.relation = m.relation;
  }
  if (m.actor !== undefined) {
    if (!isId(m.actor)) return null;
    command.actor = m.actor;
  }
  if (m.tension !== undefined) {
    const tensions =
      typeof m.tension === 'string' && m.tension.length < 40 ? parseTensions(m.tension) : undefined;
    if (!tensions) return null;
    command.tensions = tensions;
  }
  if (m.lang !== undefined) {
    if (!isLanguage(m.lang)) return null;
    command.lang = m.lang;
  }
  return Object.keys(command).length > 0 ? command : null;
}

/** The three height messages, for whichever listener the host page runs. */
export function heightMessages(id: string, height: number): unknown[] {
  return [
    { type: 'faultlines:height', id, height },
    { 'datawrapper-height': { [id]: height } },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
}
