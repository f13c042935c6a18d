/** Which of a service's contacts to show, and how to link it. */
import type { ContactData } from '../content/schemas';
import { dialHref, shownNumber } from './phoneNumbers';

export const DIALABLE_KINDS = ['phone', 'shortcode', 'sms', 'textphone'] as const;

export function isDialable(contact: Pick<ContactData, 'kind'>): contact is ContactData & { kind: (typeof DIALABLE_KINDS)[number] } {
  return (DIALABLE_KINDS as readonly string[]).includes(contact.kind);
}

/** The contact of the kind asked for; otherwise the first number to call; otherwise the first contact. */
export function primaryContact(contacts: readonly ContactData[], kind?: ContactData['kind']): ContactData | undefined {
  if (kind) return contacts.find((contact) => contact.kind === kind);
  return contacts.find((contact) => contact.kind === 'phone' || contact.kind === 'shortcode') ?? contacts[0];
}

/** The link of a contact (`tel:`, `sms:`, `mailto:`, the website); none for the silent-call code, which is pressed. */
export function contactHref(contact: ContactData): string | undefined {
  if (isDialable(contact)) return dialHref(contact.kind, contact.value);
  if (contact.kind === 'email') return `mailto:${contact.value}`;
  if (contact.kind === 'web') return contact.value;
  return undefined;
}

/** What the reader sees: a grouped number, a short web address, or the address itself. */
export function contactText(contact: ContactData): string {
  if (isDialable(contact)) return shownNumber(contact);
  if (contact.kind === 'web') return contact.value.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');
  return contact.value;
}
