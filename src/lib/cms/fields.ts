/**
 * Decap CMS fields from the zod schemas, so the editor asks for exactly what the build accepts: the same names,
 * choices, patterns (with the schema's own messages), required fields and limits. Pure: reads zod's definitions
 * only. Rules a field cannot state by itself (refinements across fields) are left to the build, which CI runs on
 * every edit.
 */

/** A Decap field (https://decapcms.org/docs/widgets/); only the keys this module writes. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  i18n?: boolean | 'duplicate';
  pattern?: [string, string];
  options?: string[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  types?: (CmsField & { fields: CmsField[] })[];
  typeKey?: string;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  summary?: string;
  default?: unknown;
  collapsed?: boolean;
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
}

/** The part of zod's internal definition this module reads (zod 4: `schema._zod.def`). */
interface ZodDef {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  innerType?: ZodLike;
  element?: ZodLike;
  shape?: Record<string, ZodLike>;
  entries?: Record<string, string>;
  options?: ZodLike[];
  values?: unknown[];
  valueType?: ZodLike;
  in?: ZodLike;
  out?: ZodLike;
  defaultValue?: unknown;
  error?: (issue: unknown) => unknown;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  error?: (issue: unknown) => unknown;
}
export interface ZodLike {
  _zod: { def: ZodDef };
}

const defOf = (schema: ZodLike): ZodDef => schema._zod.def;

/** The message a schema or check gives for its own error, when it names one. */
function messageOf(def: { error?: (issue: unknown) => unknown }): string | undefined {
  const message = def.error?.({ code: 'custom', input: undefined });
  if (typeof message === 'string') return message;
  if (message && typeof message === 'object' && 'message' in message && typeof message.message === 'string') return message.message;
  return undefined;
}

/** Optional, default, pipes: the schema a value is checked against, and whether it may be left out. */
function unwrap(schema: ZodLike): { schema: ZodLike; required: boolean } {
  let current = schema;
  let required = true;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'nullable') {
      required = false;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      current = def.in!;
    } else {
      return { schema: current, required };
    }
  }
}

const checksOf = (schema: ZodLike): CheckDef[] => (defOf(schema).checks ?? []).map((check) => check._zod.def);

/** A date the schemas read with `z.coerce.date`: the editor takes it as text in the one form the files use. */
export const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const NUMBER_PATTERN = '-?\\d+(?:\\.\\d+)?';

/** The pattern and message of a string schema: its regex with the schema's message, or its length limits. */
function stringPattern(schema: ZodLike): [string, string] | undefined {
  const checks = checksOf(schema);
  const regex = checks.find((check) => check.check === 'string_format' && check.format === 'regex' && check.pattern);
  if (regex) return [regex.pattern!.source, messageOf(regex) ?? `must match ${regex.pattern!.source}`];
  const min = checks.find((check) => check.check === 'min_length')?.minimum;
  const max = checks.find((check) => check.check === 'max_length')?.maximum;
  if (min === undefined && max === undefined) return undefined;
  const message = min !== undefined && max !== undefined ? `between ${min} and ${max} characters` : min !== undefined ? `at least ${min} characters` : `at most ${max} characters`;
  return [`^[\\s\\S]{${min ?? 0},${max ?? ''}}$`, message];
}

/** The longest text a string schema allows, to choose a one-line or a many-line box. */
const maxLength = (schema: ZodLike) => checksOf(schema).find((check) => check.check === 'max_length')?.maximum;

/** What a field that names other content (a source, a fact, a service) refers to: a list of the existing ids. */
export type References = Readonly<Record<string, { collection: string; search: string[]; display: string[] }>>;

export interface FieldOptions {
  /** Field names whose value is the id of an entry of another collection, chosen from a list. */
  references?: References;
  /** Field names written as many lines of text. */
  longText?: readonly string[];
  /** Extra Decap keys for a field by name (a hint, a custom widget), laid over what the schema gives. */
  overrides?: Readonly<Record<string, Partial<CmsField>>>;
  /** Field names that are translated (i18n: true); every other field is English only. */
  translated?: readonly string[];
}

const labelOf = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());

