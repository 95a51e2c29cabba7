// What our Markdown reading adds on top of the remark parse, on a 1 MB essay:
// the budget is 15% of the parse. Run: npm run measure:markdown
import { performance } from 'node:perf_hooks';
import { markdownParseInput, runRules } from '../server/src/core/analyse';
import { findCitedClaims } from '../server/src/core/citedClaims';
import { defaultOptions } from '../server/src/core/options';
import { readMarkdownEssay } from '../server/src/core/parse/markdown';
import { outlineMarkdown } from '../server/src/core/parse/markdownOutline';
import { readYamlFrontMatter } from '../server/src/core/parse/yamlFrontMatter';
import { growMarkdownEssay, sampleMarkdown } from './support/generateEssays';
import { median } from './support/stats';

const RUNS = 7;
const root = process.argv[2] ?? process.cwd();
const essay = growMarkdownEssay(sampleMarkdown(root), 1_000_000);
const options = defaultOptions();

const parseTimes: number[] = [];
const ourTimes: number[] = [];
for (let run = 0; run < RUNS + 2; run++) {
  const t0 = performance.now();
  const outline = outlineMarkdown(markdownParseInput(essay));
  const t1 = performance.now();
  const model = readMarkdownEssay(essay, outline, readYamlFrontMatter(essay));
  model.claims = findCitedClaims(model, options);
  const findings = runRules(model, options);
  const t2 = performance.now();
  if (findings.length === 0 && model.claims.length === 0) throw new Error('the generated essay should have claims');
  if (run >= 2) {
    // the first two runs warm the JIT
    parseTimes.push(t1 - t0);
    ourTimes.push(t2 - t1);
  }
}
const parse = median(parseTimes);
const ours = median(ourTimes);
const result = {
  essayChars: essay.length,
  runs: RUNS,
  remarkParseAndOutlineMs: Math.round(parse),
  modelClaimsRulesMs: Math.round(ours),
  overheadRatio: Number((ours / parse).toFixed(3)),
  budgetRatio: 0.15,
};
console.log(JSON.stringify(result, null, 2));
process.exitCode = result.overheadRatio <= result.budgetRatio ? 0 : 1;
