import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { type PortablePost, portableMarkdown } from '../../src/lib/portable-markdown.ts';

const context = { pageUrl: 'https://blog.test/posts/a.html', absolute: (path: string) => `https://blog.test${path}` };
const post = (body: string, isMdx = false): PortablePost => ({
  title: 'Operators: part #1',
  description: 'A description of the post for the front matter of its Markdown copy, long enough.',
  pubDate: new Date('2021-01-13'),
  tags: ['kubernetes', 'python'],
  body,
  isMdx,
});

function split(markdown: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown);
  assert.ok(match, 'front matter, a blank line, then the body');
  return { data: parse(match[1]!), body: match[2]! };
}

describe('the Markdown copy of a post', () => {
  it('has front matter with title, date, tags and canonical URL, then the title as its heading', () => {
    const { data, body } = split(portableMarkdown(post('Some text.\n'), context));
    assert.deepEqual(data, {
      title: 'Operators: part #1',
      description: post('').description,
      date: '2021-01-13',
      tags: ['kubernetes', 'python'],
      canonical: context.pageUrl,
    });
    assert.equal(body, '# Operators: part #1\n\nSome text.\n');
  });

  it('keeps code blocks byte for byte, site paths inside them included', () => {
    const code = '```python showLineNumbers\nimport os\n\n\n\nprint("[x](/posts/b.html)")\n```';
    assert.ok(portableMarkdown(post(`Intro.\n\n${code}\n`), context).includes(code));
  });

  it('makes every URL absolute in links, images, definitions and HTML, and leaves absolute ones as they are', () => {
    const { body } = split(
      portableMarkdown(
        post(
          '[Part 2](/posts/b.html#setup) and [theirs](https://x.test/y) and [ref][r], [below](#setup), ![ship](ship.png).\n\n' +
            '[![Diagram](/img/d.png)](/img/d-large.png)\n\n[r]: /about/\n\n<figure><img src="/img/f.png" alt="F"><a href=\'/posts/c.html\'>c</a></figure>\n',
        ),
        context,
      ),
    );
    for (const url of ['/posts/b.html#setup', '/img/d.png', '/img/d-large.png', '/about/', '/img/f.png', '/posts/c.html']) {
      assert.ok(body.includes(`https://blog.test${url}`), url);
    }
    assert.ok(body.includes('(https://x.test/y)'));
    assert.ok(body.includes('[below](https://blog.test/posts/a.html#setup)'));
    assert.ok(body.includes('![ship](https://blog.test/posts/ship.png)'));
    assert.doesNotMatch(body, /[("'\s]\/(posts|img|about)\//);
  });

  it('writes a title with markup-like text so Markdown shows it as written', () => {
    const { body } = split(portableMarkdown({ ...post('Text.\n'), title: 'Use <script> & *stars* [1] #2' }, context));
    assert.equal(body.split('\n')[0], '# Use \\<script\\> \\& \\*stars\\* \\[1\\] #2');
  });

  it("drops kramdown's heading ids, keeping the headings", () => {
    const { body } = split(portableMarkdown(post('## Why migrate {#why-migrate}\n\n### Plain\n'), context));
    assert.match(body, /^## Why migrate$/m);
    assert.match(body, /^### Plain$/m);
  });

  it('removes MDX imports and expressions, and replaces islands with a sentence linking the page', () => {
    const mdx =
      "import Counter from '../components/Counter.tsx';\n\nBefore {1 + 1}.\n\n<Counter client:visible start={3} />\n\nAfter <Counter client:load /> inline.\n";
    const { body } = split(portableMarkdown(post(mdx, true), context));
    assert.doesNotMatch(body, /import|Counter client|\{1 \+ 1\}/);
    assert.match(
      body,
      /^\*An interactive part of this post \(Counter\) works on its web page: <https:\/\/blog\.test\/posts\/a\.html>\.\*$/m,
    );
    assert.match(body, /After \*\(interactive \(Counter\): <https:\/\/blog\.test\/posts\/a\.html>\)\* inline\./);
    assert.match(body, /^# Operators: part #1\n\nBefore \./);
  });

  it('makes the URLs of HTML in an MDX post absolute, keeping the HTML', () => {
    const mdx = '<figure>\n  <img src="/img/a.png" alt="A" />\n  <figcaption>[Source](/posts/b.html)</figcaption>\n</figure>\n';
    const { body } = split(portableMarkdown(post(mdx, true), context));
    assert.match(body, /<img src="https:\/\/blog\.test\/img\/a\.png" alt="A" \/>/);
    assert.match(body, /\[Source\]\(https:\/\/blog\.test\/posts\/b\.html\)/);
  });

  it('keeps the same text in a .md post as it is: JSX-like text there is not MDX', () => {
    const { body } = split(portableMarkdown(post('Use <Counter /> and {braces} as text.\n'), context));
    assert.match(body, /Use <Counter \/> and \{braces\} as text\./);
  });
});
