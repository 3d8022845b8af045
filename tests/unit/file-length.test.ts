// A house rule about the code's shape: no source file over 250 lines, so each stays readable in
// one sitting. Posts, fixtures and generated files are not code and may be as long as they need.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const MAX_LINES = 250;
const CODE = /\.(ts|tsx|astro|mjs|css)$/;

it(`has no code file in src/, tools/ or tests/ over ${MAX_LINES} lines`, () => {
  const files = ['src', 'tools', 'tests'].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true })
      .map((file) => join(dir, String(file)))
      .filter((file) => CODE.test(file) && !file.startsWith(join('tests', 'fixtures'))),
  );
  assert.ok(files.length > 0);
  const long = files
    .map((file) => ({ file, lines: readFileSync(join(root, file), 'utf8').split('\n').length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ file, lines }) => `${file}: ${lines} lines`);
  assert.deepEqual(long, []);
});
