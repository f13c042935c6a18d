/**
 * Pathway text is plain English with two kinds of token, so no number or duration is ever typed into it:
 * `{fact:child-age-limit-years}` renders a fact, `{contact:police-emergency}` or `{contact:police-emergency:silent}`
 * renders a service's number. `call` lists use the same `service-id` or `service-id:kind` references.
 */
import type { ContactData } from '../content/schemas';

export type ContactKind = ContactData['kind'];

export interface ServiceRef {
  id: string;
  kind?: ContactKind | undefined;
}

export type TextPart = { type: 'text'; text: string } | { type: 'fact'; id: string } | ({ type: 'contact' } & ServiceRef);

const CONTACT_KINDS: readonly ContactKind[] = ['phone', 'shortcode', 'sms', 'textphone', 'web', 'email', 'silent'];
const TOKEN = /\{(fact|contact):([a-z0-9]+(?:-[a-z0-9]+)*)(?::([a-z]+))?\}/g;
/** `salvation-army-referral` or `police-emergency:silent`. */
export const SERVICE_REF_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?::(?:phone|shortcode|sms|textphone|web|email|silent))?$/;

export function parseServiceRef(ref: string): ServiceRef {
  if (!SERVICE_REF_PATTERN.test(ref)) throw new Error(`"${ref}" is not a service reference (use service-id or service-id:kind)`);
  const [id, kind] = ref.split(':') as [string, ContactKind | undefined];
  return kind ? { id, kind } : { id };
}

/** Splits text into plain runs and tokens; an unknown token kind or contact kind throws, naming the token. */
export function parsePathwayText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const [token, type, id, kind] = match as unknown as [string, 'fact' | 'contact', string, string | undefined];
    if (match.index > last) parts.push({ type: 'text', text: text.slice(last, match.index) });
    if (type === 'fact') {
      if (kind) throw new Error(`${token}: a fact token takes no kind`);
      parts.push({ type: 'fact', id });
    } else {
      if (kind && !CONTACT_KINDS.includes(kind as ContactKind)) throw new Error(`${token}: unknown contact kind "${kind}"`);
      parts.push(kind ? { type: 'contact', id, kind: kind as ContactKind } : { type: 'contact', id });
    }
    last = match.index + token.length;
  }
  if (last < text.length) parts.push({ type: 'text', text: text.slice(last) });
  return parts;
}

/** The words a reader sees around the tokens, for the "nothing typed" checks. */
export function proseOf(text: string): string {
  return text.replace(TOKEN, ' ');
}

/** Every fact and service a piece of text points at. */
export function referencesOf(text: string): { facts: string[]; services: ServiceRef[] } {
  const parts = parsePathwayText(text);
  return {
    facts: parts.flatMap((part) => (part.type === 'fact' ? [part.id] : [])),
    services: parts.flatMap((part) => (part.type === 'contact' ? [{ id: part.id, kind: part.kind }] : [])),
  };
}

/** Braces left over after parsing mean a token was mistyped (`{fact child-age}`). */
export function strayBraces(text: string): boolean {
  return /[{}]/.test(proseOf(text));
}
