// Claims written with rank and doubling words: `第一大贸易伙伴`, `排名第八`,
// `居世界第二位`, `第四至第六位`, `前五大`, `世界最大的出口国`, `位居首位`,
// `翻番`. Each reader looks a bounded distance around one position.

import type { ClaimKind } from '../../model';
import { isClauseMark } from '../../text/cjk';
import { readNumberAt } from './hanNumbers';
import { CLASSIFIERS, DOUBLING_WORDS, RANK_SCOPES, RANK_VERBS, RANKED_ROLES, SUPERLATIVES } from './hanVocabulary';

export interface WordClaim {
  start: number;
  end: number;
  /** Undefined for an ordinal that states no rank (`第十四个五年规划`): skip past it. */
  kind?: ClaimKind;
}

/** How far back a rank verb may stand: `排在俄罗斯外贸排行榜的第四`. */
const RANK_VERB_WINDOW = 8;

/** Reads a rank or doubling claim starting at `at`, or an ordinal to skip; undefined when none starts there. */
export function readHanWordClaim(text: string, at: number): WordClaim | undefined {
  const ch = text[at];
  if (ch === '第') return readOrdinal(text, at);
  if (ch === '前') return readTopN(text, at);
  if (ch === '翻') {
    const doubling = DOUBLING_WORDS.at(text, at);
    return doubling ? { start: at, end: at + doubling.length, kind: 'change' } : undefined;
  }
  if (ch === '首' && text[at + 1] === '位' && hasRankVerbBefore(text, at)) return { start: at, end: at + 2, kind: 'rank' };
  if (ch === '最') return readSuperlative(text, at);
  return undefined;
}

/** `第一大…`, `排名第八`, `第四至第六位`; any other ordinal is read whole and skipped (`第十四个`). */
function readOrdinal(text: string, at: number): WordClaim | undefined {
  const num = readNumberAt(text, at + 1);
  if (!num) return undefined;
  let end = num.end;
  if (text[end] === '大') return { start: at, end: withRole(text, end + 1), kind: 'rank' };
  if (hasRankVerbBefore(text, at)) {
    // "第四至第六位": one rank range.
    if ((text[end] === '至' || text[end] === '到' || text[end] === '-' || text[end] === '—') && text[end + 1] === '第') {
      const last = readNumberAt(text, end + 2);
      if (last) end = last.end;
    }
    if (text[end] === '位' || text[end] === '名') end++;
    return { start: at, end, kind: 'rank' };
  }
  return { start: at, end: end + CLASSIFIERS.at(text, end).length };
}

/** `前五大贸易伙伴`, `前十名`. */
function readTopN(text: string, at: number): WordClaim | undefined {
  const num = readNumberAt(text, at + 1);
  if (!num) return undefined;
  const next = text[num.end];
  if (next === '大') return { start: at, end: withRole(text, num.end + 1), kind: 'rank' };
  if (next === '名' || next === '位' || next === '强' || next === '強') return { start: at, end: num.end + 1, kind: 'rank' };
  return undefined;
}

/** `世界最大`, `最大的出口国`; a bare `最大` ("依然最大") compares without a ranking. */
function readSuperlative(text: string, at: number): WordClaim | undefined {
  const word = SUPERLATIVES.at(text, at);
  if (!word) return undefined;
  const after = at + word.length;
  const roleAt = text[after] === '的' ? after + 1 : after;
  const role = RANKED_ROLES.at(text, roleAt);
  if (role) return { start: at, end: roleAt + role.length, kind: 'rank' };
  const scope = RANK_SCOPES.endingAt(text, at);
  if (scope) return { start: at - scope.length, end: after, kind: 'rank' };
  return undefined;
}

function withRole(text: string, at: number): number {
  return at + RANKED_ROLES.at(text, at).length;
}

/** A rank verb shortly before, in the same clause: `排名第八`, `居世界第二位`. */
function hasRankVerbBefore(text: string, at: number): boolean {
  for (let k = at; k > 0 && at - k < RANK_VERB_WINDOW; k--) {
    if (isClauseMark(text.charCodeAt(k - 1))) return false;
    const verb = RANK_VERBS.endingAt(text, k);
    // 居 as in 居民 ("residents") is no verb.
    if (verb && !(verb === '居' && (text[k] === '民' || text[k] === '住'))) return true;
  }
  return false;
}
