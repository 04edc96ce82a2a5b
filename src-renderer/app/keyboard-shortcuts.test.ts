import { describe, expect, it } from 'vitest';
import { shortcutCommand } from './keyboard-shortcuts';

const key = (init: Partial<KeyboardEvent>) => ({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, key: '', code: '', ...init }) as KeyboardEvent;

describe('shortcutCommand', () => {
  it('maps Ctrl and Cmd shortcuts to commands', () => {
    expect(shortcutCommand(key({ ctrlKey: true, key: 'n', code: 'KeyN' }))).toBe('newContact');
    expect(shortcutCommand(key({ metaKey: true, shiftKey: true, key: 'N', code: 'KeyN' }))).toBe('newCompany');
    expect(shortcutCommand(key({ ctrlKey: true, key: 'k', code: 'KeyK' }))).toBe('focusSearch');
    expect(shortcutCommand(key({ metaKey: true, key: 'f', code: 'KeyF' }))).toBe('focusSearch');
    expect(shortcutCommand(key({ ctrlKey: true, key: 'l', code: 'KeyL' }))).toBe('logInteraction');
    expect(shortcutCommand(key({ ctrlKey: true, key: 'த', code: 'KeyL' }))).toBe('logInteraction');
    expect(shortcutCommand(key({ ctrlKey: true, shiftKey: true, key: 'E', code: 'KeyE' }))).toBe('newReminder');
  });

  it('works with a Devanagari keyboard layout', () => {
    expect(shortcutCommand(key({ ctrlKey: true, key: 'ल', code: 'KeyN' }))).toBe('newContact');
  });

  it('ignores plain typing', () => {
    expect(shortcutCommand(key({ key: 'n', code: 'KeyN' }))).toBeUndefined();
    expect(shortcutCommand(key({ ctrlKey: true, key: 'c', code: 'KeyC' }))).toBeUndefined();
  });
});
