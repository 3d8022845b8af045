// Pages carry the search button, not the search dialog: the dialog and its styles stay on the
// search page, where the button's script fetches them when a reader opens search.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { SEARCH_DIALOG_TEMPLATE_ID } from '../../src/lib/search-dialog-template.ts';
import { builtHtmlPages, DIST, DIST_FIXTURES, fileForUrl, htmlTree } from '../support/built-site.ts';

const SEARCH_PAGE = '/search/';

for (const dir of [DIST, DIST_FIXTURES]) {
  const pages = builtHtmlPages(dir).map((page) => ({ ...page, tree: htmlTree(page.file) }));
  const searchPage = pages.find((page) => page.path === SEARCH_PAGE);

  test(`${dir}: every page's search button names the search page, and no page but it holds the dialog or its styles`, () => {
    assert.ok(searchPage, 'the build has a search page');
    const withButton = pages.filter(({ tree }) => select('.search-open', tree));
    assert.ok(withButton.length > 1, 'pages have a search button');
    for (const { path, tree } of withButton) {
      const button = select('.search-open', tree)!;
      assert.equal(fileForUrl(dir, String(button.properties.dataSearchPage)), searchPage.file, `${path}: the button's search page`);
      if (path === SEARCH_PAGE) continue;
      const dialogParts = `template#${SEARCH_DIALOG_TEMPLATE_ID}, .search-dialog, .search-form, select[name="tag"]`;
      assert.equal(select(dialogParts, tree), undefined, `${path} holds the search dialog or a search form`);
      const styles = selectAll('style', tree).map((style) => style.children.map((child) => ('value' in child ? child.value : '')).join(''));
      assert.ok(!styles.some((css) => css.includes('.search-form')), `${path} carries the search form's styles`);
    }
  });

  test(`${dir}: the search page's template holds the dialog, with a form of its own, and the styles it needs are a file`, () => {
    const template = select(`template#${SEARCH_DIALOG_TEMPLATE_ID}`, searchPage!.tree) as Element | undefined;
    assert.ok(template, 'the search page has the dialog template');
    // hast keeps a template's content apart from its children.
    const content = (template as Element & { content: Element }).content;
    const dialog = select('dialog.search-dialog', content);
    assert.ok(dialog, 'the template holds the dialog');
    assert.ok(
      select('input[name="q"]', dialog) && select('select[name="tag"] option[value=""]', dialog),
      'the dialog has its words and tag fields',
    );
    const ids = selectAll('[id]', dialog).map((element) => String(element.properties.id));
    const pageIds = selectAll('[id]', searchPage!.tree).map((element) => String(element.properties.id));
    assert.deepEqual(
      ids.filter((id) => pageIds.includes(id)),
      [],
      'the dialog shares no id with the search page, which holds both once it opens',
    );
    const sheet = select('link[rel="stylesheet"]', searchPage!.tree);
    assert.ok(sheet, 'the search page links the search styles');
    const file = fileForUrl(dir, String(sheet.properties.href));
    assert.ok(existsSync(file) && readFileSync(file, 'utf8').includes('.search-form'), `${file} holds the dialog's styles`);
  });
}
