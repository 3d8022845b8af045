// Shiki colours a code block once per theme, running the grammar again for each: with a light
// and a dark theme, about half of a cold build's highlighting time went to the second run. The
// two code themes match rule for rule and differ only in colours, so one theme whose every
// colour stands for the pair gives both colourings from one run. Its transformer writes each
// token as a two-theme run writes it; tests/unit/paired-themes.test.ts holds the two runs equal.
import type { ShikiTransformer, ThemedToken, ThemeRegistrationResolved } from 'shiki';
import { flatTokenVariants, normalizeTheme } from 'shiki/core';

export interface PairedThemes {
  /** One theme standing for all of them: pass it as `theme`, with `mergeWhitespaces: false`. */
  theme: ThemeRegistrationResolved;
  /** First among the transformers: gives every token the colours of each theme. */
  transformer: ShikiTransformer;
}

type Rule = ThemeRegistrationResolved['settings'][number];

const sameShape = (a: Rule, b: Rule) =>
  JSON.stringify(a.scope) === JSON.stringify(b.scope) &&
  (a.settings.fontStyle ?? '') === (b.settings.fontStyle ?? '') &&
  !a.settings.foreground === !b.settings.foreground &&
  !a.settings.background === !b.settings.background;

// Shiki merges a run of spaces into the next token before transformers see the tokens, except
// under an underline, which a two-theme run no longer knows of: the transformer merges them,
// as Shiki's own step does for a two-theme run.
function mergeWhitespace(line: ThemedToken[]): ThemedToken[] {
  const merged: ThemedToken[] = [];
  let spaces = '';
  let offset: number | undefined;
  line.forEach((token, i) => {
    if (/^\s+$/.test(token.content) && line[i + 1]) {
      offset ??= token.offset;
      spaces += token.content;
    } else if (spaces) {
      merged.push({ ...token, offset: offset!, content: spaces + token.content });
      spaces = '';
      offset = undefined;
    } else merged.push(token);
  });
  return merged;
}

/**
 * The paired theme of `themes` (keyed by the names a two-theme run gets them under), or
 * undefined when their rules differ in anything but colour.
 */
export function pairThemes(themes: Record<string, ThemeRegistrationResolved>): PairedThemes | undefined {
  const names = Object.keys(themes);
  const regs = Object.values(themes);
  const [first, ...others] = regs;
  if (!first || others.length === 0) return undefined;
  if (
    others.some(
      (theme) => theme.settings.length !== first.settings.length || theme.settings.some((rule, i) => !sameShape(rule, first.settings[i]!)),
    )
  ) {
    return undefined;
  }
  // Stand-in colours, one for each combination of the themes' colours that occurs.
  const standIns = new Map<string, string>();
  const combinations = new Map<string, string[]>();
  const standIn = (colours: (string | undefined)[]): string | undefined => {
    if (colours.some((colour) => colour === undefined)) return undefined;
    const key = colours.join(' ').toLowerCase();
    let colour = standIns.get(key);
    if (!colour) {
      colour = `#${(standIns.size + 1).toString(16).padStart(6, '0')}`;
      standIns.set(key, colour);
      // Upper case, as Shiki's colour map gives a two-theme run's colours.
      combinations.set(
        colour,
        (colours as string[]).map((each) => each.toUpperCase()),
      );
    }
    return colour;
  };
  const settings = first.settings.map((rule, i) => {
    const foreground = standIn(regs.map((theme) => theme.settings[i]!.settings.foreground));
    const background = standIn(regs.map((theme) => theme.settings[i]!.settings.background));
    return { ...rule, settings: { ...rule.settings, foreground, background } };
  });
  const theme = normalizeTheme({
    name: `shipit-paired-${names.join('-')}`,
    type: first.type,
    settings,
    fg: standIn(regs.map((reg) => reg.fg)),
    bg: standIn(regs.map((reg) => reg.bg)),
  });
  const coloursOf = (colour: string | undefined) => (colour ? combinations.get(colour.toLowerCase()) : undefined);
  const themeNames = regs.map((reg) => reg.name).join(' ');

  const transformer: ShikiTransformer = {
    name: 'shipit:paired-themes',
    tokens(lines) {
      return lines.map((line) =>
        mergeWhitespace(
          line.map((token) => {
            const colours = coloursOf(token.color);
            const backgrounds = coloursOf(token.bgColor);
            const variants = Object.fromEntries(
              names.map((name, i) => [name, { color: colours?.[i], bgColor: backgrounds?.[i], fontStyle: token.fontStyle }]),
            );
            return flatTokenVariants({ content: token.content, offset: token.offset, variants }, names, '--shiki-', false);
          }),
        ),
      );
    },
    pre(node) {
      node.properties.class = `shiki shiki-themes ${themeNames}`;
    },
  };
  return { theme, transformer };
}
