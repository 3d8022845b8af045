import type { Element, ElementContent, Text } from 'hast';
import type { HastPluginDefinition } from 'satteri';

// GitHub's alerts, `> [!NOTE]` on a quote's first line, as labelled asides. Own code: the
// remark and rehype plugins for them do not run in Sätteri, which renders the posts.

/** Each kind's label, and its icon as SVG path data on a 16 × 16 grid; prose.css strokes it. */
export const CALLOUT_KINDS = {
  note: { label: 'Note', paths: ['M8 1.75a6.25 6.25 0 1 0 0 12.5a6.25 6.25 0 1 0 0-12.5z', 'M8 7.25v4', 'M8 4.75v.01'] },
  tip: { label: 'Tip', paths: ['M5.75 10.75c-1.3-.9-2.25-2.3-2.25-4a4.5 4.5 0 0 1 9 0c0 1.7-.95 3.1-2.25 4v1.5h-4.5z', 'M6.25 14.25h3.5'] },
  important: { label: 'Important', paths: ['M2 2.75h12v8.5H8.5l-3.25 3v-3H2z', 'M8 4.75v3', 'M8 9.25v.01'] },
  warning: { label: 'Warning', paths: ['M8 1.75l6.5 12H1.5z', 'M8 6v3.5', 'M8 11.5v.01'] },
  caution: { label: 'Caution', paths: ['M5.25 1.75h5.5l3.5 3.5v5.5l-3.5 3.5h-5.5l-3.5-3.5v-5.5z', 'M8 4.75v3.75', 'M8 10.75v.01'] },
} as const;

export type CalloutKind = keyof typeof CALLOUT_KINDS;

// The marker alone on the quote's first line, in any case, as GitHub reads it.
const MARKER = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\r?\n|$)/i;

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

function icon(kind: CalloutKind): Element {
  const paths = CALLOUT_KINDS[kind].paths.map((d): Element => ({ type: 'element', tagName: 'path', properties: { d }, children: [] }));
  // The label says the kind in words; the icon only repeats it, so it is hidden from screen readers.
  return {
    type: 'element',
    tagName: 'svg',
    properties: { className: ['callout-icon'], viewBox: '0 0 16 16', width: 16, height: 16, ariaHidden: 'true' },
    children: paths,
  };
}

/**
 * The aside a GitHub alert quote becomes, or undefined for any other quote (and for a marker
 * with nothing after it, which GitHub also shows as a plain quote).
 */
export function calloutOf(quote: Element): Element | undefined {
  const children = quote.children.filter((child) => !isBlank(child));
  const [first, ...rest] = children;
  if (first?.type !== 'element' || first.tagName !== 'p') return undefined;
  const [opening, ...inline] = first.children;
  if (opening?.type !== 'text') return undefined;
  const match = MARKER.exec(opening.value);
  if (!match) return undefined;
  const kind = match[1]!.toLowerCase() as CalloutKind;
  const remainder = opening.value.slice(match[0].length);
  // `[!NOTE] text` on one line, or the marker followed by markup on its line, is an ordinary quote.
  if (!match[0].includes('\n') && (remainder !== '' || inline.length > 0)) return undefined;
  const firstParagraph: ElementContent[] = [...(remainder ? [{ type: 'text', value: remainder } satisfies Text] : []), ...inline];
  const body = [...(firstParagraph.length > 0 ? [{ ...first, children: firstParagraph }] : []), ...rest];
  if (body.length === 0) return undefined;
  const title: Element = {
    type: 'element',
    tagName: 'p',
    properties: { className: ['callout-title'] },
    children: [icon(kind), { type: 'text', value: CALLOUT_KINDS[kind].label }],
  };
  // role="note": an aside set apart from the text it sits in, not a landmark of the page, so
  // a post may hold any number of them.
  return {
    type: 'element',
    tagName: 'aside',
    properties: { className: ['callout', `callout-${kind}`], role: 'note' },
    children: [title, ...body],
  };
}

/** Sätteri hast plugin: `> [!NOTE]` … quotes become `<aside class="callout callout-note" role="note">`, in `.md` and `.mdx` alike. */
export const callouts: HastPluginDefinition = {
  name: 'shipit:callouts',
  element: {
    filter: ['blockquote'],
    visit(quote) {
      return calloutOf(quote);
    },
  },
};
