import type { Note } from '../model';
import type { NoteSource } from '../sources/noteSource';
import { mergeDuplicateNote } from '../fixes/mergeDuplicateNotes';
import type { Rule, RuleResult } from './rule';
import { formatLabel, lineNumberOf } from './rule';

/** Two notes citing one work: the reader sees two sources where there is one. */
export const duplicateSource: Rule = {
  id: 'duplicate-source',
  description: 'Two notes cite the same work (same URL, or same title and authors).',
  defaultSeverity: 'warning',
  fixable: true,
  check(model) {
    const results: RuleResult[] = [];
    const seen = new Map<string, Note>();
    for (const note of model.notes) {
      const source = note.source;
      if (!source || source.refersTo !== undefined) continue;
      const keys = workKeys(source);
      const earlier = keys.map((key) => seen.get(key)).find((n) => n !== undefined);
      if (earlier && earlier.label !== note.label) {
        results.push({
          span: note.span,
          message: `Note ${formatLabel(model, note.label)} cites the same work as note ${formatLabel(model, earlier.label)} (line ${lineNumberOf(model, earlier.span.start)}).`,
          related: [{ span: earlier.span, message: `Note ${formatLabel(model, earlier.label)} cites it first` }],
          fix: { kind: 'merge-notes', keepStart: earlier.span.start, dropStart: note.span.start },
        });
      }
      for (const key of keys) if (!seen.has(key)) seen.set(key, note);
    }
    return results;
  },
  fix(model, data) {
    return data.kind === 'merge-notes' ? mergeDuplicateNote(model, data.keepStart, data.dropStart) : [];
  },
};

/** Keys per source, kept while the source object lives: a keystroke elsewhere re-reads no note. */
const KEYS = new WeakMap<NoteSource, string[]>();

function workKeys(source: NoteSource): string[] {
  let keys = KEYS.get(source);
  if (!keys) {
    // Citing different pages of one work is ordinary; only the same place twice is a duplicate.
    const page = source.pages ?? '';
    keys = [];
    if (source.url) keys.push(`url:${normaliseUrl(source.url)}#${page}`);
    if (source.title && source.title.length >= 8) keys.push(`title:${normaliseText(source.title)}|${source.authors.map(normaliseText).join(',')}#${page}`);
    KEYS.set(source, keys);
  }
  return keys;
}

function normaliseUrl(url: string): string {
  return url.toLowerCase().replace(/^https?:\/\/(?:www\.)?/u, '').replace(/(?<![/#?])[/#?]+$/u, '');
}

function normaliseText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
