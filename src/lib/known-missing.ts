import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The old site's images are not in its feed; this list names those still to be put under
// public/. The link checker reports them apart and Lighthouse skips them, so the checks
// stay strict about every other file.
export const KNOWN_MISSING_FILE = 'content/missing-images.txt';

/** One path a line; blank lines and `#` comments are skipped. */
export function parsePathList(text: string, file: string): Set<string> {
  const paths = new Set<string>();
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!line.startsWith('/')) throw new Error(`${file}:${index + 1}: "${line}" must be a path starting with /`);
    paths.add(line);
  }
  return paths;
}

export function readKnownMissing(root: string): Set<string> {
  const file = join(root, KNOWN_MISSING_FILE);
  return existsSync(file) ? parsePathList(readFileSync(file, 'utf8'), KNOWN_MISSING_FILE) : new Set();
}
