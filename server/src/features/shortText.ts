/** A one-line preview of a note or sentence for outlines and tree views. */
export function shortText(text: string, limit = 80): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length <= limit ? folded : `${folded.slice(0, limit - 1)}…`;
}
