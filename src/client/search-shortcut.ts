// The `/` shortcut that opens the search dialog. Its own module so the script that
// every page loads stays tiny: the rest of the search code loads when search opens.

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
