// Apart from search.ts, which belongs to the search code loaded on demand: the page script that
// fetches the dialog imports this, and a shared module would move into that script.

/** The id of the search page's template holding the search dialog, which other pages fetch (SearchDialog.astro). */
export const SEARCH_DIALOG_TEMPLATE_ID = 'search-dialog-template';
