import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DARK_QUERY, THEME_SCRIPT, THEME_STORAGE_KEY, themeOf } from '../../src/lib/theme.ts';

describe('themeOf', () => {
  it('follows the reader’s choice whatever the OS prefers', () => {
    assert.equal(themeOf('dark', false), 'dark');
    assert.equal(themeOf('light', true), 'light');
  });

  it('falls back to the OS preference when there is no choice or an unknown one', () => {
    assert.equal(themeOf(null, true), 'dark');
    assert.equal(themeOf(undefined, false), 'light');
    assert.equal(themeOf('sepia', true), 'dark');
  });
});

/** The theme THEME_SCRIPT sets on a page with `stored` in localStorage (or storage blocked). */
function scriptTheme(stored: string | null | Error, prefersDark: boolean): string | undefined {
  const dataset: { theme?: string } = {};
  const localStorage = {
    getItem(key: string) {
      if (stored instanceof Error) throw stored;
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  const matchMedia = (query: string) => ({ matches: query === DARK_QUERY && prefersDark });
  const document = { documentElement: { dataset } };
  new Function('localStorage', 'matchMedia', 'document', THEME_SCRIPT)(localStorage, matchMedia, document);
  return dataset.theme;
}

describe('THEME_SCRIPT (inline in <head>)', () => {
  it('sets the theme themeOf picks, for every stored choice and OS preference', () => {
    for (const stored of ['light', 'dark', null, 'sepia']) {
      for (const prefersDark of [true, false]) {
        assert.equal(scriptTheme(stored, prefersDark), themeOf(stored, prefersDark), `${stored}, OS dark: ${prefersDark}`);
      }
    }
  });

  it('follows the OS when storage is blocked', () => {
    assert.equal(scriptTheme(new Error('SecurityError'), true), 'dark');
  });
});
