// The statistical claims of one sentence of Chinese (简体 or 繁體): figures with
// their units (`38%`, `百分之三十八`, `146.8亿美元`, `4300多公里`), changes
// (`增长了一倍`, `翻番`) and ranks (`第一大`), but not years, dates, durations,
// ordinals, names with numerals (`二十国集团`) or small counts. One scan over the
// sentence; each reader looks a bounded distance from its position.

import type { QuantitySpan } from '../../claims';
import { isAnyDigit } from '../../text/cjk';
import { readNumberAt, startsHanNumeral } from './hanNumbers';
import { type HanFigure, readHanFigure } from './hanQuantities';
import { readHanWordClaim } from './hanRanks';
import { CURRENCY_PREFIXES, HYPOTHETICAL_WORDS, TARGET_MET_WORDS, TARGET_WORDS } from './hanVocabulary';

export interface HanClaimOptions {
  policyTargetsAreClaims?: boolean;
}

/** A title in 《》 longer than this is a stray bracket, not a title. */
const MAX_TITLE = 80;
/** How far after a figure `的目标` may follow: `达到2000亿美元的目标`. */
const TARGET_AFTER = 3;

const RANGE_LINKS = new Set(['-', '–', '—', '－', '～', '~', '〜', '至', '到']);

export function findHanClaims(sentence: string, options: HanClaimOptions = {}): QuantitySpan[] {
  if (HYPOTHETICAL_WORDS.words.some((w) => sentence.includes(w))) return [];
  const titles = titleSpans(sentence);
  const goals: Goals = options.policyTargetsAreClaims ? { from: Infinity, after: false } : { from: firstTargetWord(sentence), after: true };
  const found: QuantitySpan[] = [];
  let title = 0;
  let previous: HanFigure | undefined;
  for (let i = 0; i < sentence.length; ) {
    while (title < titles.length && titles[title].end <= i) title++;
    if (title < titles.length && titles[title].start <= i) {
      i = titles[title].end; // 《2023年政府工作报告》 states no figure
      continue;
    }
    if (sentence.startsWith('百分之', i)) {
      const num = readNumberAt(sentence, i + 3);
      if (num) {
        addNumeric(found, sentence, { start: i, end: num.end, kind: 'percent' }, goals);
        i = num.end;
        previous = undefined;
        continue;
      }
    }
    const word = readHanWordClaim(sentence, i);
    if (word) {
      if (word.kind) found.push({ kind: word.kind, start: word.start, end: word.end });
      i = Math.max(word.end, i + 1);
      previous = undefined;
      continue;
    }
    if (isAnyDigit(sentence.charCodeAt(i)) || startsHanNumeral(sentence[i]) || CURRENCY_PREFIXES.at(sentence, i)) {
      const figure = readHanFigure(sentence, i);
      if (figure) {
        // "5.5-6.5%", "3%至5%": a range is one claim, of the second figure's kind.
        const range = previous && joinsRange(sentence, previous, figure);
        if (figure.kind) {
          const start = range && previous ? previous.start : figure.start;
          if (range && found.length > 0 && found[found.length - 1].start === previous?.start) found.pop();
          addNumeric(found, sentence, { start, end: figure.end, kind: figure.kind }, goals);
        }
        previous = figure.kind || figure.bare ? figure : undefined;
        i = Math.max(figure.end, i + 1);
        continue;
      }
    }
    i++;
  }
  return found;
}

function joinsRange(sentence: string, first: HanFigure, second: HanFigure): boolean {
  if (second.numberStart - first.end !== 1 && !(second.start - first.end === 1)) return false;
  return RANGE_LINKS.has(sentence[first.end]) && (first.bare || first.kind === second.kind);
}

/** Where goals stand in the sentence: figures after `from`, and with `after`, figures before `的目标`. */
interface Goals {
  from: number;
  after: boolean;
}

/** Adds a figure unless it is a goal: after `目标`, `力争`, or before `的目标`. */
function addNumeric(found: QuantitySpan[], sentence: string, claim: QuantitySpan, goals: Goals): void {
  if (claim.start > goals.from) return;
  if (goals.after) {
    let k = claim.end;
    if (sentence[k] === '的') k++;
    // "达到2000亿美元的目标" sets a goal (where "完成全年目标的95.0%" measures one).
    if (k - claim.end <= TARGET_AFTER && TARGET_WORDS.at(sentence, k)) return;
  }
  found.push(claim);
}

/** Offset of the first goal word not said to be met, or Infinity. */
function firstTargetWord(sentence: string): number {
  let first = Infinity;
  for (const word of TARGET_WORDS.words) {
    for (let at = sentence.indexOf(word); at >= 0 && at < first; at = sentence.indexOf(word, at + 1)) {
      if (!isMetTarget(sentence, at)) {
        first = at;
        break;
      }
    }
  }
  return first;
}

/** `完成全年目标`, `实现了预期目标`: a goal met, whose figures are measurements. */
function isMetTarget(sentence: string, at: number): boolean {
  for (let k = at; k > 0 && at - k <= 6; k--) if (TARGET_MET_WORDS.endingAt(sentence, k)) return true;
  return false;
}

/** Spans of `《…》` titles, in order. */
function titleSpans(sentence: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open = -1;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (ch === '《') open = i;
    else if (ch === '》' && open >= 0) {
      if (i - open <= MAX_TITLE) spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return spans;
}
