import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { analyseEssay } from '../../server/src/core/analyse';
import { essayFormatOf } from '../../server/src/core/format';
import { readNoteSource } from '../../server/src/core/sources/readNoteSource';
import type { NoteSource } from '../../server/src/core/sources/noteSource';
import { compactSource, plainSource } from '../../server/src/core/sources/compactSource';
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
    assert.equal(readNoteSource('新华社，2021年，http://e.org/a.htm。另见第5页', { format: 'plain' }).url, 'http://e.org/a.htm');
    assert.equal(readNoteSource('See https://e.org/report５％ of it.', { format: 'plain' }).url, 'https://e.org/report');
  });

  it('takes a DOI from a doi.org URL or a doi: prefix', () => {
    assert.equal(readNoteSource('A. Author, “T,” J, 2020, doi:10.1000/xyz123.', { format: 'plain' }).doi, '10.1000/xyz123');
  });
});

describe('sources: Chinese citations', () => {
  const read = (text: string) => readNoteSource(text, { format: 'plain' });
  const fields = (text: string) => {
    const s = read(text);
    return { authors: s.authors, title: s.title, container: s.container, date: s.date, issue: s.issue, pages: s.pages, url: s.url, rest: s.rest };
  };

  it('reads dates written 2021年10月18日, 2021年10月 and 2021年, with words glued on either side', () => {
    assert.deepEqual(findDates('发布于2021年10月18日发布，另见2020年3月和2019年。').map((d) => d.iso), ['2021-10-18', '2020-03', '2019']);
    assert.equal(parseDate('2022年4月18日'), '2022-04-18');
    assert.deepEqual(findDates('编号12021年 与 2021年5'), [], 'a year glued to other digits is no date');
  });

  it('reads a 《》 title, authors joined by 、, the periodical in a second 《》, issue and pages', () => {
    assert.deepEqual(fields('张三、李四：《中俄贸易的新阶段》，载《国际经济评论》2020年第3期，第12—30页。'), {
      authors: ['张三', '李四'], title: '中俄贸易的新阶段', container: '国际经济评论', date: '2020', issue: '3', pages: '12—30', url: undefined, rest: ['载'],
    });
    assert.deepEqual(fields('王五：〈能源合作〉，《人民日报》，2022年2月4日，第3版。'), {
      authors: ['王五'], title: '能源合作', container: '人民日报', date: '2022-02-04', issue: undefined, pages: undefined, url: undefined, rest: ['第3版'],
    });
  });

  it('reads a newspaper note with its date and link, so it is not reported as having neither', () => {
    const note = '《经济参考报》，2012年9月21日，http://jjckb.xinhuanet.com/2012-09/21/content_402774.htm。';
    assert.deepEqual(fields(note), {
      authors: [], title: '经济参考报', container: undefined, date: '2012-09-21', issue: undefined, pages: undefined, url: 'http://jjckb.xinhuanet.com/2012-09/21/content_402774.htm', rest: [],
    });
    const text = readFileSync(repoPath('test', 'corpus-zh', 'zh3_china_russia_trade_notes.txt'), 'utf8');
    const { findings } = analyseEssay(text);
    assert.deepEqual(findings.filter((f) => f.rule === 'incomplete-source').map((f) => f.message), []);
  });
});

describe('sources: kept compactly', () => {
  /** A source as read, with its title's script as the reader gives it. */
  const read = (parts: Partial<NoteSource>): NoteSource => plainSource({ authors: [], truncated: false, rest: [], ...parts });
  const kept = (noteText: string, source: NoteSource) => plainSource(compactSource(noteText, source));

  it('gives back every part as read, whether the note spells it word for word or not', () => {
    const note = 'Jane Smith and Li Wei, “Trade  and Power,” Example Press, March 23, 2022, https://e.org/a, vol. 3, no. 4, pp. 5-6.';
    const cases: NoteSource[] = [
      read({ authors: ['Jane Smith', 'Li Wei'], title: 'Trade  and Power', container: 'Example Press', date: '2022-03-23', url: 'https://e.org/a', titleScript: 'Latin' }),
      // Folded by the reader, so not in the note as written.
      read({ authors: ['Jane Smith', 'Wei, Li'], title: 'Trade and Power', container: 'Example  Press', titleScript: 'Latin' }),
      read({ authors: ['Jane Smith', 'Li Wei', 'Example Press'], etAl: true, truncated: true }),
      read({ authors: ['Li Wei'], date: '2022-03', volume: '3', issue: '4', pages: '5-6', doi: '10.1/x', accessed: '2023-01-02', refersTo: '2' }),
      read({ date: '2022' }),
      read({ date: '0999' }),
      read({ date: '2021.' }),
      read({ date: '2022-00' }),
      read({ date: '2022-03-00' }),
      read({ alsoCites: ['Other Work'], rest: ['載', 'leftover'] }),
      read({ title: '', container: '' }),
    ];
    for (const source of cases) assert.deepStrictEqual(kept(note, source), source);
  });

  it('keeps a part that stands far into a long note', () => {
    const note = `${'x'.repeat(40_000)} “A Title Far In,” Outlet`;
    const source = read({ title: 'A Title Far In', container: 'Outlet', authors: ['Far Author'], titleScript: 'Latin' });
    assert.deepStrictEqual(kept(note, source), source);
  });

  it('prints in JSON, and crosses to a worker, as its parts', () => {
    const source = readNoteSource('Andrea Shalal and Marek Strzelecki, “Title of It,” Reuters, March 23, 2022.', { format: 'plain' });
    const expected = { authors: ['Andrea Shalal', 'Marek Strzelecki'], truncated: false, rest: [], title: 'Title of It', date: '2022-03-23', container: 'Reuters', titleScript: 'Latin' };
    assert.deepStrictEqual(JSON.parse(JSON.stringify(source)), expected);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(structuredClone(plainSource(source)))), expected);
    assert.deepStrictEqual(Object.keys(JSON.parse(JSON.stringify(source))), ['authors', 'truncated', 'rest', 'title', 'date', 'container', 'titleScript'], 'the order the report has always printed');
  });
});
