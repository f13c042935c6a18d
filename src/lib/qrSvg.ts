/** A QR code as SVG, made at build time by the qrcode library, split so a page can define it once and reuse it. */
import QRCode from 'qrcode';
import { isCleanUrl } from './shareLinks';

export interface QrSvg {
  /** The `viewBox` of the code, quiet zone included. */
  viewBox: string;
  /** The SVG shapes (a white square and the black modules), to put inside a `<symbol>` or `<svg>`. */
  body: string;
}

/** Error correction level M survives a worn or folded card; the 4-module quiet zone is what scanners expect. */
export async function qrSvg(url: string): Promise<QrSvg> {
  if (!isCleanUrl(url)) throw new Error(`A QR code must point at a plain page address: ${url}`);
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1];
  const body = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(svg)?.[1];
  if (!viewBox || !body) throw new Error('qrcode returned an SVG this code cannot read');
  return { viewBox, body };
}
