import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { growMarkdownEssay, sampleMarkdown, withUrlInEveryNote } from '../../scripts/support/generateEssays';
import { markdownParseInput } from '../../server/src/core/analyse';
import { MarkdownOutliner } from '../../server/src/core/parse/chunkedOutline';
import { splitMarkdownChunks } from '../../server/src/core/parse/markdownChunks';
import { outlineMarkdown } from '../../server/src/core/parse/markdownOutline';
import { generateEssay, seededRandom } from '../support/essayGenerator';
import { generateHostileDocument } from '../support/hostileDocuments';
import { generateMarkdownBlockSoup } from '../support/markdownBlockSoup';
import { compareAfterEdits, compareWithWholeParse } from '../support/outlineAgreement';
import { repoPath } from '../support/paths';

function assertSameAsWhole(raw: string, name: string): boolean {
  const { agree, chunked } = compareWithWholeParse(raw);
  if (!agree) {
    assert.deepEqual(new MarkdownOutliner().outline(raw), outlineMarkdown(markdownParseInput(raw)), `${name}: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  return chunked;
}

describe('Markdown read in chunks', function () {
  // Thousands of documents take 10–15 s here; on a machine busy with other work, several times that.
  // The limit is there to catch a hang, not to time anything.
  this.timeout(120_000);
  it('reads the converted sample, a grown 100 KB essay and every corpus essay as one parse would', () => {
    const sample = sampleMarkdown(repoPath());
    assert.ok(assertSameAsWhole(sample, 'sample'), 'the sample is read in chunks');
    assert.ok(assertSameAsWhole(growMarkdownEssay(sample, 100_000), 'grown'));
    assert.ok(assertSameAsWhole(withUrlInEveryNote(growMarkdownEssay(sample, 100_000)), 'grown, a URL in every note'));
    for (const dir of ['corpus', 'heldout', 'corpus-zh']) {
      for (const file of readdirSync(repoPath('test', dir)).filter((f) => f.endsWith('.txt') || f.endsWith('.md'))) {
        assertSameAsWhole(readFileSync(join(repoPath('test', dir), file), 'utf8'), file);
      }
    }
  });

  // npm run robustness checks many more (see README, Robustness).
  it('reads 500 generated essays and 500 hostile documents as one parse would', () => {
    let chunked = 0;
    for (let seed = 1; seed <= 500; seed++) {
      if (assertSameAsWhole(generateEssay(seededRandom(seed)).text, `essay ${seed}`)) chunked++;
      assertSameAsWhole(generateHostileDocument(seededRandom(seed * 7 + 1)).text, `hostile ${seed}`);
    }
    assert.ok(chunked > 200, `only ${chunked} generated essays were read in chunks`);
  });

  it('reads 1,500 documents of tricky blocks (fences and HTML across blank lines, loose lists, far definitions) as one parse would', () => {
    let chunked = 0;
    for (let seed = 1; seed <= 1500; seed++) if (assertSameAsWhole(generateMarkdownBlockSoup(seededRandom(seed)), `soup ${seed}`)) chunked++;
    // Most are read in chunks; the rest (a definition in code, say) fall back to one parse.
    assert.ok(chunked > 750, `only ${chunked} of 1,500 were read in chunks`);
  });

  it('never cuts inside a fenced code block or an HTML comment that spans blank lines', () => {
    const text = 'Intro.\n\n```\ncode\n\nstill code\n```\n\n<!--\n\nhidden\n-->\n\nAfter.\n';
    const cuts = splitMarkdownChunks(text).map((c) => text.slice(c.start, c.end));
    assert.deepEqual(cuts, ['Intro.\n\n', '```\ncode\n\nstill code\n```\n\n', '<!--\n\nhidden\n-->\n\n', 'After.\n']);
  });

  it('keeps a list whose items are separated by blank lines in one chunk', () => {
    const text = '1. First note.\n\n2. Second note.\n\nAfter.\n';
    assert.deepEqual(
      splitMarkdownChunks(text).map((c) => text.slice(c.start, c.end)),
      ['1. First note.\n\n2. Second note.\n\n', 'After.\n'],
    );
  });

  it('falls back to one parse when a definition hides in code', () => {
    const text = 'Claim.[^1]\n\n```\n[^1]: not a note\n```\n\nMore.\n';
    const outliner = new MarkdownOutliner();
    assert.deepEqual(outliner.outline(text), outlineMarkdown(text));
    assert.equal(outliner.lastReading.whole, true);
    assert.equal(outliner.outline(text).footnoteReferences.length, 0, '[^1] is not a reference: nothing defines it');
  });

  it('after a keystroke, parses again only the part the edit touched', () => {
    // A URL in every note: remark must read the notes, in runs.
    const text = markdownParseInput(withUrlInEveryNote(growMarkdownEssay(sampleMarkdown(repoPath()), 200_000)));
    const outliner = new MarkdownOutliner();
    outliner.outline(text);
    assert.ok(outliner.lastReading.parsedCharacters > 10_000, 'the notes were parsed');
    // An edit inside a note and one inside a prose paragraph (plain paragraphs need no parse).
    const inNote = text.indexOf('[^25]:') + 12;
    const edited = text.slice(0, inNote) + 'x' + text.slice(inNote);
    assert.deepEqual(outliner.outline(edited), outlineMarkdown(edited));
    assert.ok(outliner.lastReading.parsedCharacters > 0 && outliner.lastReading.parsedCharacters < 40_000, `parsed ${outliner.lastReading.parsedCharacters} of ${edited.length}`);
    const inProse = edited.indexOf('mutual trust', edited.length / 3);
    const again = edited.slice(0, inProse) + 'y' + edited.slice(inProse);
    assert.deepEqual(outliner.outline(again), outlineMarkdown(again));
    assert.equal(outliner.lastReading.parsedCharacters, 0);
  });

  it('after random edits in a line, reads as one parse would, re-reading only the edited chunk when it can', () => {
    const random = seededRandom(8080);
    const essays = [sampleMarkdown(repoPath()), ...Array.from({ length: 40 }, (_, i) => (i % 2 ? generateEssay(random).text : generateMarkdownBlockSoup(random)))];
    let editedChunkOnly = 0;
    for (const essay of essays) {
      const result = compareAfterEdits(essay, random, 25);
      assert.equal(result.firstDisagreement, undefined, `edit ${result.edits} gave an outline that differs from one parse of the text`);
      // The sample is prose with footnotes; the soup and the generated essays are mostly blocks remark must read.
      if (essay === essays[0]) assert.ok(result.editedChunkOnly >= 12, `only ${result.editedChunkOnly} of 25 edits in the sample re-read just their chunk`);
      editedChunkOnly += result.editedChunkOnly;
    }
    assert.ok(editedChunkOnly > 50, `only ${editedChunkOnly} of ${essays.length * 25} edits re-read just their chunk`);
  });

  it('re-reads only the edited chunk when typing in a prose paragraph, and not when the edit joins two chunks', () => {
    const outliner = new MarkdownOutliner();
    const text = 'First paragraph with a note.[^1]\n\nSecond paragraph.\n\n[^1]: A source.\n';
    outliner.outline(text);
    const typed = text.replace('Second', 'The second');
    assert.deepEqual(outliner.outline(typed), outlineMarkdown(typed));
    assert.equal(outliner.lastReading.editedChunkOnly, true);
    // A space on the blank line keeps it blank; a letter joins the paragraphs into one.
    const joined = typed.replace('note.[^1]\n\n', 'note.[^1]\nand\n');
    assert.deepEqual(outliner.outline(joined), outlineMarkdown(joined));
    assert.notEqual(outliner.lastReading.editedChunkOnly, true);
    // Turning a paragraph into a list item changes its block.
    const listed = joined.replace('The second', '- The second');
    assert.deepEqual(outliner.outline(listed), outlineMarkdown(listed));
  });

  it('reads YAML front matter as spaces, also when an edit changes it or breaks it open', () => {
    const outliner = new MarkdownOutliner();
    const essay = '---\ntitle: On trade\n---\nTrade grew by 5 percent.[^1]\n\nMore prose here.\n\n[^1]: A source.\n';
    const versions = [essay, essay.replace('On trade', 'On trade policy'), essay.replace('More prose', 'More prose # here'), essay.replace('\n---\nTrade', '\n--x\nTrade'), essay];
    for (const version of versions) assert.deepEqual(outliner.outline(version), outlineMarkdown(markdownParseInput(version)), JSON.stringify(version));
  });
});
