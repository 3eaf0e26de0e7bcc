import { run } from './main.js';
import { runCli } from './cli.js';

// One bundle serves both: the Actions runner starts `node dist/index.js` with no arguments;
// `bin/audit-gate.js` sets AUDIT_GATE_CLI before importing it.
const cli = process.env.AUDIT_GATE_CLI === '1';
process.exitCode = cli ? await runCli(process.argv.slice(2)) : await run();
