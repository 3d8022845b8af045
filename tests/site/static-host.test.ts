// dist/ served by the plainest static host there is, `python3 -m http.server`: no rewrite rules,
// no clean URLs, only files and folders with index.html. Every internal link and form action of
// every page has to answer 200 there at once, without a redirect.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import { DIST, postsIn } from '../support/built-site.ts';
import { internalLinks } from '../support/internal-links.ts';

let server: ChildProcess;
let origin: string;

before(async () => {
  // Port 0: the system picks a free port, which the server prints. Its output is read to
  // the end: closing the pipe early would end the server at its next write.
  server = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', DIST], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  origin = await new Promise<string>((resolve, reject) => {
    let printed = '';
    server.stdout!.on('data', (chunk) => {
      printed += String(chunk);
      const port = /port (\d+) /.exec(printed)?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`python3 -m http.server exited (${code}): ${printed}`)));
  });
});

after(async () => {
  if (server.exitCode !== null || server.signalCode !== null) return;
  server.kill();
  await once(server, 'exit');
});

/** The status each address answers with, asking a few at a time as a browser would. */
async function statuses(addresses: string[]): Promise<Map<string, number>> {
  const answers = new Map<string, number>();
  const queue = [...addresses];
  const worker = async () => {
    for (let address = queue.shift(); address !== undefined; address = queue.shift()) {
      const response = await fetch(`${origin}${address}`, { redirect: 'manual' });
      await response.arrayBuffer();
      answers.set(address, response.status);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return answers;
}

describe('dist/ on python3 -m http.server', () => {
  test('answers every internal link and form action (with its fields) of every page with 200, without a redirect', async () => {
    const links = internalLinks(DIST);
    const addresses = [...new Set(links.map(({ url }) => `${url.pathname}${url.search}`))];
    assert.ok(
      addresses.some((address) => address.includes('?')),
      'the search form was submitted with its fields',
    );
    const answers = await statuses(addresses);
    const failing = links
      .filter(({ url }) => answers.get(`${url.pathname}${url.search}`) !== 200)
      .map(
        ({ page, source, url }) =>
          `${page}: ${source} ${url.pathname}${url.search} answered ${answers.get(`${url.pathname}${url.search}`)}`,
      );
    assert.deepEqual([...new Set(failing)], []);
  });

  test("leads the old /tag/<tag> address of every tag to the tag's page", async () => {
    const tags = [
      ...new Set(
        postsIn('content/posts')
          .filter((post) => post.published)
          .flatMap((post) => post.tags),
      ),
    ];
    assert.ok(tags.length > 0);
    for (const tag of tags) {
      // The folder's redirect to /tag/<tag>/ is followed, as browsers do; the stub then leads on.
      const response = await fetch(`${origin}/tag/${tag}`);
      assert.equal(response.status, 200, `/tag/${tag}`);
      assert.match(await response.text(), new RegExp(`<meta http-equiv="refresh" content="0;url=/tags/${tag}/"`), `/tag/${tag}`);
    }
  });
});
