import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { analyseEssay } from '../../server/src/core/analyse';
import { hover } from '../../server/src/features/hover';
import { markdownLink } from '../../server/src/features/markdownText';
import { urlsInNote } from '../../server/src/features/noteUrls';
import { type Random, seededRandom } from '../support/essayGenerator';
import { repoPath } from '../support/paths';

/** The light run of `npm test`; each essay has several notes and is hovered everywhere it matters. */
const ESSAYS = 800;

/** Note text meant to become a link, an image, HTML or a command if a hover passed it through. */
const HOSTILE = [
  '[click](command:workbench.action.openSettings)', '[x](javascript:alert(1))', '![img](https://e.org/x.png)', '<img src=x onerror=alert(1)>',
  '<a href="command:x">here</a>', '<command:workbench.action.reloadWindow>', '<https://autolink.example>', '<script>alert(1)</script>',
  '`code`', '```', '``', '[ref]', '[ref]: command:foo', '\n[ref2]: https://evil.example', 'www.evil.example', 'jane@example.org',
  '&lt;b&gt;', '&#60;i&#62;', '\\', '*', '_', '**bold**', '# heading', '> quote', '- item', '|a|b|', 'https://example.org/a_(b)',
  'http://x.org/"onmouseover="alert(1)', 'https://example.org/path?q=<b>&x=`y`', 'command:foo', 'data:text/html,<b>', 'file:///etc/passwd',
  '\u0000', '😀', '\uD800',
];

const pick = (random: Random, items: readonly string[]) => items[Math.floor(random() * items.length)];
const hostile = (random: Random) => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, HOSTILE)).join(' ');

/** An essay whose notes, title, headings and sentences carry hostile text, in either format. */
function hostileEssay(random: Random): { text: string; format: 'plain' | 'markdown' } {
  const format = random() < 0.5 ? 'plain' : 'markdown';
  const notes = 1 + Math.floor(random() * 4);
  const label = (i: number) => (format === 'markdown' ? `[^${i}]` : `[${i}]`);
  const lines = [`A Title ${hostile(random)}`, '', `Trade grew by 5 percent ${hostile(random)}.${label(1)} Exports rose 12 percent.`, ''];
  for (let i = 1; i <= notes; i++) lines.push(`Claim ${i} ${hostile(random)} rose by ${i}0 percent.${label(i)}`, '');
  lines.push(`Prices fell 3 percent ${hostile(random)}.`, '', 'Notes', '');
  for (let i = 1; i <= notes; i++) {
    const body = `${hostile(random)} Jane Doe, "${hostile(random)} Title ${i}," ${hostile(random)} Press, March 3, 2022, ${random() < 0.5 ? `https://example.org/${i}` : hostile(random)}.`;
    lines.push(format === 'markdown' ? `[^${i}]: ${body}` : `[${i}] ${body}`, '');
  }
  return { text: lines.join('\n'), format };
}

/** A renderer as permissive as any: HTML on, bare URLs and emails linked. A safe hover survives even this. */
const renderer = new MarkdownIt({ html: true, linkify: true });
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

function tokensOf(markdown: string): Token[] {
  const out: Token[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      out.push(token);
      if (token.children) walk(token.children);
    }
  };
  walk(renderer.parse(markdown, {}));
  return out;
}

/** What an allowed link to `url` looks like once rendered: the href our own link syntax produces. */
function hrefOf(url: string): string | undefined {
  const link = markdownLink(url);
  const href = link ? tokensOf(link).find((t) => t.type === 'link_open')?.attrGet('href') : undefined;
  return href === undefined || href === null ? undefined : String(href);
}

function problemsWith(markdown: string, allowedHrefs: Set<string>): string[] {
  const problems: string[] = [];
  for (const token of tokensOf(markdown)) {
    if (token.type === 'html_inline' || token.type === 'html_block') problems.push(`renders HTML ${JSON.stringify(token.content)}`);
    if (token.type === 'image') problems.push(`renders an image ${JSON.stringify(token.attrGet('src'))}`);
    if (token.type === 'link_open') {
      const href = String(token.attrGet('href') ?? '');
      if (!/^https?:\/\//i.test(href)) problems.push(`renders a ${href.split(':')[0]}: link ${JSON.stringify(href)}`);
      else if (!allowedHrefs.has(href)) problems.push(`renders a link to ${href}, which is not a URL of a note`);
    }
  }
  return problems;
}

describe('hover safety: essay text in a hover renders as text', function () {
  // 800 essays take about 6 s here; the limit is there to catch a hang, not to time anything.
  this.timeout(120_000);
  it(`renders no HTML, no image and no link but the http(s) URLs of notes, over ${ESSAYS.toLocaleString('en')} hostile essays`, () => {
    const failures: string[] = [];
    let hovers = 0;
    for (let seed = 1; seed <= ESSAYS && failures.length < 5; seed++) {
      const { text, format } = hostileEssay(seededRandom(seed));
      const { model, findings } = analyseEssay(text, { format });
      const allowed = new Set(model.notes.flatMap((note) => urlsInNote(model, note).map((u) => hrefOf(u.url)).filter((h): h is string => h !== undefined)));
      // Every place a hover answers: markers (the note's card), note labels (citing sentences), uncited claims.
      const offsets = [...model.markers.map((m) => m.span.start), ...model.notes.map((n) => n.labelSpan.start), ...findings.filter((f) => f.rule === 'uncited-claim').map((f) => f.span.start)];
      for (const offset of offsets) {
        const result = hover(model, findings, { textDocument: { uri: 'x:' }, position: model.lines.positionAt(offset) }, 'sentence');
        if (!result) continue;
        hovers++;
        const value = (result.contents as { value: string }).value;
        for (const problem of problemsWith(value, allowed)) failures.push(`seed ${seed}: ${problem}\n  hover: ${JSON.stringify(value)}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(hovers > ESSAYS * 3, `only ${hovers} hovers were rendered`);
  });

  it('leaves isTrusted and supportHtml off in the client, so no hover can run a command or show HTML', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk(repoPath('client', 'src'));
    assert.ok(files.length > 0);
    const setting = files.filter((file) => /\b(?:isTrusted|supportHtml)\b/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(setting, [], 'the client must not set isTrusted or supportHtml (vscode-languageclient leaves both off)');
  });
});
