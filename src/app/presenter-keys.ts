import type { ShortcutAction } from '../content/shortcuts';

/** The parts of a keydown event that decide the shortcut (a KeyboardEvent fits). */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat?: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
  target: EventTarget | null;
  getModifierState?: (key: string) => boolean;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week']);
const TYPING_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

/** True when keys pressed on this element are typing (a text field, a textarea, a select, editable content). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? 'text').toLowerCase());
  if (el.isContentEditable || el.getAttribute('contenteditable') === 'true') return true;
  return TYPING_ROLES.has(el.getAttribute('role') ?? '');
}

/**
 * The shortcut a key press means, or null. Never while typing, repeating, composing (IME), or with
 * Ctrl, Alt or Meta held: those belong to the browser and screen readers (Alt+← is "Back").
 * AltGr (Ctrl+Alt on Windows) is allowed, because some layouts need it to type [ ] and ?.
 */
export function shortcutFor(e: KeyPress): ShortcutAction | null {
  if (e.defaultPrevented || e.repeat || e.isComposing || isTypingTarget(e.target)) return null;
  const altGraph = e.getModifierState?.('AltGraph') === true || (e.ctrlKey && e.altKey);
  if (e.metaKey || ((e.ctrlKey || e.altKey) && !altGraph)) return null;
  if (e.key === '?') return 'help';
  if (e.key === ']') return 'next-step';
  if (e.key === '[') return 'previous-step';
  // Shift+P, checked by shiftKey so Caps Lock alone ("P" without Shift) does nothing.
  if (e.shiftKey && !altGraph && e.key.toLowerCase() === 'p') return 'toggle-presenter';
  return null;
}
