/**
 * Text made safe inside HTML or SVG markup, as element content or in a
 * double-quoted attribute: the one escape the app's hand-written markup uses
 * (the SVG map's paths, the export, the embed snippet).
 */
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}
