// Serves dist/ on loopback like a static host would: directory index files, 404 page, the headers from
// public/_headers, and brotli or gzip when the browser asks for it. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream',
};

/** Reads public/_headers (Netlify/Cloudflare format): only the global `/*` block is applied here. */
async function globalHeaders() {
  try {
    const text = await readFile(join(root, '_headers'), 'utf8');
    const headers = {};
    let inGlobal = false;
    for (const line of text.split('\n')) {
      if (/^\S/.test(line)) inGlobal = line.trim() === '/*';
      else if (inGlobal && line.includes(':')) {
        const [name, ...value] = line.trim().split(':');
        headers[name.trim()] = value.join(':').trim();
      }
    }
    return headers;
  } catch {
    return {};
  }
}
const headers = await globalHeaders();

/**
 * Each file compressed once, as a host serves files compressed ahead of time: brotli 11 of a 150 KB page takes tens
 * of milliseconds, which would otherwise be timed as the server's response (and is kept until the file changes).
 */
const compressedCache = new Map();
function compressed(path, body, encoding) {
  const key = `${encoding}:${path}`;
  const cached = compressedCache.get(key);
  if (cached && cached.source.equals(body)) return cached.body;
  const out = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 });
  compressedCache.set(key, { source: body, body: out });
  return out;
}

async function resolveFile(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return undefined;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return undefined;
  }
}

const server = createServer(async (request, response) => {
  const file = await resolveFile(request.url ?? '/');
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  let body;
  try {
    body = await readFile(path);
  } catch {
    response.writeHead(404).end('Not found');
    return;
  }
  const type = types[extname(path)] ?? 'application/octet-stream';
  const accept = String(request.headers['accept-encoding'] ?? '');
  const compressible = /^(text|application\/(json|xml)|image\/svg)/.test(type);
  const out = { ...headers, 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  if (compressible && /\bbr\b/.test(accept)) {
    body = compressed(path, body, 'br');
    out['Content-Encoding'] = 'br';
  } else if (compressible && /\bgzip\b/.test(accept)) {
    body = compressed(path, body, 'gzip');
    out['Content-Encoding'] = 'gzip';
  }
  out['Content-Length'] = body.length;
  response.writeHead(status, out);
  response.end(request.method === 'HEAD' ? undefined : body);
});

server.listen(port, host, () => console.log(`Waymark is served at http://${host}:${port}/ (from ${root})`));
