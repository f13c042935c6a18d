// npm run edit: the editor against this working copy, on your own machine (Decap CMS's local mode). It writes the
// editor to a temporary folder, serves it at http://127.0.0.1:4322/admin/ with the editor's own headers from
// public/_headers, and starts decap-server, which reads and writes the files of the working copy. Saving writes the
// files; you review and commit them with git as usual.
//   EDIT_ROOT=<folder>   edit another copy of the repository (the browser test edits a temporary copy)
//   EDIT_PORT, EDIT_PROXY_PORT   the two ports (4322 and 8082)
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { ADMIN_PATH, writeAdmin } from './lib/adminBuild.ts';
import { headersFor } from '../src/lib/cms/headers.ts';

const HERE = resolve(import.meta.dirname, '..');
const root = resolve(process.env.EDIT_ROOT ?? HERE);
const port = Number(process.env.EDIT_PORT ?? 4322);
const proxyPort = Number(process.env.EDIT_PROXY_PORT ?? 8082);
const proxy = `http://127.0.0.1:${proxyPort}`;

const out = mkdtempSync(join(tmpdir(), 'waymark-edit-'));
// Local mode saves straight to the files (decap-server's file mode has no pull requests): review them with git.
await writeAdmin(out, { root: HERE, config: { local_backend: { url: `${proxy}/api/v1`, allowed_hosts: ['127.0.0.1', 'localhost'] }, publish_mode: 'simple' } });

const policy = headersFor(readFileSync(join(HERE, 'public/_headers'), 'utf8'), ADMIN_PATH);
policy['Content-Security-Policy'] = policy['Content-Security-Policy']!.replace("connect-src 'self'", `connect-src 'self' ${proxy}`);
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (!path.startsWith(ADMIN_PATH)) {
    response.writeHead(302, { Location: ADMIN_PATH }).end();
    return;
  }
  const file = join(out, normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^(\.\.[/\\])+/, ''));
  try {
    const body = readFileSync(file);
    response.writeHead(200, { ...policy, 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end('Not found');
  }
});

const decapServer = spawn(process.execPath, [join(HERE, 'node_modules/decap-server/dist/index.js')], {
  cwd: out,
  env: { ...process.env, PORT: String(proxyPort), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root, MODE: 'fs', LOG_LEVEL: 'warn' },
  stdio: 'inherit',
});

server.listen(port, '127.0.0.1', () => console.log(`Editor: http://127.0.0.1:${port}${ADMIN_PATH} (editing ${root})`));

const stop = () => {
  decapServer.kill();
  server.close();
  rmSync(out, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
decapServer.on('exit', (code) => {
  if (code) console.error(`decap-server stopped (${code})`);
});
