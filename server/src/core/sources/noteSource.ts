/** A note read as a citation. Whatever is not understood stays in `rest`: nothing is dropped. */
export interface NoteSource {
  authors: string[];
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
  alsoCites?: string[];
  /** The note ends in a dangling comma: something (usually the URL) was cut off. */
  truncated: boolean;
  /** Parts of the note that were not understood, in order. */
  rest: string[];
}
