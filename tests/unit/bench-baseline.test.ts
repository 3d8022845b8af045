import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { baselineProjectFiles, writeBaselineProject } from '../../tools/bench/baseline.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'shipit-baseline-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const postsDir = join(dir, 'posts');
const project = join(dir, 'baseline');
writeBaselineProject(project, postsDir, join(root, 'node_modules'));
const read = (path: string) => readFileSync(join(project, path), 'utf8');

describe('the bare Astro baseline project', () => {
  it('writes a config, one collection and one post page, and nothing else of its own', () => {
    assert.deepEqual(
      [...baselineProjectFiles(postsDir).keys()].sort(),
      ['astro.config.mjs', 'package.json', join('src', 'content.config.ts'), join('src', 'pages', 'posts', '[slug].astro')].sort(),
    );
    for (const [path, text] of baselineProjectFiles(postsDir)) assert.equal(read(path), text, path);
  });

  it("builds with the blog's own Astro, installing nothing", () => {
    assert.equal(readlinkSync(join(project, 'node_modules')), join(root, 'node_modules'));
    assert.equal(JSON.parse(read('package.json')).type, 'module');
  });

  it('reads the Markdown posts of the given folder', () => {
    const config = read(join('src', 'content.config.ts'));
    assert.ok(config.includes(`glob({ base: ${JSON.stringify(postsDir)}, pattern: '**/*.md' })`), config);
  });

  it("keeps Astro's defaults apart from its caches, which stay beside its output", () => {
    const config = read('astro.config.mjs');
    assert.match(config, /defineConfig\(\{ cacheDir: '\.\/cache', vite: \{ cacheDir: '\.\/cache\/vite' \} \}\)/);
    assert.doesNotMatch(config, /markdown|integrations/);
  });

  it('renders each post into a page of its own', () => {
    const page = read(join('src', 'pages', 'posts', '[slug].astro'));
    assert.match(page, /getStaticPaths/);
    assert.match(page, /params: \{ slug: post\.id \}/);
    assert.match(page, /await render\(post\)/);
    assert.match(page, /<Content \/>/);
    assert.doesNotMatch(page, /<script|<link|<style/);
  });
});
