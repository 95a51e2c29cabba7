import type { Note } from '../model';
import type { NoteSource } from '../sources/noteSource';
import { mergeDuplicateNote } from '../fixes/mergeDuplicateNotes';
import type { Rule, RuleResult } from './rule';
import { formatLabel, lineNumberOf } from './rule';
import { rememberedPerCodePoint } from '../text/codePoints';

/** Two notes citing one work: the reader sees two sources where there is one. */
export const duplicateSource: Rule = {
  id: 'duplicate-source',
  description: 'Two notes cite the same work (same URL, or same title and authors).',
  defaultSeverity: 'warning',
  fixable: true,
  reads: 'markers-and-notes',
  check(model) {
    const results: RuleResult[] = [];
    const seen = new Map<string, Note>();
    // What the findings say of a first citation, made once per note however many notes repeat it.
    const firstCitations = new Map<Note, { where: string; related: RuleResult['related'] }>();
    const firstCitation = (earlier: Note) => {
      let found = firstCitations.get(earlier);
      if (!found) {
        const label = formatLabel(model, earlier.label);
        found = { where: `${label} (line ${lineNumberOf(model, earlier.span.start)})`, related: [{ span: earlier.span, message: `Note ${label} cites it first` }] };
        firstCitations.set(earlier, found);
      }
      return found;
    };
    for (const note of model.notes) {
      const source = note.source;
      if (!source || source.refersTo !== undefined) continue;
      const keys = workKeys(source);
      const earlier = firstSeen(keys, seen);
      if (earlier && earlier.label !== note.label) {
        const first = firstCitation(earlier);
        results.push({
          span: note.span,
          message: `Note ${formatLabel(model, note.label)} cites the same work as note ${first.where}.`,
          // Shared by the notes that repeat one source: findings are never changed in place (see afterEdit's moves).
          related: first.related,
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

/** The note that first had one of `keys`, trying them in order; no list per note (the rule meets every note). */
function firstSeen(keys: readonly string[], seen: ReadonlyMap<string, Note>): Note | undefined {
  for (const key of keys) {
    const note = seen.get(key);
    if (note !== undefined) return note;
  }
  return undefined;
}

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

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const letterOrNumber = rememberedPerCodePoint((ch) => (LETTER_OR_NUMBER.test(ch) ? 1 : 0));
const isLetterOrNumber = (point: number) => letterOrNumber(point) === 1;
const NON_ASCII = /[^\0-\x7f]/;
const NOT_ASCII_ALNUM = /[^a-z0-9]+/g;

/**
 * Lower-cased, every run of characters other than letters and numbers one space,
 * trimmed: what `.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives,
 * read in one pass that asks a regex only about characters beyond ASCII.
 */
function normaliseText(text: string): string {
  const lower = text.toLowerCase();
  // All ASCII (most titles and names): its letters and numbers are `a-z0-9`, and native replaces do.
  if (!NON_ASCII.test(lower)) return lower.replace(NOT_ASCII_ALNUM, ' ').trim();
  let out = '';
  let runStart = -1;
  let gap = false;
  for (let i = 0; i < lower.length; ) {
    const code = lower.charCodeAt(i);
    let size = 1;
    let keep: boolean;
    if (code < 0x80) keep = (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
    else {
      const point = lower.codePointAt(i)!;
      if (point > 0xffff) size = 2;
      keep = isLetterOrNumber(point);
    }
    if (keep) {
      if (runStart < 0) {
        if (gap && out !== '') out += ' ';
        runStart = i;
      }
    } else if (runStart >= 0) {
      out += lower.slice(runStart, i);
      runStart = -1;
      gap = true;
    } else gap = true;
    i += size;
  }
  if (runStart >= 0) out += lower.slice(runStart);
  return out;
}
