// Prints, per language and per kind of unit (pages, journeys, pathways, glossary, services, cards, UI strings), how
// many translations follow the current English, how many are stale and how many are missing.
//   npm run i18n:status                      switched-on languages
//   npm run i18n:status -- --all             every declared language
//   npm run i18n:status -- --stale           also name every stale and missing unit
//   npm run i18n:status -- --hashes          the English version (hash) of every unit, which a translation records
import { readTranslationReport, readUnits } from './i18n/readTranslations.ts';
import { UNIT_KINDS } from '../src/lib/translationUnits.ts';

const percent = (part: number, whole: number) => (whole === 0 ? '100%' : `${Math.floor((part / whole) * 100)}%`);

if (process.argv.includes('--hashes')) {
  for (const [kind, { english }] of Object.entries(readUnits('.'))) for (const [id, hash] of english) console.log(`${hash}  ${kind}:${id}`);
  process.exit(0);
}

const rows = readTranslationReport('.').filter((row) => row.enabled || process.argv.includes('--all'));
const header = ['language', 'on', 'all', ...UNIT_KINDS, 'checked', 'reviewed', 'stale', 'missing'];
const table = rows.map((row) => [
  `${row.code} ${row.englishName}`,
  row.enabled ? 'yes' : 'no',
  `${row.all.current}/${row.all.total} ${percent(row.all.current, row.all.total)}`,
  ...UNIT_KINDS.map((kind) => {
    const status = row.kinds.find((candidate) => candidate.kind === kind)!;
    return `${status.current}/${status.total}`;
  }),
  String(row.all.checked),
  String(row.all.reviewed),
  String(row.all.stale),
  String(row.all.missing),
]);
const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column]!.length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const cells of table) console.log(line(cells));
console.log('(a kind column counts the units that follow the current English, of all its units; "all" adds every kind)');
for (const row of rows) {
  for (const kind of row.kinds) {
    if (kind.stale) console.log(`stale in ${row.code}, ${kind.kind}: ${process.argv.includes('--stale') ? kind.staleIds.join(', ') : `${kind.stale} (--stale names them)`}`);
    if (kind.missing && process.argv.includes('--stale')) console.log(`missing in ${row.code}, ${kind.kind}: ${kind.missingIds.join(', ')}`);
  }
}
