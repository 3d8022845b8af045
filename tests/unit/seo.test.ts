import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  archiveDescription,
  checkDescription,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  DESCRIPTION_PLACEHOLDER,
  descriptionProblem,
  pageTitle,
  postCardPath,
  tagFeedDescription,
  tagPageDescription,
} from '../../src/lib/seo.ts';
import { site } from '../../src/site.config.ts';

describe('pageTitle', () => {
  it('puts the page first and the site after it', () => {
    assert.equal(pageTitle('Ansible top 5'), `Ansible top 5 | ${site.title}`);
  });

  it("leaves the site's name out when the whole would pass 70 characters, and never shortens the page's own title", () => {
    const suffix = ` | ${site.title}`.length;
    const fits = 'f'.repeat(70 - suffix);
    assert.equal(pageTitle(fits), `${fits} | ${site.title}`);
    assert.equal(pageTitle(`${fits}x`), `${fits}x`);
    const long = 'A title of ninety characters, longer than any search engine shows, yet the author wants it';
    assert.equal(pageTitle(long), long);
  });

  it('is the bare site title for the home page', () => {
    assert.equal(pageTitle(), site.title);
  });
});

describe('checkDescription', () => {
  it('accepts 50 to 160 characters', () => {
    assert.equal(checkDescription('x'.repeat(DESCRIPTION_MIN), '/a.html'), 'x'.repeat(DESCRIPTION_MIN));
    assert.equal(checkDescription('x'.repeat(DESCRIPTION_MAX), '/a.html'), 'x'.repeat(DESCRIPTION_MAX));
  });

  it('refuses shorter and longer ones, naming the page and the length', () => {
    assert.throws(
      () => checkDescription('Too short', '/posts/new.html'),
      /^Error: \/posts\/new.html: .*50–160 characters, not 9: "Too short"/,
    );
    assert.throws(() => checkDescription('x'.repeat(161), '/about.html'), /\/about.html: .*not 161/);
  });
});

describe('descriptionProblem', () => {
  it('accepts 50 to 160 characters once trimmed', () => {
    assert.equal(descriptionProblem(`  ${'x'.repeat(DESCRIPTION_MIN)}\n`), undefined);
    assert.equal(descriptionProblem('x'.repeat(DESCRIPTION_MAX)), undefined);
  });

  it('names the rule and the trimmed length of others', () => {
    assert.equal(
      descriptionProblem(`   ${'x'.repeat(DESCRIPTION_MIN - 1)}   `),
      `must be ${DESCRIPTION_MIN}–${DESCRIPTION_MAX} characters, not ${DESCRIPTION_MIN - 1}`,
    );
    assert.equal(
      descriptionProblem('x'.repeat(DESCRIPTION_MAX + 1)),
      `must be ${DESCRIPTION_MIN}–${DESCRIPTION_MAX} characters, not ${DESCRIPTION_MAX + 1}`,
    );
  });

  it('lets a draft keep the placeholder of npm run new but not publish it', () => {
    assert.equal(descriptionProblem(DESCRIPTION_PLACEHOLDER, { draft: true }), undefined);
    assert.equal(
      descriptionProblem(DESCRIPTION_PLACEHOLDER, { draft: false }),
      'write a description (50–160 characters) before publishing',
    );
  });

  it('holds drafts to the length rule for anything but the placeholder', () => {
    assert.equal(descriptionProblem('Too short', { draft: true }), 'must be 50–160 characters, not 9');
  });
});

describe('tag descriptions', () => {
  for (const [tag, count] of [
    ['aws', 1],
    ['kubernetes', 12],
    ['a-very-long-tag-name-'.repeat(6), 3],
  ] as const) {
    it(`fit 50–160 characters for "${tag.slice(0, 20)}" with ${count}`, () => {
      for (const description of [tagPageDescription(tag, count), tagFeedDescription(tag)]) {
        assert.ok(description.length >= DESCRIPTION_MIN && description.length <= DESCRIPTION_MAX, `${description.length}: ${description}`);
      }
    });
  }

  it('name the tag and count the posts', () => {
    assert.equal(tagPageDescription('aws', 1), `1 post tagged “aws” on ${site.title}, ${site.description}`);
    assert.match(tagPageDescription('kubernetes', 12), /^12 posts tagged “kubernetes”/);
    assert.match(tagFeedDescription('python'), /^Every post tagged “python”/);
  });

  it('end a shortened description with an ellipsis after a whole word', () => {
    const description = tagFeedDescription(`long ${'x'.repeat(120)}`);
    assert.ok(description.endsWith('…'), description);
    assert.ok(description.length <= DESCRIPTION_MAX);
    assert.doesNotMatch(description, /x…$/, 'cut inside a word');
  });
});

describe('paged listing descriptions', () => {
  it('tell later pages apart, and the first from them', () => {
    const archive = [1, 2, 3].map((page) => archiveDescription(1000, page, 3));
    const tag = [1, 2, 3].map((page) => tagPageDescription('kubernetes', 45, page, 3));
    for (const descriptions of [archive, tag]) assert.equal(new Set(descriptions).size, 3, descriptions.join('\n'));
    assert.match(archive[1]!, /^Page 2 of 3: All 1000 posts/);
    assert.match(tag[2]!, /^Page 3 of 3: 45 posts tagged “kubernetes”/);
  });

  it('fit 50–160 characters on any page', () => {
    for (const description of [
      archiveDescription(1, 1, 1),
      archiveDescription(12345, 617, 618),
      tagPageDescription('a-very-long-tag-name-'.repeat(6), 500, 24, 25),
    ]) {
      assert.ok(description.length >= DESCRIPTION_MIN && description.length <= DESCRIPTION_MAX, `${description.length}: ${description}`);
    }
  });
});

describe('postCardPath', () => {
  it('is a PNG named after the post', () => {
    assert.equal(postCardPath('ansible-top-5'), '/social-cards/posts/ansible-top-5.png');
  });
});
