import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

// Fence languages as readers know them; anything else shows its own name.
const LANGUAGE_NAMES: Record<string, string> = {
  bash: 'Bash',
  css: 'CSS',
  docker: 'Dockerfile',
  dockerfile: 'Dockerfile',
  hcl: 'HCL',
  html: 'HTML',
  javascript: 'JavaScript',
  js: 'JavaScript',
  json: 'JSON',
  plaintext: 'Text',
  python: 'Python',
  sh: 'Shell',
  shell: 'Shell',
  text: 'Text',
  toml: 'TOML',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  txt: 'Text',
  yaml: 'YAML',
  yml: 'YAML',
};

export function languageLabel(language: string | undefined): string {
  if (!language) return 'Text';
  return LANGUAGE_NAMES[language.toLowerCase()] ?? language;
}

/**
 * Rehype plugin, run after Shiki: puts each highlighted block in a frame with its
 * language and a copy button. The header sits outside `<pre>`, so selecting or
 * copying the code never picks up the label. code.css shows the button only
 * when scripts run, since src/client/copy-code.ts does the copying.
 */
export default function rehypeCodeBlocks() {
  return function transformer(tree: Root): void {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const language = node.properties.dataLanguage;
      const label = languageLabel(typeof language === 'string' ? language : undefined);
      parent.children[index] = h('div.code-block', [
        // The label and the Copy button are page furniture, not words of the post to search for.
        h('div.code-header', { dataPagefindIgnore: '' }, [
          h('span.code-language', label),
          h('span.copy-status', { role: 'status' }),
          h('button.copy-code', { type: 'button', 'aria-label': `Copy ${label} code` }, 'Copy'),
        ]),
        node,
      ]);
      return SKIP;
    });
  };
}
