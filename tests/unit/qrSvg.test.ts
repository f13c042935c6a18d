import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qrSvg';

/** Draws the SVG the page will show (horizontal runs of modules: `M x y h n m dx dy …`) into pixels jsQR can read. */
function rasterize(svg: { viewBox: string; body: string }, scale = 4) {
  const size = Number(svg.viewBox.split(' ')[2]);
  const dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const path = /stroke="#000000" d="([^"]+)"/.exec(svg.body)![1]!;
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([MmHhVv])\s*(-?[\d.]+)(?:\s+(-?[\d.]+))?/g)) {
    const first = Number(a);
    if (command === 'M') [x, y] = [first, Number(b)];
    else if (command === 'm') [x, y] = [x + first, y + Number(b)];
    else if (command === 'h') {
      for (let column = x; column < x + first; column += 1) dark[Math.floor(y)]![column] = true;
      x += first;
    }
  }
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4);
  for (let row = 0; row < width; row += 1) {
    for (let column = 0; column < width; column += 1) {
      const value = dark[Math.floor(row / scale)]![Math.floor(column / scale)] ? 0 : 255;
      pixels.set([value, value, value, 255], (row * width + column) * 4);
    }
  }
  return { pixels, width };
}

describe('the QR code on the pocket cards', () => {
  for (const url of ['https://waymark.example/ar/', 'https://waymark.example/zh-hans/', 'https://help.example.org.uk/ti/']) {
    it(`decodes to exactly ${url}`, async () => {
      const { pixels, width } = rasterize(await qrSvg(url));
      expect(jsQR(pixels, width, width)?.data).toBe(url);
    });
  }

  it('keeps a quiet zone around the code, which scanners need', async () => {
    const svg = await qrSvg('https://waymark.example/en/');
    expect(/stroke="#000000" d="M4 /.test(svg.body)).toBe(true);
  });

  it('refuses an address with tracking parameters', async () => {
    await expect(qrSvg('https://waymark.example/en/?utm_source=card')).rejects.toThrow(/plain page address/);
  });
});
