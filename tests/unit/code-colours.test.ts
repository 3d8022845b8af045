// The code themes: every token colour readable.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeTheme, type ThemeRegistrationResolved } from 'shiki';
import githubDark from 'shiki/themes/github-dark-high-contrast.mjs';
import githubLight from 'shiki/themes/github-light-high-contrast.mjs';
import { contrastRatio, MIN_CONTRAST } from '../../src/markdown/code-themes.ts';
import { shikiConfig } from '../../src/markdown/pipeline.ts';

// The themes exactly as Shiki receives them from the site's Markdown config.
const siteThemes = Object.entries(shikiConfig.themes!).map(([name, theme]) => ({
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
