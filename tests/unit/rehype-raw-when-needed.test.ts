// The raw-HTML pass parses whole HTML pieces on their own and leaves the rest to rehype-raw;
// either way a post must come out exactly as rehype-raw alone renders it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { createMarkdownProcessor, type MarkdownRenderer, type RehypePlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import { splitFrontMatter } from '../../src/lib/front-matter/parse.ts';
import { rehypePlugins, remarkPlugins, shikiConfig } from '../../src/markdown/pipeline.ts';
import { isSelfContained } from '../../src/markdown/rehype-raw-when-needed.ts';

const ALLOWED = new Set(['figure', 'figcaption', 'img', 'a', 'b', 'p']);
const postsDir = new URL('../../content/posts/', import.meta.url);

let ours: MarkdownRenderer;
let rehypeRawOnly: MarkdownRenderer;
before(async () => {
  const [, ...others] = rehypePlugins;
  const [[, options]] = rehypePlugins as [[unknown, object]];
  const withRehypeRaw = [[rehypeRaw, options], ...others] as RehypePlugins;
  const processor = (plugins: RehypePlugins) =>
    createMarkdownProcessor({ shikiConfig, remarkPlugins, rehypePlugins: plugins, smartypants: false });
  [ours, rehypeRawOnly] = await Promise.all([processor(rehypePlugins), processor(withRehypeRaw)]);
});

async function bothRenderings(markdown: string, file = 'content/posts/example.md'): Promise<[string, string]> {
  const fileURL = new URL(`../../${file}`, import.meta.url);
  // The image plugin warns about the posts' missing images; that is not what this checks.
  const warn = console.warn;
  console.warn = () => {};
  try {
    const [a, b] = await Promise.all([ours.render(markdown, { fileURL }), rehypeRawOnly.render(markdown, { fileURL })]);
    return [a.code, b.code];
  } finally {
    console.warn = warn;
  }
}

describe('isSelfContained', () => {
  it('takes a piece that closes what it opens, void elements and comments included', () => {
    assert.equal(isSelfContained('<figure>\n  <img src="a.png" alt="A">\n  <figcaption>A <b>b</b></figcaption>\n</figure>', ALLOWED), true);
    assert.equal(isSelfContained('<a id="x"></a><!-- <p> -->', ALLOWED), true);
  });

  it('refuses a piece left open, closed out of order, or using an element outside the list', () => {
    assert.equal(isSelfContained('<figure><img src="a.png">', ALLOWED), false);
    assert.equal(isSelfContained('</figure>', ALLOWED), false);
    assert.equal(isSelfContained('<a><b></a></b>', ALLOWED), false);
    assert.equal(isSelfContained('<table><tr><td>1</td></tr></table>', ALLOWED), false);
  });
});

describe('HTML pieces in Markdown', () => {
  const cases: [string, string][] = [
    ['a figure', '<figure>\n  <img src="data:image/png;base64,AA" alt="A dot" />\n  <figcaption>A dot &amp; <a href="/x">more</a></figcaption>\n</figure>'],
    ['an anchor inside a paragraph', 'Some text.<a id="here"></a> And more.'],
    ['an element split over Markdown', '<details>\n<summary>More</summary>\n\nMarkdown *inside*.\n\n</details>'],
    ['a block element inside a paragraph', 'Before <div>inside</div> after.'],
    ['a link inside a link', '[outer <a href="/b">inner</a> text](/a)'],
    ['a table', '<table><tr><td>1</td><td>2</td></tr></table>'],
    ['a paragraph left open', '<p>open\n\nnext'],
    ['code beside HTML', '<b>bold</b>\n\n```python\nprint("<b>not html</b>")\n```'],
  ];
  for (const [name, markdown] of cases) {
    it(`renders ${name} as rehype-raw does`, async () => {
      const [fast, reference] = await bothRenderings(markdown);
      assert.equal(fast, reference);
    });
  }

  it('renders every post in content/posts as rehype-raw does', async () => {
    const files = readdirSync(postsDir).filter((name) => name.endsWith('.md'));
    assert.ok(files.length > 0, 'content/posts holds no Markdown posts');
    for (const name of files) {
      const source = readFileSync(join(postsDir.pathname, name), 'utf8');
      const body = splitFrontMatter(source)?.body ?? source;
      const [fast, reference] = await bothRenderings(body, `content/posts/${name}`);
      assert.equal(fast, reference, `${name} renders differently`);
    }
  });
});
