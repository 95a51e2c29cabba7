// A Unicode-property regex is slow to ask about one character at a time, and
// the same characters come back again and again: ask once per code point.

/**
 * `classify` remembered for every code point of the Basic Multilingual Plane
 * (asked each time beyond it). Its answers must lie between -1 and 253.
 */
export function rememberedPerCodePoint(classify: (ch: string) => number): (point: number) => number {
  // 0: not asked yet; else the answer + 2.
  const answers = new Uint8Array(0x10000);
  return (point) => {
    if (point > 0xffff) return classify(String.fromCodePoint(point));
    const known = answers[point];
    if (known !== 0) return known - 2;
    const answer = classify(String.fromCodePoint(point));
    answers[point] = answer + 2;
    return answer;
  };
}
