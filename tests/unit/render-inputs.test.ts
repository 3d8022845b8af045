import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importClosure, renderInputsDigest, siteCodeDigest } from '../../tools/build/render-inputs.ts';

// A project shaped like ours: the config imports the pipeline, which imports a plugin and a helper;
// the collection imports the schema. A page component is imported by none of them.
let root: string;
const write = (path: string, text: string) => writeFileSync(join(root, path), text);

before(() => {
  root = mkdtempSync(join(tmpdir(), 'render-inputs-'));
  for (const dir of ['src/markdown', 'src/lib', 'src/pages']) mkdirSync(join(root, dir), { recursive: true });
  write('astro.config.mjs', "import { defineConfig } from 'astro/config';\nimport { plugins } from './src/markdown/pipeline.ts';\n");
  write('src/markdown/pipeline.ts', "import plugin from './plugin.ts';\nexport { slug } from '../lib/slug';\n");
  write('src/markdown/plugin.ts', 'export default () => {};\n');
  write('src/lib/slug.ts', "const { x } = await import('./lazy.ts');\n");
  write('src/lib/lazy.ts', 'export const x = 1;\n');
  write('src/content.config.ts', "import { postSchema } from './lib/schema.ts';\n");
  write('src/lib/schema.ts', 'export const postSchema = {};\n');
  write('src/pages/index.astro', '<h1>Home</h1>\n');
  write('package-lock.json', '{"lockfileVersion":3}\n');
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('importClosure', () => {
  it('follows relative imports, with or without extension, static and dynamic, and nothing else', () => {
    const files = importClosure([join(root, 'astro.config.mjs')]).map((file) => file.slice(root.length + 1));
    assert.deepEqual(files, [
      'astro.config.mjs',
      'src/lib/lazy.ts',
      'src/lib/slug.ts',
      'src/markdown/pipeline.ts',
      'src/markdown/plugin.ts',
    ]);
  });
});

/** Makes each edit (a path and its new text) in turn, and checks that each changes the digest. */
function assertEachChanges(digest: (root: string) => string, edits: readonly (readonly [string, string])[]): void {
  for (const [path, text] of edits) {
    const before = digest(root);
    write(path, text);
    assert.notEqual(digest(root), before, `${path} changed`);
  }
}

describe('renderInputsDigest', () => {
  it('changes with the code of a Markdown plugin, a helper it imports, the schema or the packages', () => {
    assertEachChanges(renderInputsDigest, [
      ['src/markdown/plugin.ts', 'export default () => { /* new rule */ };\n'],
      ['src/lib/lazy.ts', 'export const x = 2;\n'],
      ['src/lib/schema.ts', 'export const postSchema = { strict: true };\n'],
      ['package-lock.json', '{"lockfileVersion":3,"packages":{}}\n'],
    ]);
  });

  it('stays the same when nothing the rendering imports changed, such as a page', () => {
    const before = renderInputsDigest(root);
    write('src/pages/index.astro', '<h1>Welcome</h1>\n');
    assert.equal(renderInputsDigest(root), before);
  });
});

describe('siteCodeDigest', () => {
  it('changes with any file of the site, a page or a stylesheet too, and with the packages', () => {
    mkdirSync(join(root, 'src/styles'), { recursive: true });
    write('src/styles/page.css', '.page { margin: 0; }\n');
    assertEachChanges(siteCodeDigest, [
      ['src/pages/index.astro', '<h1>Hello</h1>\n'],
      ['src/styles/page.css', '.page { margin: 1rem; }\n'],
      ['src/styles/new.css', '.new { color: red; }\n'],
      ['package-lock.json', '{"lockfileVersion":3,"packages":{"a":{}}}\n'],
    ]);
  });

  it('stays the same when only the posts changed', () => {
    mkdirSync(join(root, 'content/posts'), { recursive: true });
    const before = siteCodeDigest(root);
    write('content/posts/new.md', '---\ntitle: New\n---\nText.\n');
    assert.equal(siteCodeDigest(root), before);
  });
});
