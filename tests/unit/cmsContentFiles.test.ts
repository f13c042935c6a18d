/** The editor's reading and writing of content files: a save changes the values that changed, and nothing else. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMdx, readYaml, SOURCE_KEY, writeMdx, writeYaml } from '../../src/lib/cms/contentFiles';

const fact = readFileSync('content/facts/ew-recovery-period-min-days.yaml', 'utf8');
const service = readFileSync('content/services/modern-slavery-helpline.yaml', 'utf8');
const page = readFileSync('content/pages/en/nrm/reasonable-grounds.mdx', 'utf8');
const translation = readFileSync('content/pages/ar/nrm/reasonable-grounds.mdx', 'utf8');
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.flatMap((line, index) => (line === a[index] ? [] : [line]));
};

describe('content files as the editor writes them', () => {
  it('writes every file back exactly as it was when nothing changed', () => {
    for (const text of [fact, service]) expect(writeYaml(readYaml(text))).toBe(text);
    for (const text of [page, translation]) expect(writeMdx(readMdx(text))).toBe(text);
  });

  it('reads dates as the text they are written as', () => {
    expect(readYaml(fact).checked).toBe('2026-11-23');
  });

  it('changes one line for one value, keeping a number a number', () => {
    const data = readYaml(fact);
    expect(changedLines(fact, writeYaml({ ...data, value: '31' }))).toEqual(['value: 31']);
    expect(changedLines(fact, writeYaml({ ...data, checked: '2026-12-01' }))).toEqual(['checked: 2026-12-01']);
  });

  it('changes one contact of a service without touching the others, keeping its quotes', () => {
    const data = readYaml(service) as { contacts: Record<string, unknown>[] };
    const contacts = data.contacts.map((contact, index) => (index === 0 ? { ...contact, value: '+448000121701', display: '08000 121 701' } : contact));
    expect(changedLines(service, writeYaml({ ...data, contacts }))).toEqual(["  value: '+448000121701'", '  display: "08000 121 701"']);
  });

  it('leaves out a field the editor left blank, and removes one it emptied', () => {
    const data = readYaml(fact);
    const written = writeYaml({ ...data, state: '', changes: [], note: '' });
    expect(written).not.toMatch(/^state:|^changes:|^note:/m);
    expect(written.split('\n').length).toBe(fact.split('\n').length - 1);
  });

  it('changes a sentence of a page and nothing else; a translation keeps only its own fields', () => {
    const data = readMdx(page);
    const body = (data.body as string).replace('Sometimes it takes longer.', 'Sometimes it takes much longer.');
    expect(changedLines(page, writeMdx({ ...data, body }))).toHaveLength(1);
    const arabic = readMdx(translation);
    expect(Object.keys(arabic).sort()).toEqual(['body', 'status', 'summary', 'title', 'translatedFrom', SOURCE_KEY].sort());
    expect(changedLines(translation, writeMdx({ ...arabic, translatedFrom: '0123456789ab' }))).toEqual(['translatedFrom: 0123456789ab']);
  });

  it('writes a new file from its values', () => {
    expect(writeYaml({ title: 'Early conciliation', kind: 'guidance' })).toBe('title: Early conciliation\nkind: guidance\n');
  });
});
