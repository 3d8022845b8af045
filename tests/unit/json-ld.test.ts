import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { blogPosting, serializeJsonLd, webPage } from '../../src/lib/json-ld.ts';
import { AWKWARD_TITLE } from '../support/awkward.ts';

const page = {
  title: AWKWARD_TITLE,
  description: 'A description',
  url: 'https://shipit.dev/posts/a.html',
  image: 'https://shipit.dev/social-cards/posts/a.png',
  language: 'en',
};
const author = { name: 'Max Brenner', url: 'https://github.com/brennerm' };

describe('serializeJsonLd', () => {
  const data = { headline: `${AWKWARD_TITLE} <!-- & \u2028 \u2029`, nested: ['</SCRIPT>'] };
  const json = serializeJsonLd(data);

  it('cannot end or open tags in the HTML around it', () => {
    assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
  });

  it('parses back to exactly the same data', () => {
    assert.deepEqual(JSON.parse(json), data);
  });

  it('stays one script whose text an HTML parser hands back unchanged', () => {
    const tree = fromHtml(`<script type="application/ld+json">${json}</script><p>after</p>`);
    assert.deepEqual(JSON.parse(toText(select('script', tree)!)), data);
    assert.equal(toText(select('p', tree)!), 'after');
  });
});

describe('blogPosting', () => {
  it('describes a post with its dates, author, URL and image', () => {
    const posting = blogPosting(page, { published: new Date('2021-01-18'), tags: ['aws', 'devops'] }, author);
    assert.deepEqual(posting, {
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: AWKWARD_TITLE,
      description: 'A description',
      url: 'https://shipit.dev/posts/a.html',
      mainEntityOfPage: 'https://shipit.dev/posts/a.html',
      image: 'https://shipit.dev/social-cards/posts/a.png',
      datePublished: '2021-01-18T00:00:00.000Z',
      dateModified: '2021-01-18T00:00:00.000Z',
      author: { '@type': 'Person', name: 'Max Brenner', url: 'https://github.com/brennerm' },
      keywords: 'aws, devops',
      inLanguage: 'en',
    });
  });

  it('reports the update date as modified when there is one', () => {
    const posting = blogPosting(page, { published: new Date('2021-01-18'), modified: new Date('2022-03-04'), tags: [] }, author);
    assert.equal(posting.dateModified, '2022-03-04T00:00:00.000Z');
  });
});

describe('webPage', () => {
  it('describes the home page as the web site and other pages as pages', () => {
    assert.equal(webPage(page, { isHome: true })['@type'], 'WebSite');
    assert.equal(webPage(page, { isHome: false })['@type'], 'WebPage');
    assert.equal(webPage(page, { isHome: false }).url, page.url);
  });
});
