// policy-review check [--format text|json|sarif] [--config FILE] [--max-warnings N] [--input plain|markdown] FILE...
// policy-review fix [--dry-run] [--config FILE] [--input plain|markdown] FILE...
// Exit 0 when clean, 1 when findings pass the threshold (or fixes are pending), 2 on a usage or I/O error.
import { type CliIo, parseArgs, UsageError } from './cli/args';
import { CHECK_OPTIONS, runCheck } from './cli/checkCommand';
import { FIX_OPTIONS, runFix } from './cli/fixCommand';
import { RULES } from './core/rules/registry';

declare const POLICY_REVIEW_VERSION: string | undefined;
const VERSION = typeof POLICY_REVIEW_VERSION === 'string' ? POLICY_REVIEW_VERSION : '0.0.0-dev';

const USAGE = `Usage: policy-review check [options] FILE...
       policy-review fix [--dry-run] [options] FILE...

check   reports uncited statistics, broken footnotes and incomplete sources.
fix     removes unused notes and renumbers notes in order of first citation,
        in place; with --dry-run prints a unified diff and changes nothing.

Options:
  --format text|json|sarif   check: output format (default: text)
  --max-warnings N           check: also fail (exit 1) when there are more than N warnings
  --dry-run                  fix: show the changes as a diff; exit 1 if any file would change
  --config FILE              JSON file with citationScope, rules and claims settings
  --input plain|markdown     read every file as this format (default: by extension,
                             .md and .markdown are Markdown)
  --jobs N                   check: worker threads for many files (default: one per core)
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 0 clean, 1 errors (or more warnings than --max-warnings, or fixes
pending with --dry-run), 2 usage or file error.

Rules: ${RULES.map((r) => r.id).join(', ')}`;

const processIo: CliIo = {
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
  // A status line that rewrites itself, only where someone watches a terminal.
  progress: process.stderr.isTTY ? (status) => process.stderr.write(`\r\x1b[K${status}`) : undefined,
};

/** Runs the CLI and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const [commandName, ...rest] = argv;
    if (commandName === undefined || commandName === '-h' || commandName === '--help' || commandName === 'help') {
      io.stdout(USAGE);
      return commandName === undefined ? 2 : 0;
    }
    if (commandName === '-v' || commandName === '--version') {
      io.stdout(VERSION);
      return 0;
    }
    if (rest.includes('-h') || rest.includes('--help')) {
      io.stdout(USAGE);
      return 0;
    }
    if (commandName === 'check') return await runCheck(parseArgs(rest, CHECK_OPTIONS), io, VERSION);
    if (commandName === 'fix') return await runFix(parseArgs(rest, FIX_OPTIONS), io);
    throw new UsageError(`unknown command "${commandName}" (try: policy-review check FILE...)`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`policy-review: ${error.message}`);
      if (!error.message.startsWith('config ')) io.stderr('Run "policy-review --help" for usage.');
    } else {
      io.stderr(`policy-review: internal error: ${(error as Error)?.message ?? String(error)}`);
    }
    return 2;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
