/**
 * How the editor reads and writes Waymark's YAML and MDX files. A save changes only the values the editor changed:
 * every other line keeps its quotes, order, comments and line breaks (the `yaml` library edits the parsed
 * document in place), so a one-value edit is a one-line diff that a reviewer can read in the pull request.
 *
 * Pure: used by the editor in the browser (src/admin/main.ts) and by the unit tests.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

/** Where the editor keeps the text a file had when it was opened, beside the values (never written back). */
export const SOURCE_KEY = '__source';

type Data = Record<string, unknown>;
const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false, indentSeq: false } as const;

/** Nothing, an empty text or an empty list: a field the editor left blank. */
const isBlank = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
const isPlainObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A number the editor's text box gave back as text ("31"), where the file had a number. */
function asBefore(before: unknown, after: unknown): unknown {
  if (typeof before === 'number' && typeof after === 'string' && /^-?\d+(?:\.\d+)?$/.test(after)) return Number(after);
  return after;
}

function patch(doc: Document, path: (string | number)[], before: unknown, after: unknown): void {
  const value = asBefore(before, after);
  if (sameValue(before, value)) return;
  if (isPlainObject(before) && isPlainObject(value) && (path.length === 0 || isMap(doc.getIn(path, true)))) {
    for (const key of Object.keys(before)) {
      if (!(key in value) || isBlank(value[key])) doc.deleteIn([...path, key]);
    }
    for (const [key, inner] of Object.entries(value)) {
      if (isBlank(inner)) continue;
      if (key in before) patch(doc, [...path, key], before[key], inner);
      else doc.setIn([...path, key], inner);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(value) && before.length === value.length && isSeq(doc.getIn(path, true))) {
    value.forEach((inner, index) => patch(doc, [...path, index], before[index], inner));
    return;
  }
  const node = doc.getIn(path, true);
  // A value changed in place keeps the way it was written (its quotes).
  if (isScalar(node) && (value === null || typeof value !== 'object')) node.value = value;
  else doc.setIn(path, value);
}

/** Reads a YAML file's values (dates stay text, as written: 2026-11-23), and keeps its text for the save. */
export function readYaml(text: string): Data {
  const data = (parseDocument(text).toJS() ?? {}) as Data;
  return { ...data, [SOURCE_KEY]: text };
}

/** Writes the values back into the text the file had, changing only what differs. */
export function writeYaml(data: Data): string {
  const { [SOURCE_KEY]: source, ...values } = data;
  const doc = parseDocument(typeof source === 'string' ? source : '');
  patch(doc, [], (doc.toJS() ?? {}) as Data, values);
  return doc.toString(YAML_OPTIONS);
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/;

/** Reads an MDX page: its frontmatter's values and its text (`body`). */
export function readMdx(text: string): Data {
  const match = FRONTMATTER.exec(text);
  if (!match) return { body: text, [SOURCE_KEY]: '' };
  return { ...readYaml(match[1]!), body: match[2]!, [SOURCE_KEY]: text };
}

/** Writes an MDX page: the frontmatter changed only where the values differ, then the text. */
export function writeMdx(data: Data): string {
  const { [SOURCE_KEY]: source, body, ...values } = data;
  const match = typeof source === 'string' ? FRONTMATTER.exec(source) : null;
  const frontmatter = writeYaml({ ...values, [SOURCE_KEY]: match ? `${match[1]!}\n` : '' });
  // The text editor may drop the blank line after the frontmatter or the last line break: the file keeps its own.
  const before = match ? match[2]! : '\n\n';
  const text = (typeof body === 'string' ? body : '').replace(/^\n+|\n+$/g, '');
  return `---\n${frontmatter}---\n${/^\n*/.exec(before)![0]}${text}${/\n*$/.exec(before)![0]}`;
}
