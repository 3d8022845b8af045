import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gateFor } from '../../tools/gate/scope.ts';

describe('gateFor', () => {
  it('lets a change to posts and public files through the posts gate', () => {
    assert.equal(gateFor(['content/posts/new.md', 'content/posts/new/diagram.png', 'public/favicon.svg']), 'posts');
  });

  it('lets a build with nothing changed, the daily one for scheduled posts, through the posts gate', () => {
    assert.equal(gateFor([]), 'posts');
  });

  it('sends any change to code, config, tests or the workflow through the full gate', () => {
    for (const path of [
      'src/components/ClickCounter.tsx',
      'src/site.config.ts',
      'package.json',
      'tests/e2e/home.spec.ts',
      '.github/workflows/deploy.yml',
      'astro.config.mjs',
    ]) {
      assert.equal(gateFor(['content/posts/new.mdx', path]), 'full', path);
    }
  });

  it('does not mistake a folder that only starts like an author folder for one', () => {
    assert.equal(gateFor(['contents/x.md']), 'full');
    assert.equal(gateFor(['public-tools/x.ts']), 'full');
  });
});
