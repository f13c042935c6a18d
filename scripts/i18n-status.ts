// Prints, per language: UI strings translated, pages translated, stale and missing. `--hashes` prints the hash of
// every English page, journey and pathway file, which a translation records in its `translatedFrom` field.
import { englishDataHashes, englishFileOf, englishPageHashes, readTranslationStatus } from './i18n/readTranslations.ts';

const percent = (part: number, whole: number) => (whole === 0 ? '100%' : `${Math.floor((part / whole) * 100)}%`);

if (process.argv.includes('--hashes')) {
  for (const [slug, hash] of englishPageHashes('.')) console.log(`${hash}  ${slug}`);
  for (const [slug, hash] of englishDataHashes('.')) console.log(`${hash}  ${slug}  (${englishFileOf(slug)})`);
  process.exit(0);
}

const rows = readTranslationStatus('.').filter((row) => row.enabled || process.argv.includes('--all'));
const header = ['language', 'on', 'UI strings', 'pages', 'reviewed', 'machine', 'stale', 'missing'];
const table = rows.map((row) => [
  `${row.code} ${row.englishName}`,
  row.enabled ? 'yes' : 'no',
  `${row.uiTranslated}/${row.uiTotal} ${percent(row.uiTranslated, row.uiTotal)}`,
  `${row.pagesCurrent}/${row.pagesTotal} ${percent(row.pagesCurrent, row.pagesTotal)}`,
  String(row.pagesReviewed),
  String(row.pagesMachine),
  String(row.pagesStale),
  String(row.pagesMissing),
]);
const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column]!.length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const cells of table) console.log(line(cells));
for (const row of rows) if (row.staleSlugs.length) console.log(`stale in ${row.code}: ${row.staleSlugs.join(', ')}`);
