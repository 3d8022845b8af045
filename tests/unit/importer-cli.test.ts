import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { writePlan } from '../../tools/importer/write-plan.ts';
import { atomEntry, atomFeed, runImport, STACK_FRAME } from '../support/importer-feeds.ts';

const root = join(import.meta.dirname, '../..');
const tempDir = () => mkdtempSync(join(tmpdir(), 'import-'));
const filesIn = (dir: string) => new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

describe('the import command', () => {
  test('writes the posts, then reports them unchanged, and lists referenced images', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'feed.xml'),
      atomFeed(
        atomEntry({
          html: '<figure class="image"><img src="/static/images/a.png" alt="A"></figure><p>Text long enough to be the description of this post.</p>',
        }),
      ),
    );
    const first = runImport(dir, ['feed.xml', '--out', 'posts']);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /^wrote posts\/a-post\.md$/m);
    assert.match(first.stdout, /1 written, 0 unchanged, 0 skipped/);
    assert.match(first.stdout, /\/static\/images\/a\.png/);
    const written = readFileSync(join(dir, 'posts', 'a-post.md'), 'utf8');
    const second = runImport(dir, ['feed.xml', '--out', 'posts']);
    assert.match(second.stdout, /0 written, 1 unchanged/);
    assert.equal(readFileSync(join(dir, 'posts', 'a-post.md'), 'utf8'), written);
    assert.deepEqual(readdirSync(dir).sort(), ['feed.xml', 'posts'], 'no staging folder left behind');
    assert.deepEqual(readdirSync(join(dir, 'posts')), ['a-post.md'], 'no temporary files left behind');
  });

  // The imported posts, found by their legacy ids: posts the author added are no concern of the feed,
  // and one the author removed is simply written again.
  test("the old site's feed imports into the committed posts without changing a byte", () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'posts'));
    const postsDir = join(root, 'content/posts');
    for (const name of readdirSync(postsDir)) {
      if (/^legacyId:/m.test(readFileSync(join(postsDir, name), 'utf8'))) cpSync(join(postsDir, name), join(dir, 'posts', name));
    }
    const before = filesIn(join(dir, 'posts'));
    assert.ok(before.size > 0, 'some committed posts came from the feed');
    const seed = join(root, 'content/seed-feed.atom.xml');
    const entries = readFileSync(seed, 'utf8').match(/<entry[\s>]/g)!.length;
    const result = runImport(dir, [seed, '--out', 'posts']);
    assert.equal(result.status, 0, result.output);
    assert.match(result.stdout, new RegExp(`^${entries - before.size} written, \\d+ unchanged, 0 skipped`, 'm'));
    const after = filesIn(join(dir, 'posts'));
    for (const [name, text] of before) assert.equal(after.get(name), text, name);
  });

  test('paths are taken from the folder the user ran npm in (INIT_CWD), not the project root', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.xml'), atomFeed(atomEntry()));
    const result = runImport(root, ['feed.xml', '--out', 'imported'], dir);
    assert.equal(result.status, 0, result.output);
    assert.ok(existsSync(join(dir, 'imported', 'a-post.md')));
    assert.ok(!existsSync(join(root, 'imported')));
  });

  test('--dry-run writes nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.xml'), atomFeed(atomEntry()));
    const result = runImport(dir, ['feed.xml', '--out', 'posts', '--dry-run']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /would write/);
    assert.equal(existsSync(join(dir, 'posts')), false);
  });
});

