// A note's source as the model keeps it. The parts most notes spell out word for
// word — the title, the outlet, the URL, the first two authors — are kept as
// places in the note's text and the date as a number; their strings are made
// again when a reader asks for them. Kept as strings, every note held five to
// seven young strings and lists, and each collection copied them until they were
// promoted: the larger the essay, the more of them each collection met.

import { EMPTY_LIST, type NoteSource } from './noteSource';
import { dominantScript } from './scripts';

/** No such part, or one kept spelled out. */
const NONE = -1;

/**
 * A place packs start and length into one small integer, start × 2^16 + length,
 * so that it stays inside the object rather than boxed on its own.
 */
const LENGTH_LIMIT = 0x10000;
const START_LIMIT = 0x7fff;

const TRUNCATED = 1;
const ET_AL = 2;

/** The parts a source keeps spelled out: the rarer ones, and any the note does not spell word for word. */
type SpelledParts = { -readonly [K in keyof NoteSource]?: NoteSource[K] };

/** Where `value` stands in `noteText`, packed; NONE when it is absent, not there, or too far in to pack. */
function placeOf(noteText: string, value: string | undefined): number {
  if (value === undefined || value.length >= LENGTH_LIMIT) return NONE;
  const start = noteText.indexOf(value);
  return start < 0 || start > START_LIMIT ? NONE : start * LENGTH_LIMIT + value.length;
}

function textAt(noteText: string, place: number): string {
  const start = Math.floor(place / LENGTH_LIMIT);
  return noteText.slice(start, start + (place % LENGTH_LIMIT));
}

/** An ISO date whose month and day, where given, are not 00: 00 stands for "not given" in the number. */
const ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** `2022-03-23` as 20220323, `2020-02` as 20200200, `2020` as 20200000; NONE for anything else. */
function dateNumberOf(date: string | undefined): number {
  const parts = date === undefined ? null : ISO_DATE.exec(date);
  if (!parts) return NONE;
  return Number(parts[1]) * 10000 + Number(parts[2] ?? 0) * 100 + Number(parts[3] ?? 0);
}

function dateOfNumber(value: number): string {
  const year = String(Math.floor(value / 10000)).padStart(4, '0');
  const month = Math.floor(value / 100) % 100;
  const day = value % 100;
  if (month === 0) return year;
  const monthText = String(month).padStart(2, '0');
  return day === 0 ? `${year}-${monthText}` : `${year}-${monthText}-${String(day).padStart(2, '0')}`;
}

class CompactSource implements NoteSource {
  constructor(
    private readonly noteText: string,
    private readonly titlePlace: number,
    private readonly containerPlace: number,
    private readonly urlPlace: number,
    private readonly firstAuthorPlace: number,
    private readonly secondAuthorPlace: number,
    private readonly dateNumber: number,
    private readonly flags: number,
    private readonly spelled: SpelledParts | undefined,
  ) {}

  get authors(): readonly string[] {
    if (this.firstAuthorPlace === NONE) return this.spelled?.authors ?? EMPTY_LIST;
    const first = textAt(this.noteText, this.firstAuthorPlace);
    return this.secondAuthorPlace === NONE ? [first] : [first, textAt(this.noteText, this.secondAuthorPlace)];
  }
  get etAl(): true | undefined {
    return (this.flags & ET_AL) !== 0 ? true : undefined;
  }
  get title(): string | undefined {
    return this.titlePlace === NONE ? this.spelled?.title : textAt(this.noteText, this.titlePlace);
  }
  get titleScript(): string | undefined {
    const title = this.title;
    return title ? dominantScript(title) : undefined;
  }
  get container(): string | undefined {
    return this.containerPlace === NONE ? this.spelled?.container : textAt(this.noteText, this.containerPlace);
  }
  get date(): string | undefined {
    return this.dateNumber === NONE ? this.spelled?.date : dateOfNumber(this.dateNumber);
  }
  get url(): string | undefined {
    return this.urlPlace === NONE ? this.spelled?.url : textAt(this.noteText, this.urlPlace);
  }
  get accessed(): string | undefined {
    return this.spelled?.accessed;
  }
  get volume(): string | undefined {
    return this.spelled?.volume;
  }
  get issue(): string | undefined {
    return this.spelled?.issue;
  }
  get pages(): string | undefined {
    return this.spelled?.pages;
  }
  get doi(): string | undefined {
    return this.spelled?.doi;
  }
  get refersTo(): string | undefined {
    return this.spelled?.refersTo;
  }
  get alsoCites(): readonly string[] | undefined {
    return this.spelled?.alsoCites;
  }
  get truncated(): boolean {
    return (this.flags & TRUNCATED) !== 0;
  }
  get rest(): readonly string[] {
    return this.spelled?.rest ?? EMPTY_LIST;
  }

  /** JSON (the `check` report) prints the parts, not the places. */
  toJSON(): NoteSource {
    return plainSource(this);
  }
}

/**
 * `source`, read from `noteText`, as the model keeps it. Its titleScript is
 * worked out again from the title when asked for, as the reader did.
 */
export function compactSource(noteText: string, source: NoteSource): NoteSource {
  let spelled: SpelledParts | undefined;
  const placed = (key: 'title' | 'container' | 'url'): number => {
    const place = placeOf(noteText, source[key]);
    if (place === NONE && source[key] !== undefined) (spelled ??= {})[key] = source[key];
    return place;
  };
  const titlePlace = placed('title');
  const containerPlace = placed('container');
  const urlPlace = placed('url');

  const { authors } = source;
  let firstAuthorPlace = authors.length >= 1 && authors.length <= 2 ? placeOf(noteText, authors[0]) : NONE;
  let secondAuthorPlace = authors.length === 2 ? placeOf(noteText, authors[1]) : NONE;
  if (authors.length > 0 && (firstAuthorPlace === NONE || (authors.length === 2 && secondAuthorPlace === NONE))) {
    (spelled ??= {}).authors = authors;
    firstAuthorPlace = secondAuthorPlace = NONE;
  }

  const dateNumber = dateNumberOf(source.date);
  if (dateNumber === NONE && source.date !== undefined) (spelled ??= {}).date = source.date;

  for (const key of ['accessed', 'volume', 'issue', 'pages', 'doi', 'refersTo'] as const) {
    if (source[key] !== undefined) (spelled ??= {})[key] = source[key];
  }
  if (source.alsoCites !== undefined) (spelled ??= {}).alsoCites = source.alsoCites;
  if (source.rest.length > 0) (spelled ??= {}).rest = source.rest;

  const flags = (source.truncated ? TRUNCATED : 0) | (source.etAl ? ET_AL : 0);
  return new CompactSource(noteText, titlePlace, containerPlace, urlPlace, firstAuthorPlace, secondAuthorPlace, dateNumber, flags, spelled);
}

/**
 * Any source as a plain object of its parts, in the order the report has always
 * printed them: for JSON, for a worker's message (which copies fields, not
 * getters) and for comparing sources in tests.
 */
export function plainSource(source: NoteSource): NoteSource {
  // Absent parts stay as `undefined`, which JSON leaves out.
  return {
    authors: source.authors,
    truncated: source.truncated,
    rest: source.rest,
    url: source.url,
    doi: source.doi,
    accessed: source.accessed,
    refersTo: source.refersTo,
    title: source.title,
    alsoCites: source.alsoCites,
    volume: source.volume,
    issue: source.issue,
    pages: source.pages,
    date: source.date,
    etAl: source.etAl,
    container: source.container,
    titleScript: source.titleScript,
  };
}
