import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../src/lib/front-matter/parse.ts';
import { postSchema } from '../../src/lib/front-matter/post-schema.ts';
import { DESCRIPTION_PLACEHOLDER } from '../../src/lib/seo.ts';
import { planImport, type PlannedPost, type ReadExisting } from '../../tools/importer/import-feed.ts';
import { parsePostFile } from '../../tools/importer/post-file.ts';
import { assignSlugs, SLUG_MAX, slugOf } from '../../tools/importer/slugs.ts';
import { summarize } from '../../tools/importer/summary.ts';
import { atomEntry, atomFeed, OPENING, rssFeed } from '../support/importer-feeds.ts';

const noFiles: ReadExisting = () => undefined;
const today = new Date('2026-03-04T12:00:00Z');
const planOne = (xml: string) => planImport(xml, { outDir: 'p', today }, noFiles).posts[0]!;
const frontMatterOf = (post: PlannedPost) => parsePostFile(post.text!)!.frontMatter;

/** What the build reads: YAML 1.1 like js-yaml, then the post schema. */
function passesTheBuild(post: PlannedPost): boolean {
  const data = parse(splitFrontMatter(post.text!)!.yaml, { schema: 'yaml-1.1' }) as Record<string, unknown>;
  return postSchema.safeParse(data).success;
}

describe('summaries', () => {
  test('cut at a word boundary within 160 characters', () => {
    const words =
      'Running and maintaining Kubernetes clusters is hard and it takes a lot of time to keep them upgraded, monitored, scaled and secured for every single tenant that uses them';
    const summary = summarize(`<figure class="image"><img src="x.png" alt="x"><figcaption>Caption</figcaption></figure><p>${words}</p>`);
    assert.ok(summary.length <= 160, `${summary.length} characters`);
    assert.ok(summary.endsWith('…'));
    assert.ok(words.startsWith(summary.slice(0, -1)), 'ends at a whole word');
    assert.ok(!summary.includes('Caption'));
  });

  test('a short opening paragraph is followed by the next one', () => {
    assert.equal(summarize('<p>Hey there.</p><p>Second paragraph.</p>'), 'Hey there. Second paragraph.');
  });

  test('a body wrapped in a div, or mostly a list, is summarised from its text, not its code or headings', () => {
    const wrapped =
      '<div class="entry"><h2>Heading</h2><div>First words of a post whose paragraphs all sit inside a wrapper div.</div><pre>code()</pre></div>';
    assert.equal(summarize(wrapped), 'First words of a post whose paragraphs all sit inside a wrapper div.');
    assert.equal(
      summarize('<p>Intro:</p><ul><li>one point that is long enough</li><li>and a second point too</li></ul>'),
      'Intro: one point that is long enough and a second point too',
    );
  });
});

describe('imported front matter passes the build', () => {
  test('a title the build would read as a date, a boolean or a number is quoted', () => {
    for (const title of ['2024-01-01', 'Yes', 'off', '1:30', '0x1F', '~']) {
      const post = planOne(atomFeed(atomEntry({ title })));
      assert.equal(frontMatterOf(post).title, title);
      assert.ok(passesTheBuild(post), `title ${title}:\n${post.text}`);
    }
  });

  test('a body too short to describe is imported as a draft asking for a description', () => {
    const post = planOne(atomFeed(atomEntry({ html: '<div>Short.</div>' })));
    assert.equal(post.outcome, 'written');
    assert.equal(frontMatterOf(post).draft, true);
    assert.equal(frontMatterOf(post).description, DESCRIPTION_PLACEHOLDER);
    assert.match(post.warnings.join('\n'), /write a description/);
    assert.ok(passesTheBuild(post));
  });

  test('an entry without a date is a draft dated today, with a warning', () => {
    const post = planOne(atomFeed(atomEntry({ dated: false })));
    assert.equal(frontMatterOf(post).pubDate, '2026-03-04');
    assert.equal(frontMatterOf(post).draft, true);
    assert.match(post.warnings.join('\n'), /no date: imported as a draft/);
    assert.ok(passesTheBuild(post));
  });

  test('an RSS guid that is not a URL is not kept as legacyId, with a warning about feed readers', () => {
    const post = planOne(
      rssFeed(
        `<item><title>G</title><link>https://example.org/g.html</link><guid isPermaLink="false">post-42</guid><pubDate>Mon, 18 Jan 2021 10:30:00 GMT</pubDate><description>${OPENING}</description></item>`,
      ),
    );
    assert.equal(frontMatterOf(post).legacyId, undefined);
    assert.equal(frontMatterOf(post).legacyUrl, 'https://example.org/g.html');
    assert.match(post.warnings.join('\n'), /"post-42".*they may show it again/);
    assert.ok(passesTheBuild(post));
  });

  test('a relative link in a feed that names no site is imported without legacyUrl, with a warning', () => {
    const post = planOne(atomFeed(atomEntry({ link: '/posts/rel.html' })).replace('<link href="https://example.org/"/>', ''));
    assert.equal(post.path, join('p', 'rel.md'));
    assert.equal(frontMatterOf(post).legacyUrl, undefined);
    assert.match(post.warnings.join('\n'), /"\/posts\/rel\.html" is not a full address/);
    assert.ok(passesTheBuild(post));
  });

  test('categories that make no valid tag are left out with a warning', () => {
    const post = planOne(atomFeed(atomEntry({ extra: '<category term="Kubernetes"/><category term="Café"/>' })));
    assert.deepEqual(frontMatterOf(post).tags, ['kubernetes']);
    assert.match(post.warnings.join('\n'), /café/);
  });
});

