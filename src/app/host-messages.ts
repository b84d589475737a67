/**
 * The embed's conversation with its host page (GUIDE §4). Outgoing: its height, in our own
 * message, Datawrapper's shape and AMP's. Incoming: `faultlines:select`, validated field by field;
 * anything that does not fit is ignored, and a flood is coalesced to one update per frame.
 */
import { isLanguage, type Language, type Tension } from '../model/vocabulary.ts';
import { parseTensions } from '../model/tensions.ts';

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

/**
 * The height messages, for whichever listener the host page runs: ours, Datawrapper's, AMP's,
 * and WordPress's when its oEmbed iframe gave us a secret (its host script sizes the iframe from
 * `{ message: 'height', value, secret }`, clamped to 200–1000 px).
 */
export function heightMessages(id: string, height: number, secret?: string | null): unknown[] {
  return [
    { type: 'faultlines:height', id, height },
    { 'datawrapper-height': { [id]: height } },
    { sentinel: 'amp', type: 'embed-size', height },
    ...(secret ? [{ message: 'height', value: height, secret }] : []),
  ];
}

/**
 * WordPress loads an oEmbed iframe as `…#?secret=<alnum>`: its secret names the iframe in the
 * messages its host script accepts. Null when the address carries none (not in WordPress).
 */
export function wordpressSecret(hash: string): string | null {
  const match = /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash);
  return match ? match[1]! : null;
}
