// Usage: npm run new -- "A title"
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { localDate, newPostText, slugFromTitle } from '../src/lib/new-post.ts';

const root = join(import.meta.dirname, '..');
// Joining lets `npm run new -- A title` work without quotes too.
const title = process.argv.slice(2).join(' ').trim();

if (!title) {
  console.error('usage: npm run new -- "A title"');
  process.exit(1);
}

let path: string;
let text: string;
try {
  path = join(root, 'content', 'posts', `${slugFromTitle(title)}.md`);
  text = newPostText(title, localDate());
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}

try {
  // 'wx' fails if the file exists, so an existing post is never overwritten.
  writeFileSync(path, text, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    console.error(`error: ${relative(process.cwd(), path)} already exists; pick another title or edit that file`);
    process.exit(1);
  }
  throw error;
}

console.log(relative(process.cwd(), path));
