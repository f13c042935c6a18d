// Prints every fact, service, source, page, journey and pathway whose review date has passed or falls within the
// next 60 days, oldest first, with the file to open. `WAYMARK_AS_OF=YYYY-MM-DD` reviews as of another day.
// It only prints: CI runs it as a warning, never a failure.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import { parseIsoDate } from '../src/lib/dates.ts';
import { asOfDay } from '../src/lib/factVersions.ts';
import { reviewDates, reviewReport, type ReviewFact, type ReviewKind, type ReviewService } from '../src/lib/review.ts';
import { filesUnder } from './lib/files.ts';


/** YAML dates stay strings with the `yaml` package's default schema; read them as UTC days. */
function day(value: unknown, file: string, field: string): Date {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const date = parseIsoDate(text);
  if (!date) throw new Error(`${file}: ${field} is not a date written as YYYY-MM-DD`);
  return date;
}
const optionalDay = (value: unknown, file: string, field: string) => (value === undefined ? undefined : day(value, file, field));

const idOf = (file: string, base: string) => relative(base, file).replace(/\.(ya?ml|mdx)$/, '');
type Raw = Record<string, unknown>;
const yamlFiles = (base: string) => filesUnder(base, '.yaml').map((file) => ({ file, id: idOf(file, base), data: parse(readFileSync(file, 'utf8')) as Raw }));

const facts = new Map<string, ReviewFact>(yamlFiles('content/facts').map(({ file, id, data }) => [id, {
  file,
  checked: day(data.checked, file, 'checked'),
  verified: data.verified === true,
  state: data.state as string | undefined,
  sources: data.sources as string[],
  seen: optionalDay(data.seen, file, 'seen'),
  quoteFrom: data.quoteFrom as string | undefined,
  changes: ((data.changes ?? []) as Raw[]).map((change, index) => ({
    from: day(change.from, file, `changes.${index}.from`),
    seen: optionalDay(change.seen, file, `changes.${index}.seen`),
    quoteFrom: change.quoteFrom as string | undefined,
  })),
}]));

const services = new Map<string, ReviewService>(yamlFiles('content/services').map(({ file, id, data }) => [id, {
  file,
  checked: day(data.checked, file, 'checked'),
  sources: data.sources as string[],
  contacts: (data.contacts as Raw[]).map((contact, index) => ({ seen: optionalDay(contact.seen, file, `contacts.${index}.seen`), quoteFrom: contact.quoteFrom as string | undefined })),
}]));

const sources = new Map(yamlFiles('content/sources').map(({ file, id }) => [id, { file }]));

const dated: { kind: ReviewKind; id: string; file: string; reviewBy: Date }[] = [];
for (const file of filesUnder('content/pages/en', '.mdx')) {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1];
  const data = (frontmatter ? parse(frontmatter) : {}) as Raw;
  if (data.reviewBy !== undefined) dated.push({ kind: 'page', id: idOf(file, 'content/pages/en'), file, reviewBy: day(data.reviewBy, file, 'reviewBy') });
}
for (const [kind, base] of [['journey', 'content/journeys/en'], ['pathway', 'content/pathways/en']] as [ReviewKind, string][]) {
  for (const { file, id, data } of yamlFiles(base)) {
    if (data.reviewBy !== undefined) dated.push({ kind, id, file, reviewBy: day(data.reviewBy, file, 'reviewBy') });
  }
}

const today = asOfDay(process.env.WAYMARK_AS_OF, new Date());
console.log(reviewReport(reviewDates({ facts, services, sources, dated }), today));
