/**
 * Waymark's own rules for the open-data export, on top of the HSDS schemas (which allow any extra field and any
 * text as a phone number): every service has a name, every number is E.164 or a UK short code, the UK profile's
 * layout is kept (no `service.phones`), and nothing anywhere could place a person: no address, postcode or map
 * point, and no location that is not `virtual`. The build refuses an export with a problem; the tests too.
 */

/** Fields that could locate a refuge, a safe house or a person. None of them may appear at any depth. */
export const ADDRESS_FIELDS = [
  'addresses', 'address', 'address_1', 'address_2', 'attention', 'city', 'region', 'state_province', 'postal_code',
  'postcode', 'country', 'latitude', 'longitude', 'transportation', 'accessibility', 'extent',
] as const;

/** `+448000121700`; a UK short code (`999`, `116123`); or a textphone relay number (`18000`, `18001101`). */
const E164 = /^\+[1-9]\d{6,14}$/;
const SHORT_CODE = /^\d{2,6}$/;
const TEXT_RELAY = /^1800[01]\d{0,11}$/;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;

export function isDialableNumber(number: unknown): boolean {
  return typeof number === 'string' && (E164.test(number) || SHORT_CODE.test(number) || TEXT_RELAY.test(number));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function walk(value: Json, path: string, visit: (key: string, value: Json, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      visit(key, child, childPath);
      walk(child, childPath, visit);
    }
  }
}

/**
 * Every problem in an export, as "service <id>: <field>: <what is wrong>" lines. `labels` maps record ids to
 * Waymark service ids, so a record without a name is still named.
 */
export function hsdsProblems(exported: { contents?: unknown }, labels: ReadonlyMap<string, string> = new Map()): string[] {
  const problems: string[] = [];
  const records = Array.isArray(exported.contents) ? (exported.contents as Json[]) : [];
  if (!Array.isArray(exported.contents)) problems.push('contents: is not a list of services');
  records.forEach((record, index) => {
    const fields = record !== null && typeof record === 'object' && !Array.isArray(record) ? record : {};
    const id = typeof fields.id === 'string' ? fields.id : '';
    const name = typeof fields.name === 'string' ? fields.name : '';
    const label = labels.get(id) ?? (name || id || `#${index}`);
    const report = (field: string, message: string) => problems.push(`service ${label}: ${field}: ${message}`);
    if (name.trim() === '') report('name', 'is missing');
    if ('phones' in fields) report('phones', 'the UK profile has no service.phones: put numbers under contacts[].phones');
    walk(fields, '', (key, value, path) => {
      if ((ADDRESS_FIELDS as readonly string[]).includes(key)) report(path, 'is an address or map field, which Waymark never publishes');
      if (key === 'location_type' && value !== 'virtual') report(path, `is "${String(value)}": only virtual locations are published`);
      if (key === 'number' && /\.phones\[\d+\]\.number$/.test(`.${path}`) && !isDialableNumber(value)) {
        report(path, `"${String(value)}" is not E.164 (+44…) or a UK short code`);
      }
      if (typeof value === 'string' && UK_POSTCODE.test(value)) report(path, `"${value}" looks like a postcode`);
    });
  });
  return problems;
}
