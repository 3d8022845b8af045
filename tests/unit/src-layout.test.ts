// src/ holds what runs in the site; what only tools or tests use belongs in tools/. A module
// nothing in the site imports is either dead or in the wrong place.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize, relative } from 'node:path';
import { it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const SOURCE = /\.(ts|tsx|astro|mjs)$/;
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
// Files Astro or Node load by path, not by import: pages, the collections, and files named in a
// `new URL('…')` (injected routes, worker threads).
const LOADED_BY_PATH = /new URL\(\s*'([^']+)'/g;

const srcFiles = readdirSync(join(root, 'src'), { recursive: true })
  .map((file) => join('src', String(file)))
  .filter((file) => SOURCE.test(file));

function importedFiles(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].flatMap(([, specifier]) => {
    if (specifier!.startsWith('@/')) return [normalize(join('src', specifier!.slice(2)))];
    if (specifier!.startsWith('.')) return [normalize(join(dirname(file), specifier!))];
    return [];
  });
}

it('has no module in src/ that nothing in the site imports or loads', () => {
  const users = ['astro.config.mjs', ...srcFiles];
  const imported = new Set(users.flatMap(importedFiles));
  const loadedByName = new Set(
    users.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(LOADED_BY_PATH)].map(([, path]) => basename(path!))),
  );
  const unused = srcFiles.filter(
    (file) =>
      !file.startsWith(join('src', 'pages')) &&
      file !== join('src', 'content.config.ts') &&
      // Declarations of what the build writes into the code, read by TypeScript through tsconfig.json.
      !file.endsWith('.d.ts') &&
      !imported.has(file) &&
      !loadedByName.has(basename(file)),
  );
  assert.deepEqual(
    unused.map((file) => relative(root, join(root, file))),
    [],
  );
});
