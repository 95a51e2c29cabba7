import { strict as assert } from 'node:assert';
import { analyseEssay } from '../../server/src/core/analyse';
import { ruleById } from '../../server/src/core/rules/registry';
import { applyEdits } from '../../server/src/core/fixes/applyEdits';
import { escapeMarkdown, markdownLink } from '../../server/src/features/markdownText';
import { urlsInNote } from '../../server/src/features/noteUrls';

describe('hover text', () => {
  it('escapes every construct that would render as Markdown, HTML or a link', () => {
    const escaped = escapeMarkdown('*a* _b_ `c` [d](command:x) <b>e</b> &amp; # f\n- g www.h.com https://i.org ~~j~~ $k$');
    // Every character a renderer acts on stands behind a backslash.
    for (let i = 0; i < escaped.length; i++) {
      if ('*_`[]()<>&#-.:~$'.includes(escaped[i])) assert.equal(escaped[i - 1], '\\', `${escaped[i]} at ${i} in ${escaped}`);
      if (escaped[i] === '\\') i++;
    }
    assert.ok(!escaped.includes('\n'));
    assert.equal(escapeMarkdown("China's trade, 38 percent"), "China's trade, 38 percent");
  });

  it('makes links only of http(s) URLs, with a target Markdown cannot misread', () => {
    assert.equal(markdownLink('javascript:alert(1)'), undefined);
    assert.equal(markdownLink('command:workbench.action.quit'), undefined);
    assert.equal(markdownLink('https://a.org/x_(y)'), '[https\\://a\\.org/x\\_\\(y\\)](https://a.org/x_%28y%29)');
  });
});

describe('note URLs', () => {
  it('finds http(s) URLs and leaves sentence punctuation and unbalanced brackets out', () => {
    const text = 'A Title\n\nTrade between the two countries grew steadily.[1]\n\n[1] See https://a.org/p?q=1, (https://b.org/x_(y)), and <http://c.org>. Also ftp://d.org.\n';
    const { model } = analyseEssay(text);
    assert.deepEqual(urlsInNote(model, model.notes[0]).map((u) => u.url), ['https://a.org/p?q=1', 'https://b.org/x_(y)', 'http://c.org']);
  });

  it('ends a URL at Chinese and full-width punctuation, which no URL holds', () => {
    const text = '标题\n\n出口增长了百分之五①。\n\n注释\n\n① 《经济参考报》，http://jjckb.xinhuanet.com/2012-09/21/content_402774.htm。另见https://e.org/a（第5页）\n';
    const { model } = analyseEssay(text);
    assert.deepEqual(urlsInNote(model, model.notes[0]).map((u) => u.url), ['http://jjckb.xinhuanet.com/2012-09/21/content_402774.htm', 'https://e.org/a']);
  });

  it('scans a long run of URL characters in linear time', () => {
    const text = `A Title\n\nTrade between the two countries grew steadily.[1]\n\n[1] https://a.org/${'.'.repeat(200_000)}\n`;
    const { model } = analyseEssay(text);
    const start = Date.now();
    assert.deepEqual(urlsInNote(model, model.notes[0]).map((u) => u.url), ['https://a.org/']);
    assert.ok(Date.now() - start < 2000, "a linear scan of 200,000 characters finishes promptly");
  });
});

describe('add-citation fix', () => {
  it('puts [N] after the sentence’s final punctuation and a stub at the end of the notes', () => {
    const text = 'A Title\n\nTrade grew by 38 percent last year. It said so.[1]\n\n[1] A source.\n';
    const { model, findings } = analyseEssay(text);
    const finding = findings.find((f) => f.rule === 'uncited-claim')!;
    assert.equal(
      applyEdits(text, ruleById('uncited-claim')!.fix!(model, finding.fix!)),
      'A Title\n\nTrade grew by 38 percent last year.[2] It said so.[1]\n\n[1] A source.\n\n[2] \n',
    );
  });

  it('makes one insertion when the essay ends with the sentence and has no notes', () => {
    const text = 'A Title\n\nTrade grew by 38 percent last year.';
    const { model, findings } = analyseEssay(text);
    const edits = ruleById('uncited-claim')!.fix!(model, findings.find((f) => f.rule === 'uncited-claim')!.fix!);
    assert.equal(edits.length, 1);
    assert.equal(applyEdits(text, edits), 'A Title\n\nTrade grew by 38 percent last year.[1]\n\nNotes\n\n[1] ');
  });

  it('offers nothing once the claim is cited', () => {
    const text = 'A Title\n\nTrade grew by 38 percent last year.\n';
    const { findings } = analyseEssay(text);
    const stale = findings.find((f) => f.rule === 'uncited-claim')!.fix!;
    const cited = analyseEssay(text.replace('year.', 'year.[1]') + '\n[1] A source.\n').model;
    assert.deepEqual(ruleById('uncited-claim')!.fix!(cited, stale), []);
  });
});
