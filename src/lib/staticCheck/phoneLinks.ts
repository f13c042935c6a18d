/** Every tel: and sms: link dials a valid UK number or short code that content/services lists. */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describeElement, type BuiltPage } from './html.ts';
import { finding, type Finding } from './findings.ts';
import { urlsOf } from './urls.ts';

export interface ServiceContact {
  kind: string;
  value: string;
}

/** The numbers content/services lists, by the scheme that dials them. */
export interface PhoneDirectory {
  tel: ReadonlySet<string>;
  sms: ReadonlySet<string>;
}

const CALLED = new Set(['phone', 'shortcode', 'textphone']);

export function phoneDirectory(services: Iterable<{ contacts: readonly ServiceContact[] }>): PhoneDirectory {
  const tel = new Set<string>();
  const sms = new Set<string>();
  for (const service of services) {
    for (const contact of service.contacts) {
      if (CALLED.has(contact.kind)) tel.add(contact.value);
      if (contact.kind === 'sms') sms.add(contact.value);
    }
  }
  return { tel, sms };
}

/** UK short codes: 999 and 112, and the 1xx… range (101, 111, 116 123, 18000, 18001 + a number for text relay). */
const UK_SHORT_CODE = /^(?:999|112|1\d{2,10})$/;

/** A full UK number in E.164 form that the numbering plan allows, or a UK short code. */
export function isUkNumber(value: string): boolean {
  if (UK_SHORT_CODE.test(value)) return true;
  const parsed = parsePhoneNumberFromString(value);
  return parsed !== undefined && parsed.country === 'GB' && parsed.isValid() && parsed.number === value;
}

export function checkPhoneLinks(page: BuiltPage, directory: PhoneDirectory): Finding[] {
  const found: Finding[] = [];
  for (const { element, value } of urlsOf(page)) {
    const match = /^(tel|sms):(.*)$/i.exec(value.trim());
    if (!match) continue;
    const scheme = match[1]!.toLowerCase() as 'tel' | 'sms';
    // sms: may carry ?body=…; the number is before it.
    const number = decodeURIComponent(match[2]!.split('?')[0]!);
    if (!isUkNumber(number)) found.push(finding('phone-invalid', page.path, describeElement(element), `${number} is not a valid UK number or short code`));
    else if (!directory[scheme].has(number)) found.push(finding('phone-unknown', page.path, describeElement(element), `${scheme}:${number} is not a ${scheme === 'sms' ? 'text' : 'phone'} number in content/services`));
  }
  return found;
}
