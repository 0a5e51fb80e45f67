/**
 * The size (clientWidth, clientHeight) of the map's boxes, from a
 * ResizeObserver only, as an attachment: `{@attach observedSize((w, h) => …)}`.
 *
 * Svelte's `bind:clientWidth` also reads the size once as the element is
 * mounted, which makes the browser lay the page out there and then. The
 * first map mounts in one task, and each such read after a change to the
 * page lays it out again: the map's box was read before the header's height
 * had sized the stage (so the map was fitted twice), and the map panel's
 * width after the map's 342 paths had gone in (a second layout of them, about
 * 4 ms on the benchmark machine). A ResizeObserver reports the first size as
 * part of the first frame, after the browser's own layout of the page as
 * mounted; what the report changes (the map's view and paths) is laid out in
 * the same frame, before anything is painted. Until then the size is 0 × 0,
 * which the map treats as "not measured yet".
 */
import type { Attachment } from 'svelte/attachments';

export function observedSize(report: (width: number, height: number) => void): Attachment<HTMLElement> {
  return (element) => {
    const observer = new ResizeObserver(() => report(element.clientWidth, element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  };
}
