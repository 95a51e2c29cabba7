// Bundles everything that runs: the VS Code client, the language server, the CLI,
// and (with --tests / --scripts) the test files and evaluation scripts.
// unified and remark are ESM-only; bundling to CommonJS lets every entry run
// under plain `node` and inside VS Code's extension host.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');

function filesUnder(dir, suffix) {
  let out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(filesUnder(path, suffix));
    else if (path.endsWith(suffix)) out.push(path);
  }
  return out;
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  define: { POLICY_REVIEW_VERSION: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Keep `/\p{L}/u` a literal: esbuild otherwise writes it as `new RegExp(...)` (an engine may lack a
  // property), and one inside a function is then built again on every call. Node 20 has them all.
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: true,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: { 'extension': 'client/src/extension.ts' }, outdir: 'client/out', external: ['vscode'] },
  {
    ...common,
    entryPoints: {
      server: 'server/src/server.ts',
      cli: 'server/src/cli.ts',
      markdownWorker: 'server/src/analysis/markdownWorker.ts',
      checkWorker: 'server/src/cli/checkWorker.ts',
    },
    outdir: 'server/out',
  },
];
if (args.has('--tests')) {
  // A test file that was deleted must not keep running from an old bundle.
  rmSync('out/test', { recursive: true, force: true });
  const entries = filesUnder('test/unit', '.test.ts').concat(filesUnder('test/protocol', '.test.ts'));
  builds.push({ ...common, entryPoints: entries, outdir: 'out/test', outbase: 'test', external: ['mocha', 'vscode'] });
  // Bundled tests look for the Markdown worker beside themselves, as the CLI and server do.
  for (const dir of ['out/test/unit', 'out/test/protocol']) {
    builds.push({
      ...common,
      entryPoints: {
        markdownWorker: 'server/src/analysis/markdownWorker.ts',
        checkWorker: 'server/src/cli/checkWorker.ts',
        pathologicalWorker: 'test/support/pathologicalWorker.ts',
        serverWithFaultyRule: 'test/support/serverWithFaultyRule.ts',
      },
      outdir: dir,
    });
  }
}
if (args.has('--e2e')) {
  // The extension-host suite runs inside VS Code: `vscode` and mocha come from there and from node_modules.
  builds.push({ ...common, entryPoints: filesUnder('test/e2e/suite', '.ts'), outdir: 'out/e2e/suite', external: ['vscode', 'mocha'] });
  builds.push({ ...common, entryPoints: filesUnder('test/e2e/ui', '.ts'), outdir: 'out/e2e/ui', external: ['mocha', 'playwright-core'] });
}
if (args.has('--scripts')) {
  builds.push({ ...common, entryPoints: filesUnder('scripts', '.ts'), outdir: 'out/scripts', outbase: 'scripts' });
  // The robustness script runs cases in killable workers, which analyse as the server does.
  builds.push({
    ...common,
    entryPoints: { markdownWorker: 'server/src/analysis/markdownWorker.ts', pathologicalWorker: 'test/support/pathologicalWorker.ts' },
    outdir: 'out/scripts',
  });
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
