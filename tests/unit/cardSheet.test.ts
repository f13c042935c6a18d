import { describe, expect, it } from 'vitest';
import { A4_MM, CARD_MM, CARDS_PER_SHEET, cropMarksPath, cutLines, rowsFor, sheetLayout } from '../../src/lib/cardSheet';

describe('a sheet of pocket cards', () => {
  it('holds ten bank-card-sized cards on A4, two across and five down', () => {
    expect(CARD_MM).toEqual({ width: 85.6, height: 54 });
    expect(A4_MM).toEqual({ width: 210, height: 297 });
    expect(CARDS_PER_SHEET).toBe(10);
  });

  it('centres the grid, so the back of the sheet lines up with the front when printed on both sides', () => {
    const layout = sheetLayout();
    expect(layout.marginInline).toBe(19.4);
    expect(layout.marginTop).toBe(13.5);
    const { x } = cutLines(layout);
    expect(x[0]).toBeCloseTo(A4_MM.width - x[x.length - 1]!, 6);
  });

  it('refuses a grid that does not fit on the page', () => {
    expect(() => sheetLayout(3, 5)).toThrow(/do not fit/);
    expect(() => sheetLayout(2, 6)).toThrow(/do not fit/);
  });

  it('cuts between every card and around the edge', () => {
    expect(cutLines(sheetLayout())).toEqual({ x: [19.4, 105, 190.6], y: [13.5, 67.5, 121.5, 175.5, 229.5, 283.5] });
    expect(cutLines(sheetLayout(), 3).y).toEqual([13.5, 67.5, 121.5, 175.5]);
  });

  it('counts the rows a number of cards fills', () => {
    expect(rowsFor(10)).toBe(5);
    expect(rowsFor(9)).toBe(5);
    expect(rowsFor(8)).toBe(4);
  });
});

describe('crop marks', () => {
  const marks = (path: string) => [...path.matchAll(/M([\d.]+) ([\d.]+)([vh])([\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), dir: m[3], length: Number(m[4]) }));

  it('marks both ends of every cut line: 3 vertical and 6 horizontal cuts', () => {
    const all = marks(cropMarksPath(sheetLayout()));
    expect(all.filter((m) => m.dir === 'v')).toHaveLength(6);
    expect(all.filter((m) => m.dir === 'h')).toHaveLength(12);
  });

  it('draws only in the margins, never on a card, and stays on the page', () => {
    const layout = sheetLayout();
    const right = layout.marginInline + 2 * CARD_MM.width;
    const bottom = layout.marginTop + 5 * CARD_MM.height;
    for (const mark of marks(cropMarksPath(layout))) {
      const end = mark.dir === 'v' ? { x: mark.x, y: mark.y + mark.length } : { x: mark.x + mark.length, y: mark.y };
      const insideGrid = (p: { x: number; y: number }) => p.x > layout.marginInline && p.x < right && p.y > layout.marginTop && p.y < bottom;
      expect(insideGrid(mark) || insideGrid(end)).toBe(false);
      for (const p of [mark, end]) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(A4_MM.width);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(A4_MM.height);
      }
    }
  });

  it('puts the bottom marks under the last row in use', () => {
    const vertical = marks(cropMarksPath(sheetLayout(), 3)).filter((m) => m.dir === 'v');
    expect(Math.max(...vertical.map((m) => m.y))).toBeCloseTo(13.5 + 3 * 54 + 2, 6);
  });
});
