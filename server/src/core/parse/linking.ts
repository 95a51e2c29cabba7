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

/** Points each marker at the first note with its label and records the citation on the note. */
export function linkMarkersToNotes(markers: Marker[], notes: Note[]): void {
  const firstByLabel = new Map<string, number>();
  notes.forEach((note, i) => {
    if (!firstByLabel.has(labelKey(note.label))) firstByLabel.set(labelKey(note.label), i);
  });
  markers.forEach((marker, m) => {
    const note = firstByLabel.get(labelKey(marker.label));
    marker.note = note ?? -1;
    if (note !== undefined) notes[note].citedBy.push(m);
  });
}
