// One edit of a text, found by comparing two versions, and where the offsets of
// the old text land in the new.
import type { Span } from './model';
import { spanShifter } from './text/spans';

/** The part of the old text an edit replaced, and what replaced it. */
export interface TextChange {
  start: number;
  /** End of the replaced part in the old text. */
  oldEnd: number;
  newText: string;
}

/** The change from one text to the next: the differing middle between their common start and end. */
export function changeBetween(oldText: string, newText: string): TextChange | undefined {
  if (oldText === newText) return undefined;
  // Whole blocks compare natively, far faster than a character loop over a megabyte.
  const BLOCK = 4096;
  const shortest = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start + BLOCK <= shortest && oldText.slice(start, start + BLOCK) === newText.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shortest && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd - BLOCK >= start && newEnd - BLOCK >= start && oldText.slice(oldEnd - BLOCK, oldEnd) === newText.slice(newEnd - BLOCK, newEnd)) {
    oldEnd -= BLOCK;
    newEnd -= BLOCK;
  }
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newText: newText.slice(start, newEnd) };
}

/** How much longer the text is after the change. */
export const lengthChange = (change: TextChange) => change.newText.length - (change.oldEnd - change.start);

/**
 * Moves a block's span (a paragraph, a section, a prose block) from the old
 * text to the new: one after the edit moves by its length; one that holds the
 * edit, or ends where text is inserted, stretches (typing at a paragraph's end
 * lengthens the paragraph).
 */
export function blockSpanMover(change: TextChange): (s: Span) => Span {
  const delta = lengthChange(change);
  const shift = spanShifter(delta);
  return (s: Span): Span => (s.start >= change.oldEnd ? shift(s) : s.end >= change.oldEnd ? { start: s.start, end: s.end + delta } : s);
}

/**
 * Moves a mark's span (a marker, a finding) from the old text to the new: one
 * that ends where text is inserted stays as it was (typing after a marker does
 * not grow it); one that holds the edit stretches.
 */
export function markSpanMover(change: TextChange): (s: Span) => Span {
  const delta = lengthChange(change);
  const shift = spanShifter(delta);
  return (s: Span): Span => (s.start >= change.oldEnd ? shift(s) : s.end <= change.start ? s : { start: s.start, end: s.end + delta });
}

/** Moves an offset where something starts (a note, a claim): at or after the edit's end it moves by the edit's length. */
export function offsetMover(change: TextChange): (offset: number) => number {
  const delta = lengthChange(change);
  return (offset: number) => (offset >= change.oldEnd ? offset + delta : offset);
}
