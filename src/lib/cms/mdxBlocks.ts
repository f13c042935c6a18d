/**
 * The MDX blocks of a page as editor components: the editor inserts a fact, a contact, a service or a glossary
 * term by choosing it from the list of entries that exist (never by typing a number), and reads a block back from
 * the page's text. Pure: the same definitions are registered in the editor (src/admin/main.ts) and unit-tested.
 */
import type { CmsField } from './fields';

export interface MdxBlock {
  id: string;
  label: string;
  fields: CmsField[];
  /** Matches the block in a page's text; the groups are read by `fromBlock`. */
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, string>;
  toBlock: (data: Record<string, string | undefined>) => string;
}

const pick = (name: string, label: string, collection: string, search: string[]): CmsField => ({
  name, label, widget: 'relation', collection, value_field: '{{slug}}', search_fields: search, display_fields: search.slice(0, 1),
});
const ID = '([a-z0-9]+(?:-[a-z0-9]+)*)';
/** Inner text of a block: kept as written, between blank lines. */
const inner = (text: string | undefined) => (text ?? '').trim();

/** A block that is one component naming one entry: `<Fact id="…" />`. */
const idBlock = (component: string, label: string, field: CmsField): MdxBlock => ({
  id: component.toLowerCase(),
  label,
  fields: [field],
  pattern: new RegExp(`^<${component} id="${ID}" />$`),
  fromBlock: (match) => ({ id: match[1]! }),
  toBlock: ({ id }) => `<${component} id="${id ?? ''}" />`,
});

/** The blocks, in the order the editor lists them; `nations` are the legal systems a `<Nation>` block may name. */
export const mdxBlocks = (nations: readonly string[]): readonly MdxBlock[] => [
  idBlock('Fact', 'Fact (a number, time limit or date)', pick('id', 'Fact', 'facts', ['label'])),
  {
    id: 'contact',
    label: 'Contact (a phone number or website of a service)',
    fields: [
      pick('id', 'Service', 'services', ['name']),
      { name: 'kind', label: 'Which contact', widget: 'select', required: false, options: ['silent', 'sms', 'textphone', 'web', 'email'], hint: 'Leave empty for the main phone number.' },
    ],
    pattern: new RegExp(`^<Contact id="${ID}"(?: kind="([a-z]+)")? />$`),
    fromBlock: (match) => ({ id: match[1]!, ...(match[2] ? { kind: match[2] } : {}) }),
    toBlock: ({ id, kind }) => `<Contact id="${id ?? ''}"${kind ? ` kind="${kind}"` : ''} />`,
  },
  idBlock('Service', 'Service card', pick('id', 'Service', 'services', ['name'])),
  {
    id: 'term',
    label: 'Glossary term',
    fields: [pick('id', 'Term', 'glossary', ['term']), { name: 'text', label: 'Words on the page', widget: 'string' }],
    pattern: new RegExp(`^<Term id="${ID}">([^<]+)</Term>$`),
    fromBlock: (match) => ({ id: match[1]!, text: match[2]! }),
    toBlock: ({ id, text }) => `<Term id="${id ?? ''}">${text ?? ''}</Term>`,
  },
  {
    id: 'nation',
    label: 'Only in one nation',
    fields: [
      { name: 'id', label: 'Nation', widget: 'select', options: [...nations] },
      { name: 'text', label: 'What differs there', widget: 'markdown', modes: ['raw'] },
    ],
    pattern: new RegExp(`^<Nation id="(${nations.join('|')})">\\n\\n([\\s\\S]*?)\\n\\n</Nation>$`),
    fromBlock: (match) => ({ id: match[1]!, text: match[2]! }),
    toBlock: ({ id, text }) => `<Nation id="${id ?? ''}">\n\n${inner(text)}\n\n</Nation>`,
  },
  {
    id: 'ask-adviser',
    label: 'Ask an adviser box',
    fields: [],
    pattern: /^<AskAdviser \/>$/,
    fromBlock: () => ({}),
    toBlock: () => '<AskAdviser />',
  },
  {
    id: 'questions',
    label: 'Questions to ask',
    fields: [{ name: 'text', label: 'Questions (one a line, starting with "- ")', widget: 'text' }],
    pattern: /^<Questions>\n\n([\s\S]*?)\n\n<\/Questions>$/,
    fromBlock: (match) => ({ text: match[1]! }),
    toBlock: ({ text }) => `<Questions>\n\n${inner(text)}\n\n</Questions>`,
  },
];
