import { describe, expect, it } from 'vitest';
import { parsePathwayText, parseServiceRef, proseOf, referencesOf, strayBraces } from '../../src/lib/pathwayText';
import { contactHref, contactText, primaryContact } from '../../src/lib/serviceContacts';
import type { ContactData } from '../../src/content/schemas';

describe('pathway text', () => {
  it('splits text into words, facts and contacts', () => {
    expect(parsePathwayText('Call {contact:police-emergency}, or press {contact:police-emergency:silent}. Under {fact:child-age-limit-years}.')).toEqual([
      { type: 'text', text: 'Call ' },
      { type: 'contact', id: 'police-emergency' },
      { type: 'text', text: ', or press ' },
      { type: 'contact', id: 'police-emergency', kind: 'silent' },
      { type: 'text', text: '. Under ' },
      { type: 'fact', id: 'child-age-limit-years' },
      { type: 'text', text: '.' },
    ]);
  });

  it('leaves plain text alone', () => {
    expect(parsePathwayText('Safety comes first.')).toEqual([{ type: 'text', text: 'Safety comes first.' }]);
  });

  it('refuses a contact kind that does not exist, and a fact with a kind', () => {
    expect(() => parsePathwayText('{contact:police-emergency:pigeon}')).toThrow(/pigeon/);
    expect(() => parsePathwayText('{fact:child-age-limit-years:phone}')).toThrow(/fact token/);
  });

  it('lists what the text points at, and what the reader reads around it', () => {
    const text = 'Support lasts up to {fact:scotland-support-period-max-days}. Call {contact:tara-scotland}.';
    expect(referencesOf(text)).toEqual({ facts: ['scotland-support-period-max-days'], services: [{ id: 'tara-scotland', kind: undefined }] });
    expect(proseOf(text)).not.toMatch(/\d|\{/);
  });

  it('spots a mistyped token', () => {
    expect(strayBraces('Under {fact child-age-limit-years}.')).toBe(true);
    expect(strayBraces('Under {fact:child-age-limit-years}.')).toBe(false);
  });

  it('reads service references in call lists', () => {
    expect(parseServiceRef('salvation-army-referral')).toEqual({ id: 'salvation-army-referral' });
    expect(parseServiceRef('police-emergency:silent')).toEqual({ id: 'police-emergency', kind: 'silent' });
    expect(() => parseServiceRef('Police Emergency')).toThrow();
  });
});

describe('which contact to show', () => {
  const contacts: ContactData[] = [
    { kind: 'web', value: 'https://www.example.org/' },
    { kind: 'phone', value: '+448000121700', hours: '24/7' },
    { kind: 'silent', value: '55' },
    { kind: 'email', value: 'help@example.org' },
  ];

  it('prefers a number to call, then the first contact, or the kind asked for', () => {
    expect(primaryContact(contacts)?.value).toBe('+448000121700');
    expect(primaryContact([contacts[0]!, contacts[3]!])?.kind).toBe('web');
    expect(primaryContact(contacts, 'silent')?.value).toBe('55');
    expect(primaryContact(contacts, 'sms')).toBeUndefined();
  });

  it('links numbers with tel:, email with mailto:, and never links the silent-call code', () => {
    expect(contactHref(contacts[1]!)).toBe('tel:+448000121700');
    expect(contactHref(contacts[3]!)).toBe('mailto:help@example.org');
    expect(contactHref(contacts[0]!)).toBe('https://www.example.org/');
    expect(contactHref(contacts[2]!)).toBeUndefined();
    expect(contactHref({ kind: 'sms', value: '999' })).toBe('sms:999');
  });

  it('shows numbers grouped and web addresses short', () => {
    expect(contactText(contacts[1]!)).toBe('0800 012 1700');
    expect(contactText(contacts[0]!)).toBe('example.org');
  });
});
