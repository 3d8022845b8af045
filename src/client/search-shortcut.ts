// The `/` shortcut that opens the search dialog: a pure rule, kept apart so it is unit tested.

export interface ShortcutEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Whether the key goes into a text field, select or editable element. */
  typing: boolean;
}

/** `/` opens search, unless the reader is typing it somewhere or means another shortcut. */
export function opensSearch(event: ShortcutEvent): boolean {
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.typing;
}
