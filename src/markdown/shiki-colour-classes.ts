import type { ShikiTransformer, ThemedToken } from 'shiki';
import { CODE_THEME_NAMES, type CodeThemeName, codePalettes } from './code-themes.ts';

// Code blocks carry classes, never style attributes, so a Content-Security-Policy can forbid
// inline styles. The class names come from the theme colours themselves, so the stylesheet
// generated from the themes (codeColoursCss) covers every page, including pages whose Markdown
// was rendered by an earlier build and cached.

/** The class giving a token `colour` in one theme: `light-a0111f`. */
export function colourClass(theme: CodeThemeName, colour: string): string {
  return `${theme}-${colour.slice(1).toLowerCase()}`;
}

/** Shiki's font style declarations and the class for each value. */
export const FONT_STYLE_CLASSES: Record<string, Record<string, string>> = {
  'font-style': { italic: 'token-italic' },
  'font-weight': { bold: 'token-bold' },
  'text-decoration': { underline: 'token-underline', 'line-through': 'token-line-through' },
};

function fontStyleClasses(style: Record<string, string>, theme: CodeThemeName): string[] {
  return Object.entries(FONT_STYLE_CLASSES).flatMap(([property, classes]) =>
    (style[`--shiki-${theme}-${property}`] ?? '').split(' ').flatMap((value) => classes[value] ?? []),
  );
}

/**
 * A token's classes from the variables Shiki writes for each theme. The foreground needs no
 * class: tokens inherit it. So does a colour outside the theme's palette, which only ANSI
 * escape codes can produce.
 */
function tokenClasses(token: ThemedToken): string[] {
  const style = token.htmlStyle ?? {};
  const colours = CODE_THEME_NAMES.flatMap((theme) => {
    const colour = style[`--shiki-${theme}`]?.toLowerCase();
    return colour && codePalettes[theme].tokenColours.includes(colour) ? [colourClass(theme, colour)] : [];
  });
  const [first, ...others] = CODE_THEME_NAMES.map((theme) => fontStyleClasses(style, theme));
  // One class serves both themes, as CSS cannot switch a font style with the colour scheme.
  if (others.some((classes) => classes.join() !== first!.join())) {
    throw new Error(`The code themes ${CODE_THEME_NAMES.join(' and ')} give "${token.content}" different font styles`);
  }
  return [...colours, ...first!];
}

// A post has thousands of tokens in a few dozen styles: each style's classes are worked out once.
const classesByStyle = new Map<string, string[]>();

function cachedTokenClasses(token: ThemedToken): string[] {
  const key = Object.entries(token.htmlStyle ?? {}).join(';');
  let classes = classesByStyle.get(key);
  if (!classes) {
    classes = tokenClasses(token);
    classesByStyle.set(key, classes);
  }
  return classes;
}

/** Shiki transformer: token colours and font styles as classes, and no style attribute anywhere. */
export const colourClasses: ShikiTransformer = {
  name: 'shipit:colour-classes',
  tokens(lines) {
    for (const token of lines.flat()) {
      const classes = cachedTokenClasses(token);
      token.htmlStyle = {};
      if (classes.length > 0)
        token.htmlAttrs = { ...token.htmlAttrs, class: [token.htmlAttrs?.class, ...classes].filter(Boolean).join(' ') };
    }
  },
  pre(node) {
    // The theme colours are in the stylesheets, and code.css lets a long line scroll.
    delete node.properties.style;
  },
};
