import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import { analyseEssay } from '../../server/src/core/analyse';
import { defaultOptions } from '../../server/src/core/options';
import { PATHOLOGICAL_FAMILIES } from '../support/pathologicalFamilies';

// A coarse guard for `npm test` on a busy machine: each family's plain-text
// reading at n/20 and at 4 × that. Linear work grows 4×, quadratic 16×; the
// bound of 8 tells them apart even when timings are noisy, and the best of
// three runs drops a run that the machine slowed down. The exact ratios
// (time(2N)/time(N) ≤ 2.5 at N = 25k, 50k, 100k) are `npm run robustness`'s.
const GROWTH = 4;
const BOUND = 8;
const RUNS = 3;

function bestMs(text: string): number {
  const options = { ...defaultOptions(), maxFileSizeMB: 1_000 };
  let best = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    analyseEssay(text, { format: 'plain', options });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('linearity: reading time grows with the document, not its square', function () {
  this.timeout(60_000);
  for (const family of PATHOLOGICAL_FAMILIES.filter((f) => f.linear)) {
    const n = Math.max(1_000, Math.round(family.n / 20));
    it(`${family.name}: n = ${n.toLocaleString('en')} → ${(n * GROWTH).toLocaleString('en')}`, () => {
      bestMs(family.build(n)); // warm up the code paths, so the first size is not paying for compilation
      const small = bestMs(family.build(n));
      const large = bestMs(family.build(n * GROWTH));
      // Below a few milliseconds the clock, not the work, decides the ratio.
      const ratio = large / Math.max(small, 2);
      assert.ok(ratio <= BOUND, `${GROWTH}× the input took ${ratio.toFixed(1)}× the time (${small.toFixed(1)} ms → ${large.toFixed(1)} ms)`);
    });
  }
});