/** One Decap field from one zod schema. */
export function fieldOf(name: string, schema: ZodLike, options: FieldOptions = {}): CmsField {
  const { schema: inner, required } = unwrap(schema);
  const def = defOf(inner);
  const base: CmsField = { name, label: labelOf(name), widget: 'string' };
  if (!required) base.required = false;
  if (options.translated?.includes(name)) base.i18n = true;
  const reference = options.references?.[name];
  const field = ((): CmsField => {
    switch (def.type) {
      case 'string': {
        if (reference) return { ...base, widget: 'relation', collection: reference.collection, value_field: '{{slug}}', search_fields: reference.search, display_fields: reference.display };
        const long = options.longText?.includes(name) || (maxLength(inner) ?? 0) > 160;
        const pattern = stringPattern(inner);
        return { ...base, widget: long ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
      }
      case 'date':
        return { ...base, widget: 'string', pattern: [ISO_DATE_PATTERN, messageOf(def) ?? 'a date written as YYYY-MM-DD'], hint: 'YYYY-MM-DD' };
      case 'number': {
        const checks = checksOf(inner);
        const isInt = checks.some((check) => check.check === 'number_format' && /int/.test(check.format ?? ''));
        const lower = checks.find((check) => check.check === 'greater_than');
        const min = lower ? (lower.inclusive ? lower.value : (lower.value ?? 0) + (isInt ? 1 : 0)) : undefined;
        return { ...base, widget: 'number', value_type: isInt ? 'int' : 'float', ...(min !== undefined ? { min } : {}) };
      }
      case 'boolean':
        return { ...base, widget: 'boolean', required: false };
      case 'enum':
        return { ...base, widget: 'select', options: Object.values(def.entries!) };
      case 'literal':
        return { ...base, widget: 'hidden', default: def.values![0] };
      case 'array': {
        const element = unwrap(def.element!).schema;
        const elementDef = defOf(element);
        const min = checksOf(inner).find((check) => check.check === 'min_length')?.minimum;
        const limits = min !== undefined && min > 0 ? { min } : {};
        if (elementDef.type === 'enum') return { ...base, widget: 'select', multiple: true, options: Object.values(elementDef.entries!), ...limits };
        if (elementDef.type === 'string' && reference) {
          return { ...base, widget: 'relation', multiple: true, collection: reference.collection, value_field: '{{slug}}', search_fields: reference.search, display_fields: reference.display, ...limits };
        }
        if (elementDef.type === 'object') return { ...base, widget: 'list', fields: fieldsOf(element, { ...options, translated: [] }), ...limits };
        return { ...base, widget: 'list', field: fieldOf(name.replace(/s$/, ''), element, { ...options, translated: [] }), ...limits };
      }
      case 'object':
        return { ...base, widget: 'object', fields: fieldsOf(inner, { ...options, translated: [] }) };
      case 'union': {
        // A value that may be a number, a fraction or a date (a fact's value): one text box that takes any of them.
        const parts = def.options!.map((option) => {
          const optionDef = defOf(unwrap(option).schema);
          if (optionDef.type === 'number') return NUMBER_PATTERN;
          if (optionDef.type === 'date') return ISO_DATE_PATTERN.slice(1, -1);
          const pattern = stringPattern(unwrap(option).schema);
          if (optionDef.type === 'string' && pattern) return pattern[0].replace(/^\^/, '').replace(/\$$/, '');
          throw new Error(`${name}: a union of ${optionDef.type} has no CMS field`);
        });
        return { ...base, widget: 'string', pattern: [`^(?:${parts.join('|')})$`, `${name} is a number, a fraction like 2/3 or a date written as YYYY-MM-DD`] };
      }
      case 'record':
        // A map from ids to lists (a checker rule's conditions): edited as YAML text, checked by the build.
        return { ...base, widget: 'waymark-yaml' };
      default:
        throw new Error(`${name}: zod type "${def.type}" has no CMS field`);
    }
  })();
  return { ...field, ...options.overrides?.[name] };
}

/** The fields of an object schema, in the schema's order. */
export function fieldsOf(schema: ZodLike, options: FieldOptions = {}): CmsField[] {
  const def = defOf(unwrap(schema).schema);
  if (def.type !== 'object' || !def.shape) throw new Error(`expected an object schema, got "${def.type}"`);
  return Object.entries(def.shape).map(([name, inner]) => fieldOf(name, inner, options));
}
