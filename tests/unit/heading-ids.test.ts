// The old site's explicit heading ids (kramdown's `## Title {#id}`) through the site's pipeline:
// deep links into imported posts keep landing on their headings.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type PostRenderer, postRenderer } from '../support/post-renderer.ts';

let renderer: PostRenderer;
before(async () => {
  renderer = await postRenderer();
});

async function headingOf(markdown: string): Promise<{ html: string; id: string; text: string }> {
  const { code, metadata } = await renderer.render(markdown);
  const [heading] = metadata.headings;
  return { html: code.trim(), id: heading!.slug, text: heading!.text };
}

describe('explicit heading ids', () => {
  it('take the id and leave the text without it', async () => {
    assert.deepEqual(await headingOf('## Why migrate {#why-migrate}'), {
      html: '<h2 id="why-migrate">Why migrate</h2>',
      id: 'why-migrate',
      text: 'Why migrate',
    });
  });

  it('may start with a digit, as kramdown allowed', async () => {
    const heading = await headingOf('### 1. The `problem` {#1-the-problem}');
    assert.equal(heading.html, '<h3 id="1-the-problem">1. The <code>problem</code></h3>');
    assert.equal(heading.text, '1. The problem');
  });

  it('follow formatting and tolerate trailing spaces', async () => {
    assert.equal((await headingOf('## **Bold** {#bold}')).html, '<h2 id="bold"><strong>Bold</strong></h2>');
    assert.equal((await headingOf('## A {#a}  ')).id, 'a');
  });

  it('count only at the end of the heading, never inside code', async () => {
    assert.deepEqual(await headingOf('## Use {#id} syntax here'), {
      html: '<h2 id="use-id-syntax-here">Use {#id} syntax here</h2>',
      id: 'use-id-syntax-here',
      text: 'Use {#id} syntax here',
    });
    assert.equal((await headingOf('## `x {#y}`')).html, '<h2 id="x-y"><code>x {#y}</code></h2>');
  });

  it('leave an empty id as text, and headings without one get a slug of their text', async () => {
    assert.equal((await headingOf('## Empty {#}')).text, 'Empty {#}');
    assert.equal((await headingOf('## Auto slug')).id, 'auto-slug');
  });

  it('are reported in order with the generated ones, for the table of contents', async () => {
    const { metadata } = await renderer.render('## One {#first}\n\n## Two\n\n### Three {#3}\n\n## Two');
    assert.deepEqual(
      metadata.headings.map((heading) => [heading.depth, heading.slug]),
      [
        [2, 'first'],
        [2, 'two'],
        [3, '3'],
        [2, 'two-1'],
      ],
    );
  });
});
