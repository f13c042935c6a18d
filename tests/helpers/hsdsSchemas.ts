/**
 * Validates open-data service records against the HSDS 3.0 core schema and the Open Referral UK profile
 * (tests/schemas/hsds), naming the Waymark service and the field of every error.
 */
import { readFileSync } from 'node:fs';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const HSDS_SCHEMAS = {
  'HSDS 3.0 core': 'tests/schemas/hsds/core/service.json',
  'Open Referral UK profile': 'tests/schemas/hsds/uk-profile/service.json',
} as const;

let validators: [string, ValidateFunction][] | undefined;

/** Ajv's 2020 build, `strict: false` for the schemas' own keywords (`name`, `core`, `constraints`…), with formats. */
export function hsdsValidators(): [string, ValidateFunction][] {
  if (validators) return validators;
  validators = Object.entries(HSDS_SCHEMAS).map(([name, file]) => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    return [name, ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object)];
  });
  return validators;
}

/** `/contacts/0/phones/1/number` → `contacts[0].phones[1].number`; a missing property names itself. */
function fieldOf(error: ErrorObject): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
  const missing = error.keyword === 'required' ? String((error.params as { missingProperty: string }).missingProperty) : '';
  return [path, missing].filter(Boolean).join('.') || '(record)';
}

/** "service <id>: <field>: <message> (<schema>)" for every record of an export that a schema rejects. */
export function hsdsSchemaErrors(exported: { contents: unknown[] }, labels: ReadonlyMap<string, string>): string[] {
  return exported.contents.flatMap((record, index) => {
    const id = (record as { id?: string }).id ?? '';
    const label = labels.get(id) ?? (record as { name?: string }).name ?? `#${index}`;
    return hsdsValidators().flatMap(([schema, validate]) =>
      validate(record) ? [] : (validate.errors ?? []).map((error) => `service ${label}: ${fieldOf(error)}: ${error.message} (${schema})`),
    );
  });
}
