import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { serveStatic, type RunningServer } from '../../src/lib/static-server.ts';

const dir = join(import.meta.dirname, '../fixtures/sites/sound');

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

describe('serveStatic', () => {
  let server: RunningServer;
  before(async () => {
    server = await serveStatic(dir);
  });
  after(() => server.close());

  // node:http hands over the bytes as sent, where fetch would unzip them.
  const request = (path: string, encoding = 'gzip, deflate, br') =>
    new Promise<RawResponse>((resolve, reject) => {
      get(new URL(path, server.origin), { headers: { 'accept-encoding': encoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });

  it('serves pages gzipped, with their type and the headers of the site’s _headers', async () => {
    const response = await request('/posts/first.html');
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(response.headers['content-encoding'], 'gzip');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(Number(response.headers['content-length']), response.body.length);
    assert.deepEqual(gunzipSync(response.body), readFileSync(join(dir, 'posts/first.html')));
  });

  it('resolves clean URLs and folders like the hosts', async () => {
    assert.equal((await request('/posts/first')).status, 200);
    assert.equal((await request('/tags/python/')).status, 200);
    assert.equal((await request('/')).status, 200);
  });

  it('sends plain bytes to a client that does not accept gzip', async () => {
    const response = await request('/images/diagram.svg', 'identity');
    assert.equal(response.headers['content-encoding'], undefined);
    assert.equal(response.headers['content-type'], 'image/svg+xml');
    assert.deepEqual(response.body, readFileSync(join(dir, 'images/diagram.svg')));
  });

  it('answers 404 for a missing file', async () => {
    assert.equal((await request('/posts/gone.html')).status, 404);
  });
});
