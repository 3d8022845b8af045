import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeMarkup, lengthProblem, postCountLabel, truncateAtWord } from '../../src/lib/text.ts';
import { parseXml } from '../support/xml.ts';

describe('escapeMarkup', () => {
  it('escapes the five XML specials so the text parses back unchanged', () => {
    const text = `a & b < c > d " e ' f`;
    assert.equal(parseXml(`<x a="${escapeMarkup(text)}">${escapeMarkup(text)}</x>`).documentElement!.textContent, text);
    assert.equal(parseXml(`<x a="${escapeMarkup(text)}"/>`).documentElement!.getAttribute('a'), text);
  });
});

describe('lengthProblem', () => {
  it('accepts both limits and names the rule and the length outside them', () => {
    assert.equal(lengthProblem('x'.repeat(5), { min: 5, max: 8 }), undefined);
    assert.equal(lengthProblem('x'.repeat(8), { min: 5, max: 8 }), undefined);
    assert.equal(lengthProblem('x'.repeat(4), { min: 5, max: 8 }), 'must be 5–8 characters, not 4');
    assert.equal(lengthProblem('x'.repeat(9), { min: 5, max: 8 }), 'must be 5–8 characters, not 9');
  });
});

describe('truncateAtWord', () => {
  it('leaves short text whole', () => {
    assert.equal(truncateAtWord('short', 160), 'short');
  });

  it('cuts at the last whole word that fits, dropping trailing punctuation, and marks the cut', () => {
    assert.equal(truncateAtWord('Kubernetes, AWS, Python and more', 20), 'Kubernetes, AWS…');
  });

  it('cuts inside a word rather than leave a stub', () => {
    assert.equal(truncateAtWord('a supercalifragilisticexpialidocious', 12), 'a supercali…');
  });
});

describe('postCountLabel', () => {
  it('says "1 post" and "N posts"', () => {
    assert.equal(postCountLabel(1), '1 post');
    assert.equal(postCountLabel(9), '9 posts');
  });
});