describe('one odd entry never stops the others', () => {
  const odd = (entry: string) =>
    planImport(atomFeed(entry, atomEntry({ title: 'Fine', slug: 'fine' })), { outDir: 'p', today }, noFiles).posts;

  test('malformed percent-encoding in a link still gives a slug', () => {
    const posts = odd(atomEntry({ link: 'https://example.org/posts/caf%E9-%ZZ.html' }));
    assert.deepEqual(
      posts.map((post) => post.outcome),
      ['written', 'written'],
    );
    assert.match(posts[0]!.path!, /caf.*\.md$/);
  });

  test('HTML nested 20,000 deep is skipped with a warning naming the entry', () => {
    const posts = odd(atomEntry({ title: 'Deep', html: `${'<div>'.repeat(20_000)}x` }));
    assert.equal(posts[0]!.outcome, 'skipped');
    assert.match(posts[0]!.label, /entry 1 \("Deep", https:\/\/example\.org\/posts\/a-post\.html\)/);
    assert.match(posts[0]!.reason!, /nested too deeply/);
    assert.equal(posts[1]!.outcome, 'written');
  });

  test('a 300-character slug is cut at a hyphen within the limit', () => {
    const long = Array.from({ length: 60 }, (_, index) => `word${index}`).join('-');
    const slug = slugOf(`https://example.org/posts/${long}.html`);
    assert.ok(slug.length <= SLUG_MAX && long.startsWith(`${slug}-`), slug);
    assert.deepEqual(
      odd(atomEntry({ slug: long })).map((post) => post.outcome),
      ['written', 'written'],
    );
  });

  test('entries that would share a slug are numbered, not lost', () => {
    const slugs = assignSlugs(['https://a.org/x/', 'https://a.org/y/x.html', undefined, 'https://a.org/z/x']);
    assert.deepEqual(
      slugs.map((slug) => slug?.slug),
      ['x', 'x-2', undefined, 'x-3'],
    );
    assert.match(slugs[1]!.warning!, /"x".*"x-2"/);
  });
});

describe("the author's summary", () => {
  const item = (description: string) =>
    rssFeed(`<item><title>Summed up</title><link>https://example.org/posts/summed-up.html</link>
      <pubDate>Mon, 18 Jan 2021 10:30:00 GMT</pubDate>
      <description><![CDATA[${description}]]></description>
      <content:encoded><![CDATA[<p>${OPENING} And more words follow in the body of the post.</p>]]></content:encoded></item>`);
  const description = (xml: string) =>
    String(parsePostFile(planImport(xml, { outDir: 'p' }, () => undefined).posts[0]!.text!)!.frontMatter.description);

  test('is the description when the entry has one beside its full text, within 50–160 characters', () => {
    const own = 'The <em>author’s</em> own words on what this post covers, written for the feed.';
    assert.equal(description(item(own)), 'The author’s own words on what this post covers, written for the feed.');
  });

  test('gives way to the cut from the body when it is too short or too long', () => {
    for (const own of ['Too short.', 'word '.repeat(40)]) assert.match(description(item(own)), /^Hello there, this opening paragraph/);
  });
});