describe('bad input ends in a clear message, never a stack trace', () => {
  const importFeed = (xml: string | Uint8Array, ...args: string[]) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.xml'), xml);
    const result = runImport(dir, ['feed.xml', '--out', 'posts', ...args]);
    assert.doesNotMatch(result.output, STACK_FRAME);
    return { ...result, dir };
  };

  test('malformed XML exits 1 naming file, line and column, and writes nothing', () => {
    const result = importFeed('<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>\n<title>x</titel>\n</entry></feed>');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /feed\.xml:3:\d+: malformed XML/);
    assert.equal(existsSync(join(result.dir, 'posts')), false);
  });

  test('a bare & is refused by line and column; an unknown encoding is a warning naming the one used', () => {
    const ampersand = importFeed(atomFeed('<entry><title>A & B</title></entry>'));
    assert.equal(ampersand.status, 1);
    assert.match(ampersand.stderr, /feed\.xml:6:\d+: malformed XML: a bare "&"/);
    const encoding = importFeed(`\n\n${atomFeed(atomEntry()).replace('utf-8', 'x-unheard-of')}`);
    assert.equal(encoding.status, 0, encoding.output);
    assert.match(encoding.stderr, /warning: feed\.xml: its XML declaration names the unknown encoding "x-unheard-of": read as UTF-8/);
    assert.doesNotMatch(encoding.output, STACK_FRAME);
  });

  test('odd entries are warnings naming them; the others are imported', () => {
    const long = Array.from({ length: 60 }, (_, index) => `word${index}`).join('-');
    const result = importFeed(
      atomFeed(
        atomEntry({ title: 'Deep', slug: 'deep', html: '<div>'.repeat(20_000) }),
        atomEntry({ title: 'Percent', link: 'https://example.org/posts/100%-%ZZ.html' }),
        atomEntry({ title: 'Long', slug: long }),
        atomEntry({ title: 'Relative', link: '/posts/rel.html' }),
        atomEntry({ title: 'Fine', slug: 'fine' }),
      ),
    );
    assert.equal(result.status, 0, result.output);
    assert.match(
      result.stderr,
      /warning: skipped entry 1 \("Deep", https:\/\/example\.org\/posts\/deep\.html\): it could not be converted \(its HTML is nested too deeply\)/,
    );
    assert.match(result.stdout, /4 written, 0 unchanged, 1 skipped/);
    assert.ok(existsSync(join(result.dir, 'posts', 'rel.md')));
  });

  test('an unexpected failure is one line and exit 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.xml'), atomFeed(atomEntry()));
    writeFileSync(join(dir, 'posts'), 'a file where the folder should be');
    const result = runImport(dir, ['feed.xml', '--out', 'posts']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^import failed: .*posts/);
    assert.doesNotMatch(result.output, STACK_FRAME);
  });

  test('a missing feed file is a clear error', () => {
    const result = runImport(tempDir(), ['nope.xml']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /nope\.xml: cannot read the feed \(ENOENT\)/);
  });
});

describe('all or nothing', () => {
  test('an import that fails while writing leaves the posts folder as it was', () => {
    const dir = tempDir();
    const outDir = join(dir, 'posts');
    const post = (name: string) => ({ outcome: 'written' as const, label: name, path: join(outDir, name), text: 'x', warnings: [] });
    assert.throws(() => writePlan({ posts: [post('a.md'), post(`${'b'.repeat(300)}.md`)], imagePaths: [] }, outDir));
    assert.equal(existsSync(join(outDir, 'a.md')), false);
    assert.deepEqual(readdirSync(dir), [], 'the staging folder is gone too');
  });

  test('what an interrupted import left is removed by the next one, which writes everything', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'feed.xml'), atomFeed(atomEntry({ slug: 'one' }), atomEntry({ slug: 'two' })));
    mkdirSync(join(dir, 'posts'));
    writeFileSync(join(dir, 'posts', 'one.md.tmp-4242'), '');
    mkdirSync(join(dir, '.posts.import-999999999'));
    writeFileSync(join(dir, '.posts.import-999999999', 'one.md'), '---\ntitle: half');
    const result = runImport(dir, ['feed.xml', '--out', 'posts']);
    assert.equal(result.status, 0, result.output);
    assert.match(result.stderr, /^removed posts\/one\.md\.tmp-4242, left by an interrupted import$/m);
    assert.deepEqual(readdirSync(dir).sort(), ['feed.xml', 'posts']);
    assert.deepEqual(readdirSync(join(dir, 'posts')).sort(), ['one.md', 'two.md']);
  });
});
