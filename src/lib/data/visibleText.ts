/**
 * Characters a person cannot see: zero-width and no-break spaces, soft
 * hyphens and direction marks (they come along when text is copied out of a
 * web page or a PDF), and control characters (a terminal runs an escape
 * sequence instead of printing it). A value with one looks valid in a
 * message while it is not, so every value a message echoes shows them as
 * `⟨U+200B⟩`, and the command line escapes every control character.
 */

const NAMES: Record<number, string> = {
  0x00a0: 'no-break space',
  0x00ad: 'soft hyphen',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202f: 'narrow no-break space',
  0x2060: 'word joiner',
  0xfeff: 'zero-width no-break space (byte order mark)',
};

// Invisible or format characters, and C0/C1 controls other than tab and line ends.
const INVISIBLE = /[\u00a0\u00ad\u180e\u200b-\u200f\u2028\u2029\u202a-\u202f\u2060-\u2064\ufeff]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

const codePoint = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}

/** `GM0363\u200B` → `GM0363⟨U+200B⟩`. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `⟨${codePoint(char)}⟩`);
}

/** What the invisible characters of a text are, for a message: `U+200B (zero-width space)`. */
export function describeInvisible(text: string): string {
  const found = new Set(text.match(INVISIBLE) ?? []);
  return [...found].map((char) => `${codePoint(char)} (${NAMES[char.charCodeAt(0)] ?? 'control character'})`).join(', ');
}

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Text for a terminal: every control character (line ends too) as `\x1b`, so a file cannot rewrite the terminal or forge a line. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`).replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/** A long value cut for a message, with the length it had: the full value stays in the CSV download. */
export function shortened(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
