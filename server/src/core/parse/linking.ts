import type { Marker, Note, Sentence } from '../model';

/** Sets each marker's sentence: the sentence whose span holds the marker's start. Both lists are in document order. */
export function placeInSentences(markers: Marker[], sentences: Sentence[]): void {
  let s = 0;
  for (const marker of markers) {
    while (s < sentences.length && sentences[s].span.end <= marker.span.start) s++;
    marker.sentence = s < sentences.length && sentences[s].span.start <= marker.span.start ? s : -1;
  }
}

/** Labels match case-insensitively, as GFM footnote labels do; numbers are unaffected. */
export function labelKey(label: string): string {
  // Most labels are numbers: lower-casing would only copy them (slowly, from two-byte text).
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return label.toLowerCase();
  }
  return label;
}

/** The index of each label's first note: the one its markers point to (a later note with the label is a duplicate). */
export function firstNoteOfLabel(notes: readonly Note[]): Map<string, number> {
  const first = new Map<string, number>();
  notes.forEach((note, i) => {
    const key = labelKey(note.label);
    if (!first.has(key)) first.set(key, i);
  });
  return first;
}

/**
 * Which notes no marker cites, by index. A later note with a label already
 * used is duplicate-footnote's business, not an unused note.
 */
export function unusedNoteTest(notes: readonly Note[]): (i: number) => boolean {
  // Most essays cite every note: then no label needs looking up.
  if (notes.every((note) => note.citedBy.length > 0)) return () => false;
  const first = firstNoteOfLabel(notes);
  return (i) => notes[i].citedBy.length === 0 && first.get(labelKey(notes[i].label)) === i;
}

/** Points each marker at the first note with its label and records the citation on the note. */
export function linkMarkersToNotes(markers: Marker[], notes: Note[]): void {
  const firstByLabel = firstNoteOfLabel(notes);
  markers.forEach((marker, m) => {
    const note = firstByLabel.get(labelKey(marker.label));
    marker.note = note ?? -1;
    if (note === undefined) return;
    // Most notes are cited once: a list made with its first citation holds one slot,
    // where a push onto the empty list reserves seventeen, kept as long as the model.
    const cited = notes[note];
    if (cited.citedBy.length === 0) cited.citedBy = [m];
    else cited.citedBy.push(m);
  });
}
