// Rewrites src/styles/code-colours.css from the code themes, after a Shiki update or a theme change.
// Usage: npm run code-colours
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_COLOURS_CSS_PATH, codeColoursCss } from './code-colours-css.ts';

const path = join(import.meta.dirname, '..', '..', CODE_COLOURS_CSS_PATH);
writeFileSync(path, codeColoursCss());
console.log(`Wrote ${CODE_COLOURS_CSS_PATH}`);
