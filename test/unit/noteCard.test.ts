import { strict as assert } from 'node:assert';
import { analyseEssay } from '../../server/src/core/analyse';
import { noteCard } from '../../server/src/features/noteCard';

const cardFor = (text: string, label: string) => {
  const { model } = analyseEssay(text);
  return noteCard(model, model.notes.find((n) => n.label === label)!);
};

const ESSAY = [
  'Trade Between Neighbours',
  '',
  'Jun 16, 2022',
  '',
  'Exports grew after the agreement was signed.[1] Officials agree.[2] Farmers agree.[3] Traders agree.[1]',
  '',
  'A Later Section',
  '',
  'Ports are busier than ever.[4]',
  '',
  '[1] Andrea Shalal and Marek Strzelecki, “Russia\'s G20 Membership under Fire,” Reuters, March 23, 2022, https://example.org/g20.',
  '[2] Ibid.',
  '[3] An unreadable note with no title at all',
  '[4] Jane Doe, Bob Roe and Ann Poe, “Ports,” Example Press, 2019.',
].join('\n');

describe('source card on a marker', () => {
  it('shows the title in bold, the people, outlet and date with the source’s age, the link and where it is cited', () => {
    const card = cardFor(ESSAY, '1');
    assert.deepEqual(card.split('\n\n'), [
      "**Russia's G20 Membership under Fire**",
      'Andrea Shalal and Marek Strzelecki · Reuters · 23 March 2022 (published 2 months before this essay)',
      '[https\\://example\\.org/g20](https://example.org/g20)',
      'Note \\[1\\] · cited 2× — in: the introduction',
    ]);
  });

  it('shows an Ibid. note as the note it points at', () => {
    const card = cardFor(ESSAY, '2');
    assert.match(card, /^Note \\\[2\\\]: Ibid\\\. → \*\*note \\\[1\\\]\*\*/);
    assert.match(card, /\*\*Russia's G20 Membership under Fire\*\*/);
  });

  it('falls back to the note’s text when it cannot be read as a citation', () => {
    assert.match(cardFor(ESSAY, '3'), /^An unreadable note with no title at all\n\nNote \\\[3\\\] · cited 1×/);
  });

  it('lists three authors with commas and counts years for old sources', () => {
    assert.match(cardFor(ESSAY, '4'), /^Jane Doe, Bob Roe and Ann Poe · Example Press · 2019 \(published 3 years before this essay\)$/m);
    assert.match(cardFor(ESSAY, '4'), /in: A Later Section$/);
  });
});
