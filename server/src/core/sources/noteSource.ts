/** A note read as a citation. Whatever is not understood stays in `rest`: nothing is dropped. */
export interface NoteSource {
  authors: readonly string[];
  /** "et al." followed the authors. */
  etAl?: boolean;
  title?: string;
  /** The dominant writing system of the title: Latin, Cyrillic, Han, Arabic, Greek… */
  titleScript?: string;
  /** Publisher, outlet or journal. */
  container?: string;
  /** Publication date as ISO text: `2022-03-23`, `2020-02` or `2020`. */
  date?: string;
  /** When the source was retrieved or accessed ("Retrieved August 12, 2011"), ISO. */
  accessed?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  url?: string;
  doi?: string;
  /** Label of the note an "Ibid.", "Id." or "supra note N" points at. */
  refersTo?: string;
  /** Further works cited in the same note (their titles). */
  alsoCites?: readonly string[];
  /** The note ends in a dangling comma: something (usually the URL) was cut off. */
  truncated: boolean;
  /** Parts of the note that were not understood, in order. */
  rest: readonly string[];
}

/**
 * The list a source without authors or leftovers holds: shared, where a list of
 * its own per note would be kept (and copied by a collection) for every note.
 * Frozen, so that a reader that tried to add to it would fail at once.
 */
export const EMPTY_LIST: readonly string[] = Object.freeze([]);
