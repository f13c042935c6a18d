/** Links for sharing a page: the page's own address (never a query or hash) and a WhatsApp link the reader can follow. */

/** The page's canonical address on the public site, with any query string or hash removed. */
export function pageUrl(pathname: string, site: string | URL): string {
  const url = new URL(pathname, site);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** True when a URL carries nothing but the page address (no tracking parameters, no hash). */
export function isCleanUrl(url: string): boolean {
  const parsed = new URL(url);
  return parsed.search === '' && parsed.hash === '' && parsed.username === '' && parsed.password === '';
}

/** `https://wa.me/?text=…`: WhatsApp opens with the title and the address typed in, ready to send or change. */
export function whatsAppHref(title: string, url: string): string {
  if (!isCleanUrl(url)) throw new Error(`Share links must not carry a query or hash: ${url}`);
  return `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`;
}

/** What `navigator.share` gets: the page title, its summary and its clean address. */
export function shareData(title: string, summary: string, url: string): { title: string; text: string; url: string } {
  if (!isCleanUrl(url)) throw new Error(`Share links must not carry a query or hash: ${url}`);
  return { title, text: summary, url };
}
