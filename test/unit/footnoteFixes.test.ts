import { strict as assert } from 'node:assert';
import { analyseEssay } from '../../server/src/core/analyse';
import { ruleById } from '../../server/src/core/rules/registry';
import { fixFirst } from '../support/fixes';

describe('footnote fixes', () => {
  it('removes an unused note and the gap before it, nothing else', () => {
    const text = 'A Title\n\nIt grew.[1] It fell.[3]\n\n[1] First.\n\n[2] Unused.\n\n[3] Third.\n';
    assert.equal(fixFirst(text, 'unused-footnote'), 'A Title\n\nIt grew.[1] It fell.[3]\n\n[1] First.\n\n[3] Third.\n');
  });

  it('removes an unused first note, keeping CRLF line ends', () => {
    const text = 'A Title\r\n\r\nIt grew.[2]\r\n\r\n[1] Unused.\r\n\r\n[2] Second.\r\n';
    assert.equal(fixFirst(text, 'unused-footnote'), 'A Title\r\n\r\nIt grew.[2]\r\n\r\n[2] Second.\r\n');
  });

  it('adds a note stub for a marker with no note, in the list’s own spacing', () => {
    const spaced = 'A Title\n\nIt grew.[1] It fell.[2]\n\n[1] First.\n';
    assert.equal(fixFirst(spaced, 'undefined-footnote'), 'A Title\n\nIt grew.[1] It fell.[2]\n\n[1] First.\n\n[2] \n');
    const tight = 'A Title\n\nIt grew.[1] It rose.[2] It fell.[3]\n\n[1] First.\n[2] Second.\n';
    assert.equal(fixFirst(tight, 'undefined-footnote'), 'A Title\n\nIt grew.[1] It rose.[2] It fell.[3]\n\n[1] First.\n[2] Second.\n[3] \n');
  });

  it('starts a Notes list when the essay has none', () => {
    const text = 'A Title\n\nIt grew.[1]\n';
    assert.equal(fixFirst(text, 'undefined-footnote'), 'A Title\n\nIt grew.[1]\n\nNotes\n\n[1] \n');
  });

  it('offers nothing once the document no longer fits the finding', () => {
    const text = 'A Title\n\nIt grew.[1]\n\n[1] First.\n\n[2] Unused.\n';
    const { findings } = analyseEssay(text);
    const stale = findings.find((f) => f.rule === 'unused-footnote')!.fix!;
    const edited = analyseEssay(text.replace('It grew.[1]', 'It grew.[1][2]')).model;
    assert.deepEqual(ruleById('unused-footnote')!.fix!(edited, stale), []);
  });
});
