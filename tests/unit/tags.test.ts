import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TAG_PATTERN, tagUrl } from '../../src/lib/tags.ts';

describe('tags', () => {
  it('link to their page under /tags/', () => {
    assert.equal(tagUrl('indie-hacking'), '/tags/indie-hacking/');
  });

  it('accept lowercase words joined by hyphens only, so they fit in a URL as they are', () => {
    for (const tag of ['aws', 'cdk8s', 'indie-hacking']) assert.match(tag, TAG_PATTERN);
    for (const tag of ['AWS', 'indie hacking', 'c++', '-aws', 'aws-', 'a--b', '']) assert.doesNotMatch(tag, TAG_PATTERN);
  });
});
