/**
 * The headers a static host sends for a path, read from public/_headers (Netlify / Cloudflare Pages format): every
 * block whose path matches applies, in order; a later value of the same header is added to the earlier one (as the
 * hosts do, so two policies would both apply), and `! Name` detaches a header set by a broader block (Cloudflare
 * Pages syntax), so /admin/ can have its own policy instead of the public one. Pure; used by the editor's local
 * server and the tests.
 */
export function headersFor(text: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (/^\S/.test(line)) {
      const pattern = line.trim();
      applies = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
      continue;
    }
    if (!applies) continue;
    const detach = /^\s*!\s*(\S+)\s*$/.exec(line);
    if (detach) {
      delete headers[detach[1]!];
      continue;
    }
    const [name, ...value] = line.trim().split(':');
    const key = name!.trim();
    const joined = value.join(':').trim();
    headers[key] = headers[key] ? `${headers[key]}, ${joined}` : joined;
  }
  return headers;
}
