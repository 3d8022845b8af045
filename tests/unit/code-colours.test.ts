// The code themes and the stylesheet generated from them: every token colour readable, every
// colour given a class, the committed file up to date.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { normalizeTheme, type ThemeRegistrationResolved } from 'shiki';
import githubDark from 'shiki/themes/github-dark-high-contrast.mjs';
import githubLight from 'shiki/themes/github-light-high-contrast.mjs';
import { CODE_COLOURS_CSS_PATH, codeColoursCss } from '../../tools/code-colours/code-colours-css.ts';
import { contrastRatio, MIN_CONTRAST } from '../../src/markdown/code-themes.ts';
import { codeHighlighting } from '../../src/markdown/pipeline.ts';
import { stylesheetColours } from '../support/code-colours.ts';

const committedCss = readFileSync(new URL(`../../${CODE_COLOURS_CSS_PATH}`, import.meta.url), 'utf8');
// The themes exactly as Shiki receives them from the site's Markdown config.
const siteThemes = Object.entries(codeHighlighting.themes!).map(([name, theme]) => ({
  name: name as 'light' | 'dark',
  theme: normalizeTheme(theme as ThemeRegistrationResolved),
}));
const tokenRules = (theme: ThemeRegistrationResolved) => theme.settings.filter((rule) => rule.settings.foreground);

describe('contrastRatio', () => {
  it('gives the WCAG 2 ratios', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#FFFFFF', '#000000'), 21);
    assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
    assert.equal(contrastRatio('#777777', '#ffffff').toFixed(2), '4.48');
  });

  it('refuses a colour it cannot read, naming it', () => {
    assert.throws(() => contrastRatio('red', '#ffffff'), /Code theme colour "red" is not of the form #rrggbb/);
  });
});

describe('the code themes', () => {
  it('are a light and a dark theme', () => {
    assert.deepEqual(
      siteThemes.map(({ name, theme }) => [name, theme.type]),
      [
        ['light', 'light'],
        ['dark', 'dark'],
      ],
    );
  });

  it('reach Shiki already resolved, so it does not compile them again for every code block', () => {
    for (const theme of Object.values(codeHighlighting.themes!)) assert.equal(normalizeTheme(theme as ThemeRegistrationResolved), theme);
  });

  it('draw every token colour at WCAG AA or better against the code background', () => {
    for (const { name, theme } of siteThemes) {
      for (const rule of tokenRules(theme)) {
        const ratio = contrastRatio(rule.settings.foreground!, theme.bg);
        assert.ok(ratio >= MIN_CONTRAST, `${name}: ${rule.settings.foreground} for ${rule.scope} is ${ratio.toFixed(2)}:1 on ${theme.bg}`);
      }
    }
  });

  it("keep GitHub's colours, giving the text colour only to those under AA", () => {
    const originals = { light: normalizeTheme(githubLight), dark: normalizeTheme(githubDark) };
    for (const { name, theme } of siteThemes) {
      const original = originals[name];
      assert.equal(theme.fg, original.fg);
      assert.equal(theme.bg, original.bg);
      assert.equal(theme.settings.length, original.settings.length);
      for (const [index, rule] of theme.settings.entries()) {
        const was = original.settings[index]!.settings.foreground;
        if (rule.settings.foreground === was) continue;
        assert.ok(contrastRatio(was!, original.bg) < MIN_CONTRAST, `${name}: ${was} for ${rule.scope} was readable`);
        assert.equal(rule.settings.foreground, original.fg);
      }
    }
  });
});

describe('code-colours.css', () => {
  const drawn = stylesheetColours(committedCss);

  it('is what `npm run code-colours` writes from the current themes', () => {
    assert.equal(committedCss, codeColoursCss(), `run npm run code-colours to update ${CODE_COLOURS_CSS_PATH}`);
  });

  it("draws each theme's background and text colour", () => {
    for (const { name, theme } of siteThemes) {
      assert.equal(drawn[name].background, theme.bg.toLowerCase());
      assert.equal(drawn[name].foreground, theme.fg.toLowerCase());
    }
  });

  it('has a class for every colour a theme gives a token, whichever posts were built', () => {
    for (const { name, theme } of siteThemes) {
      for (const rule of tokenRules(theme)) {
        const colour = rule.settings.foreground!.toLowerCase();
        if (colour === drawn[name].foreground) continue;
        assert.equal(drawn[name].classes.get(`${name}-${colour.slice(1)}`), colour, `${name}: ${colour} for ${rule.scope}`);
      }
    }
  });
});
