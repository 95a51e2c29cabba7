import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { analyseEssay } from '../../server/src/core/analyse';
import { essayFormatOf } from '../../server/src/core/format';
import { readNoteSource } from '../../server/src/core/sources/readNoteSource';
import type { NoteSource } from '../../server/src/core/sources/noteSource';
import { findDates, parseDate } from '../../server/src/core/dates';
import { repoPath } from '../support/paths';

const GOLD_DIR = repoPath('test', 'fixtures', 'sources');
const FIELDS: (keyof NoteSource)[] = ['authors', 'etAl', 'title', 'titleScript', 'container', 'date', 'accessed', 'volume', 'issue', 'pages', 'url', 'doi', 'refersTo', 'alsoCites', 'truncated'];

function pick(source: NoteSource): Partial<NoteSource> {
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) if (source[field] !== undefined && !(field === 'authors' && (source.authors as string[]).length === 0 && false)) out[field] = source[field];
  return out as Partial<NoteSource>;
}

function expectedOf(gold: Record<string, unknown>): Partial<NoteSource> {
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) if (gold[field] !== undefined) out[field] = gold[field];
  if (out.truncated === undefined) out.truncated = false;
  return out as Partial<NoteSource>;
}

describe('sources: hand-read gold', () => {
  for (const goldFile of readdirSync(GOLD_DIR).filter((f) => f.endsWith('.sources.json'))) {
    const gold = JSON.parse(readFileSync(repoPath('test', 'fixtures', 'sources', goldFile), 'utf8'));
    const text = readFileSync(repoPath(gold.essay), 'utf8');
    const { model } = analyseEssay(text, { format: essayFormatOf(gold.essay) });
    const labels = Object.keys(gold.notes);
    const misses: string[] = [];
    for (const label of labels) {
      const note = model.notes.find((n) => n.label === label);
      const actual = note?.source ? pick(note.source) : undefined;
      try {
        assert.deepEqual(actual, expectedOf(gold.notes[label]));
      } catch (error) {
        misses.push(`[${label}] ${(error as Error).message.split('\n').slice(0, 12).join('\n')}`);
      }
    }
    const required = gold.required ?? labels.length;
    it(`${gold.essay}: at least ${required} of ${labels.length} notes read fully right`, () => {
      assert.ok(labels.length - misses.length >= required, `${labels.length - misses.length}/${labels.length} right; misses:\n${misses.join('\n\n')}`);
    });
  }
});

describe('sources: nothing is dropped', () => {
  const essays = ['examples/sino-russian-relations.txt', 'test/corpus/a1_fed_waller_2024-01-16.txt', 'test/corpus/w2_wikipedia_toronto_economy_demographics.txt'];
  const KEYWORDS = new Set(['vol', 'no', 'p', 'pp', 'retrieved', 'accessed', 'on', 'ibid', 'id', 'supra', 'note', 'see', 'also', 'et', 'al', 'and', 'http', 'https', 'by']);
  for (const essay of essays) {
    it(`every word of every note in ${essay} is in a field, in rest, or part of a date`, () => {
      const { model } = analyseEssay(readFileSync(repoPath(essay), 'utf8'));
      for (const note of model.notes) {
        const source = note.source!;
        const kept = [source.title, source.container, source.url, source.doi, source.volume, source.issue, source.pages, ...source.authors, ...(source.alsoCites ?? []), ...source.rest].join(' ');
        let dateless = note.text;
        for (const date of findDates(note.text).reverse()) dateless = dateless.slice(0, date.start) + ' ' + dateless.slice(date.end);
        const words = dateless.replace(/https?:\/\/\S+/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
        for (const word of words) {
          if (KEYWORDS.has(word.toLowerCase()) || /^\d{4}$/.test(word)) continue;
          assert.ok(kept.includes(word), `note [${note.label}]: "${word}" was dropped\n${note.text}\n${JSON.stringify(source)}`);
        }
      }
    });
  }
});

describe('sources: dates, Ibid. and Markdown titles', () => {
  it('reads dates in the forms notes use', () => {
    const cases: [string, string][] = [
      ['March 23, 2022', '2022-03-23'],
      ['23 March 2022', '2022-03-23'],
      ['March25, 2022', '2022-03-25'],
      ['04.04.2022', '2022-04-04'],
      ['2022-04-04', '2022-04-04'],
      ['February 2020', '2020-02'],
      ['February, 2022', '2022-02'],
      ['Febrary 26, 2022', '2022-02-26'],
      ['Wed March 10, 2010', '2010-03-10'],
    ];
    for (const [written, iso] of cases) assert.equal(parseDate(written), iso, written);
    assert.equal(parseDate('March 32, 2022'), undefined);
  });

  it('points Ibid. at the note before and "supra note N" at N', () => {
    assert.equal(readNoteSource('Ibid., p. 12.', { format: 'plain', previousLabel: '4' }).refersTo, '4');
    assert.equal(readNoteSource('Ibid., p. 12.', { format: 'plain', previousLabel: '4' }).pages, '12');
    assert.equal(readNoteSource('Smith, supra note 2, at 7.', { format: 'plain', previousLabel: '4' }).refersTo, '2');
  });

  it('reads an italic title in Markdown, and et al.', () => {
    const source = readNoteSource('Jane Smith et al., *Trade and Power*, Example Press, 2021.', { format: 'markdown' });
    assert.deepEqual([source.authors, source.etAl, source.title, source.container, source.date], [['Jane Smith'], true, 'Trade and Power', 'Example Press', '2021']);
  });

  it('reads a URL the way the editor links it: a Wikipedia-style ) kept, Chinese punctuation and full-width text left out', () => {
    assert.equal(readNoteSource('“Foo,” Wikipedia, https://en.wikipedia.org/wiki/Foo_(bar).', { format: 'plain' }).url, 'https://en.wikipedia.org/wiki/Foo_(bar)');
    const chinese = readNoteSource('《经济参考报》，2012年9月21日，http://jjckb.xinhuanet.com/2012-09/21/content_402774.htm。', { format: 'plain' });
    assert.deepEqual([chinese.url, chinese.rest], ['http://jjckb.xinhuanet.com/2012-09/21/content_402774.htm', ['《经济参考报》，2012年9月21日']]);
  });

  it('takes a DOI from a doi.org URL or a doi: prefix', () => {
    assert.equal(readNoteSource('A. Author, “T,” J, 2020, doi:10.1000/xyz123.', { format: 'plain' }).doi, '10.1000/xyz123');
  });
});
