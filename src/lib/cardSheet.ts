/**
 * Where credit-card-sized cards sit on an A4 sheet, and the crop marks that show where to cut. All sizes in mm.
 * The grid is centred, so the back of a sheet lines up with its front when printed on both sides.
 */

/** ISO/IEC 7810 ID-1, the size of a bank card. */
export const CARD_MM = { width: 85.6, height: 54 } as const;
export const A4_MM = { width: 210, height: 297 } as const;
export const SHEET_COLUMNS = 2;
export const SHEET_ROWS = 5;
export const CARDS_PER_SHEET = SHEET_COLUMNS * SHEET_ROWS;

export interface SheetLayout {
  /** Distance from the page's left and right edges to the grid. */
  marginInline: number;
  /** Distance from the top of the page to the grid. */
  marginTop: number;
  columns: number;
  rows: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** A grid of `columns` × `rows` cards centred on A4; throws when it does not fit. */
export function sheetLayout(columns = SHEET_COLUMNS, rows = SHEET_ROWS): SheetLayout {
  const marginInline = (A4_MM.width - columns * CARD_MM.width) / 2;
  const marginTop = (A4_MM.height - rows * CARD_MM.height) / 2;
  if (marginInline < 0 || marginTop < 0) throw new Error(`${columns} × ${rows} cards do not fit on A4`);
  return { marginInline: round(marginInline), marginTop: round(marginTop), columns, rows };
}

/** Rows a number of cards fills. */
export function rowsFor(cardCount: number, columns = SHEET_COLUMNS): number {
  return Math.ceil(cardCount / columns);
}

/** The x positions of the vertical cuts and the y positions of the horizontal cuts, for `usedRows` rows. */
export function cutLines(layout: SheetLayout, usedRows = layout.rows): { x: number[]; y: number[] } {
  const x = Array.from({ length: layout.columns + 1 }, (_, index) => round(layout.marginInline + index * CARD_MM.width));
  const y = Array.from({ length: usedRows + 1 }, (_, index) => round(layout.marginTop + index * CARD_MM.height));
  return { x, y };
}

/**
 * An SVG path (in mm, for a viewBox of the whole page) of short marks in the margins, on the line of every cut, so
 * nothing is drawn on a card. `gap` is the space between the grid and a mark.
 */
export function cropMarksPath(layout: SheetLayout, usedRows = layout.rows, { gap = 2, length = 5 } = {}): string {
  const { x, y } = cutLines(layout, usedRows);
  const top = y[0]!;
  const bottom = y[y.length - 1]!;
  const left = x[0]!;
  const right = x[x.length - 1]!;
  const marks: string[] = [];
  for (const at of x) {
    marks.push(`M${at} ${round(top - gap - length)}v${length}`, `M${at} ${round(bottom + gap)}v${length}`);
  }
  for (const at of y) {
    marks.push(`M${round(left - gap - length)} ${at}h${length}`, `M${round(right + gap)} ${at}h${length}`);
  }
  return marks.join('');
}
