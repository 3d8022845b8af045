import { languageLabel } from '../lib/post-furniture.ts';

// Frames each code block of a post with its language and a Copy button. The post's HTML
// carries only the <pre>, as feeds need it; code.css keeps the header's place free, so
// nothing moves when the header appears. The header sits outside <pre>, so selecting or
// copying the code never picks up the label.
for (const pre of document.querySelectorAll<HTMLPreElement>('.prose pre[data-language]')) {
  const label = languageLabel(pre.dataset.language);
  const block = document.createElement('div');
  block.className = 'code-block';
  const header = document.createElement('div');
  header.className = 'code-header';
  header.dataset.pagefindIgnore = '';
  const language = document.createElement('span');
  language.className = 'code-language';
  language.textContent = label;
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.setAttribute('aria-label', `Copy ${label} code`);
  button.textContent = 'Copy';
  header.append(language, status, button);
  pre.replaceWith(block);
  block.append(header, pre);

  button.addEventListener('click', async () => {
    try {
      // textContent leaves out the CSS line numbers, so exactly the code is copied.
      await navigator.clipboard.writeText(pre.querySelector('code')?.textContent ?? '');
      status.textContent = 'Copied';
    } catch {
      status.textContent = 'Copying failed: select the code to copy it';
    }
    setTimeout(() => (status.textContent = ''), 2500);
  });
}
