// Usage: npm run new -- "A title" [--tags aws,python] [--description "..."] [--out folder]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { localDate, NEW_POST_USAGE, newPostText, parseNewPostArgs, slugFromTitle } from './new-post.ts';

function fail(message: string, { showUsage = false } = {}): never {
  console.error(`error: ${message}`);
  if (showUsage) console.error(NEW_POST_USAGE);
  process.exit(1);
}

let options: ReturnType<typeof parseNewPostArgs>;
try {
  options = parseNewPostArgs(process.argv.slice(2));
} catch (error) {
  fail((error as Error).message, { showUsage: true });
}

const folder = options.out ? resolve(options.out) : join(import.meta.dirname, '..', '..', 'content', 'posts');
let path: string;
let text: string;
try {
  path = join(folder, `${slugFromTitle(options.title)}.md`);
  text = newPostText(options.title, localDate(), options);
} catch (error) {
  fail((error as Error).message);
}

try {
  mkdirSync(folder, { recursive: true });
  // 'wx' fails if the file exists, so an existing post is never overwritten.
  writeFileSync(path, text, { flag: 'wx' });
} catch (error) {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'EEXIST') fail(`${relative(process.cwd(), path)} already exists; pick another title or edit that file`);
  fail(`cannot write ${relative(process.cwd(), path)}: ${message}`);
}

console.log(relative(process.cwd(), path));
