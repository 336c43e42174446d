import { describe, expect, it } from 'vitest';
import type { KeyPress } from './presenter-keys';
import { isTypingTarget, shortcutFor } from './presenter-keys';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  target: document.body,
  ...extra,
});

function element(html: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = html;
  const el = box.firstElementChild as HTMLElement;
  document.body.append(box);
  return el;
}

describe('shortcutFor', () => {
  it('maps ?, Shift+P, ] and [', () => {
    expect(shortcutFor(press('?', { shiftKey: true }))).toBe('help');
    expect(shortcutFor(press('P', { shiftKey: true }))).toBe('toggle-presenter');
    expect(shortcutFor(press(']'))).toBe('next-step');
    expect(shortcutFor(press('['))).toBe('previous-step');
  });

  it('ignores plain letters, Caps Lock P, and keys with Ctrl, Alt or Meta', () => {
    expect(shortcutFor(press('p'))).toBeNull();
    expect(shortcutFor(press('P'))).toBeNull();
    expect(shortcutFor(press('P', { shiftKey: true, ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(shortcutFor(press(']', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('[', { altKey: true }))).toBeNull();
  });

  it('allows AltGr, which some keyboard layouts need for [ ] and ?', () => {
    expect(shortcutFor(press(']', { ctrlKey: true, altKey: true }))).toBe('next-step');
    expect(shortcutFor(press('[', { getModifierState: (k) => k === 'AltGraph' }))).toBe('previous-step');
  });

  it('ignores repeats, IME composition and events a component already handled', () => {
    expect(shortcutFor(press(']', { repeat: true }))).toBeNull();
    expect(shortcutFor(press('?', { isComposing: true }))).toBeNull();
    expect(shortcutFor(press('?', { defaultPrevented: true }))).toBeNull();
  });

  it('does nothing while the learner types in a field', () => {
    for (const html of ['<input>', '<input type="search">', '<input type="number">', '<textarea></textarea>', '<select><option>a</option></select>', '<div contenteditable="true"></div>', '<div role="textbox"></div>']) {
      const target = element(html);
      expect(shortcutFor(press('?', { target })), html).toBeNull();
      expect(shortcutFor(press('P', { shiftKey: true, target })), html).toBeNull();
      expect(shortcutFor(press(']', { target })), html).toBeNull();
    }
  });

  it('works when focus is on a button, link, checkbox or radio', () => {
    for (const html of ['<button>b</button>', '<a href="/">a</a>', '<input type="checkbox">', '<input type="radio">', '<input type="range">']) {
      expect(shortcutFor(press(']', { target: element(html) })), html).toBe('next-step');
    }
  });
});

describe('isTypingTarget', () => {
  it('is false for null and non-elements', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(window)).toBe(false);
  });
});
