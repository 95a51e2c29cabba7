import type { EssayModel } from '../model';
import type { TextEdit } from '../rules/rule';
import { markersSharingBracket } from './labelWriting';

export type ConvertResult = { ok: true; edits: TextEdit[] } | { ok: false; reason: string };

/**
 * Plain-text `[N]` notes to Markdown footnotes: each marker `[N]` becomes
 * `[^N]` and each note `[N] text` becomes `[^N]: text`. Grouped markers
 * (`[3, 4]`, `[5–7]`) become one footnote reference per label.
 */
export function toMarkdownFootnotes(model: EssayModel): ConvertResult {
  if (model.markers.some((m) => model.text[m.span.start + 1] === '^')) {
    return { ok: false, reason: 'The essay already uses [^label] footnotes.' };
  }
  const edits: TextEdit[] = [];
  const doneBrackets = new Set<number>();
  for (const marker of model.markers) {
    if (doneBrackets.has(marker.span.start)) continue;
    doneBrackets.add(marker.span.start);
    const labels = markersSharingBracket(model.markers, marker).map((m) => m.label);
    edits.push({ span: marker.span, newText: labels.map((l) => `[^${l}]`).join('') });
  }
  for (const note of model.notes) {
    const text = model.text;
    if (text[note.span.start] !== '[') return { ok: false, reason: `Note ${note.label} is not written as [${note.label}]; only [N] notes can be converted.` };
    // "[12] Text" → "[^12]: Text": the bracket and the space after it are rewritten, the text stays.
    edits.push({ span: { start: note.span.start, end: note.textSpan.start }, newText: `[^${note.label}]: ` });
  }
  return { ok: true, edits };
}

/**
 * Markdown footnotes back to plain-text `[N]` notes. Word labels become numbers
 * in order of first citation, since plain text has only numbers.
 */
export function toPlainNotes(model: EssayModel): ConvertResult {
  const numbers = new Map<string, string>();
  const used = new Set(model.notes.filter((n) => /^\d+$/.test(n.label)).map((n) => n.label));
  let next = 1;
  const numberFor = (label: string) => {
    if (/^\d+$/.test(label)) return label;
    if (!numbers.has(label.toLowerCase())) {
      while (used.has(String(next))) next++;
      used.add(String(next));
      numbers.set(label.toLowerCase(), String(next));
    }
    return numbers.get(label.toLowerCase())!;
  };
  const edits: TextEdit[] = [];
  for (const marker of model.markers) {
    if (model.text[marker.span.start + 1] !== '^') continue;
    edits.push({ span: marker.span, newText: `[${numberFor(marker.label)}]` });
  }
  for (const note of model.notes) {
    if (model.text.slice(note.span.start, note.span.start + 2) !== '[^') continue;
    edits.push({ span: { start: note.span.start, end: note.textSpan.start }, newText: `[${numberFor(note.label)}] ` });
  }
  if (edits.length === 0) return { ok: false, reason: 'The essay has no [^label] footnotes to convert.' };
  return { ok: true, edits };
}
