import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CALLOUT_KINDS } from '../../src/markdown/callouts.ts';
import { postRenderer } from '../support/post-renderer.ts';

const renderer = postRenderer();
const html = async (markdown: string) => (await (await renderer).render(markdown)).code;

describe('GitHub alerts in posts', () => {
  for (const [kind, { label }] of Object.entries(CALLOUT_KINDS)) {
    it(`> [!${kind.toUpperCase()}] becomes an aside labelled “${label}”, with its text`, async () => {
      const out = await html(`> [!${kind.toUpperCase()}]\n> Mind the *gap*.\n>\n> Second paragraph.\n`);
      assert.match(
        out,
        new RegExp(
          `^<aside class="callout callout-${kind}" role="note"><p class="callout-title"><svg [^>]*aria-hidden="true"[^>]*>.*?</svg>${label}</p>`,
        ),
      );
      assert.match(out, /<p>Mind the <em>gap<\/em>\.<\/p>\s*<p>Second paragraph\.<\/p>\s*<\/aside>/);
      assert.doesNotMatch(out, /\[!|<blockquote|style=/);
    });
  }

  it('reads the marker in any case, and with its text starting after a blank quote line', async () => {
    assert.match(
      await html('> [!Warning]\n>\n> Backups first.\n'),
      /<aside class="callout callout-warning" role="note">.*<p>Backups first\.<\/p><\/aside>/s,
    );
  });

  it('leaves other quotes alone: text after the marker on its line, an unknown kind, a marker alone', async () => {
    for (const markdown of ['> [!NOTE] on one line\n', '> [!DANGER]\n> Text\n', '> [!NOTE]\n', '> Just a quote.\n']) {
      const out = await html(markdown);
      assert.match(out, /^<blockquote>/, markdown);
      assert.doesNotMatch(out, /callout/, markdown);
    }
  });
});
