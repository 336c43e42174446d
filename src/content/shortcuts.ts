/** What a keyboard shortcut does. */
export type ShortcutAction = 'toggle-presenter' | 'help' | 'next-step' | 'previous-step';

/** Every keyboard shortcut, as the help dialog and the instructor guide list it; `keys` is also the value of aria-keyshortcuts. */
export const SHORTCUTS: readonly { action: ShortcutAction; keys: string; label: string; what: string }[] = [
  { action: 'help', keys: '?', label: '?', what: 'Open the list of shortcuts.' },
  { action: 'toggle-presenter', keys: 'Shift+P', label: 'Shift + P', what: 'Turn presenter mode on or off.' },
  { action: 'next-step', keys: ']', label: ']', what: 'Go to the next step of the tutorial.' },
  { action: 'previous-step', keys: '[', label: '[', what: 'Go to the previous step.' },
];
