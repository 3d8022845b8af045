import type { ShikiTransformer } from 'shiki';

// The importer marks fences that showed line numbers on the old site with this meta word.
const SHOW_LINE_NUMBERS = /(?:^|\s)showLineNumbers(?:\s|$)/;

export function wantsLineNumbers(meta: string | undefined): boolean {
  return SHOW_LINE_NUMBERS.test(meta ?? '');
}

/**
 * Shiki transformer: flags a `showLineNumbers` block with a class. The numbers
 * themselves are CSS counters, so they are never part of selected or copied code.
 */
export const lineNumbers: ShikiTransformer = {
  name: 'shipit:line-numbers',
  pre(node) {
    if (wantsLineNumbers(this.options.meta?.__raw)) this.addClassToHast(node, 'line-numbers');
  },
};
