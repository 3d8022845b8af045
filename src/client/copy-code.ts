// Copy buttons of the code blocks built by src/lib/rehype-code-blocks.ts.
// One listener serves every block on the page.
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('.copy-code') : null;
  const block = button?.closest('.code-block');
  const code = block?.querySelector('pre code');
  const status = block?.querySelector('.copy-status');
  if (!code || !status) return;
  try {
    // textContent leaves out the CSS line numbers, so exactly the code is copied.
    await navigator.clipboard.writeText(code.textContent ?? '');
    status.textContent = 'Copied';
  } catch {
    status.textContent = 'Copying failed: select the code to copy it';
  }
  setTimeout(() => (status.textContent = ''), 2500);
});
