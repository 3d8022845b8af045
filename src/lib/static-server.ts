// A small static host for a built site: clean URLs like the real hosts, gzip like
// GitHub Pages, and the site's own `_headers`, so what the budget weighs is what
// readers download.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listSiteFiles } from './built-site.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file.ts';
import { resolvePath } from './link-check.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

// Already compressed formats gain nothing from gzip.
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg\+xml)/;

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic(dir: string): Promise<RunningServer> {
  const files = new Set(listSiteFiles(dir));
  const headersFile = join(dir, '_headers');
  const rules: HeaderRule[] = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8'), headersFile) : [];

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const found = resolvePath(url.pathname, files);
    const notFound = files.has('/404.html') ? '/404.html' : undefined;
    const file = found ?? notFound;
    const status = found ? 200 : 404;
    const headers: Record<string, string> = { ...headersFor(rules, url.pathname) };
    if (!file) {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    let body = readFileSync(join(dir, file));
    headers['content-type'] = type;
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
