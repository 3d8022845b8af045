import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editedPost, postSlug, syntheticCorpus, syntheticPost } from '../../tools/bench/corpus.ts';
import { parseFrontMatter } from '../../src/lib/front-matter/parse.ts';
import { descriptionProblem } from '../../src/lib/seo.ts';

const corpus = syntheticCorpus(30);

function split(text: string) {
  const parsed = parseFrontMatter(text);
  assert.ok(parsed, 'front matter then body');
  return parsed;
}

describe('syntheticCorpus', () => {
  it('makes the number of posts asked for, each with its own file name', () => {
    assert.equal(corpus.length, 30);
    assert.equal(new Set(corpus.map((post) => post.fileName)).size, 30);
  });

  it('is the same on every run', () => {
    assert.deepEqual(syntheticPost(7, 30), syntheticPost(7, 30));
    assert.notEqual(syntheticPost(7, 30).text, syntheticPost(8, 30).text);
  });

  it('writes front matter the posts schema accepts', () => {
    for (const post of corpus) {
      const { data } = split(post.text);
      assert.equal(typeof data.title, 'string');
      assert.equal(descriptionProblem(String(data.description)), undefined, post.fileName);
      assert.match(String(data.pubDate), /^\d{4}-\d{2}-\d{2}$/, `${post.fileName}: pubDate is a day`);
      assert.ok(Array.isArray(data.tags));
    }
  });

  it('dates no post of a large corpus in the future, so a build publishes them all', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const post of syntheticCorpus(5000)) {
      assert.ok(String(split(post.text).data.pubDate) <= today, `${post.fileName} is dated after today`);
    }
  });

  it('gives every post of a large corpus a description search engines accept', () => {
    for (const post of syntheticCorpus(1000)) {
      assert.equal(descriptionProblem(String(split(post.text).data.description)), undefined, post.fileName);
    }
  });

  it('shapes posts like the real ones', () => {
    for (const post of corpus) {
      const { body } = split(post.text);
      const words = body.split(/\s+/).length;
      assert.ok(words > 700 && words < 1500, `${post.fileName}: ${words} words`);
      assert.ok((body.match(/^## .+ \{#[\w-]+\}$/gm) ?? []).length >= 5, `${post.fileName}: sections with ids`);
      assert.ok((body.match(/^```\w+/gm) ?? []).length >= 3, `${post.fileName}: code blocks`);
      assert.match(body, /<figure>\n {2}<img src="[^"]+" alt="[^"]+" \/>\n {2}<figcaption>/);
      assert.match(body, /\]\(https:\/\/example\.com\//);
    }
    assert.ok(
      corpus.some((post) => /^\| :--- \| :---: \| ---: \|$/m.test(post.text)),
      'some posts have tables',
    );
  });

  it('links each post to a section that exists in another post of the corpus', () => {
    const slugs = new Set(corpus.map((post) => post.fileName.replace(/\.md$/, '')));
    for (const post of corpus) {
      const [, slug, id] = /\]\(\/posts\/([\w-]+)\.html#([\w-]+)\)/.exec(post.text) ?? [];
      assert.ok(slug && slugs.has(slug), `${post.fileName} links to ${slug}`);
      const target = corpus.find((other) => other.fileName === `${slug}.md`)!;
      assert.match(target.text, new RegExp(`\\{#${id}\\}`));
    }
  });

  it('names posts so they sort in order', () => {
    assert.equal(postSlug(0), 'synthetic-post-0001');
    assert.equal(postSlug(999), 'synthetic-post-1000');
  });

  it('edits a post in its body only, differently each time', () => {
    const post = corpus[0]!.text;
    const [once, twice] = [editedPost(post, 1), editedPost(post, 2)];
    assert.deepEqual(split(once).data, split(post).data);
    assert.ok(split(once).body.startsWith(split(post).body.trimEnd()));
    assert.notEqual(split(once).body, split(post).body);
    assert.notEqual(once, twice);
  });
});
