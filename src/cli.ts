import { INPUTS, MODES, VERSION, type InputName } from './constants.js';
import { createCliHost, printOutputs } from './host/cli-host.js';
import { run } from './main.js';

/** Inputs the CLI also reads from the environment, so secrets stay out of shell history. */
const ENV_FALLBACKS: Partial<Record<InputName, readonly string[]>> = {
  token: ['GITHUB_TOKEN', 'GH_TOKEN'],
  'hmac-key': ['AUDIT_GATE_HMAC_KEY'],
  repository: ['GITHUB_REPOSITORY'],
  'notify-webhook': ['AUDIT_GATE_NOTIFY_WEBHOOK'],
};

const isBoolean = (name: InputName): boolean => {
  const fallback: string | null = INPUTS[name].default;
  return fallback === 'true' || fallback === 'false';
};

export type ParsedArgs =
  | { readonly kind: 'run'; readonly inputs: Map<InputName, string> }
  | { readonly kind: 'help' | 'version' }
  | { readonly kind: 'error'; readonly message: string };

/** `audit-gate <mode> [--input value | --input=value | --flag]`, the action's input names. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedArgs {
  const inputs = new Map<InputName, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h' || arg === 'help') return { kind: 'help' };
    if (arg === '--version' || arg === '-v') return { kind: 'version' };
    if (!arg.startsWith('--')) {
      if (inputs.has('mode')) return { kind: 'error', message: `Unexpected argument '${arg}'.` };
      inputs.set('mode', arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const rawName = arg.slice(2, eq === -1 ? undefined : eq);
    const negated = rawName.startsWith('no-') && !(rawName in INPUTS);
    const name = (negated ? rawName.slice(3) : rawName) as InputName;
    if (!(name in INPUTS)) {
      return { kind: 'error', message: `Unknown option '--${rawName}'. See 'audit-gate --help'.` };
    }
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (isBoolean(name)) value = negated ? 'false' : 'true';
    else if (i + 1 < argv.length) value = argv[++i] as string;
    else return { kind: 'error', message: `Option '--${name}' needs a value.` };
    inputs.set(name, value);
  }
  for (const [name, variables] of Object.entries(ENV_FALLBACKS) as [InputName, string[]][]) {
    if (inputs.has(name)) continue;
    const found = variables.map((variable) => env[variable]).find((value) => value);
    if (found) inputs.set(name, found);
  }
  return { kind: 'run', inputs };
}

export function helpText(): string {
  const lines = [
    'audit-gate — gate, file, fall back and purge audit findings as GitHub issues.',
    '',
    `Usage: audit-gate <mode> [options]     modes: ${MODES.join(', ')}`,
    '',
    "Options (the action's inputs, same names and defaults):",
  ];
  for (const [name, spec] of Object.entries(INPUTS)) {
    if (name === 'mode') continue;
    const value = isBoolean(name as InputName) ? '' : ' <value>';
    const fallback = ENV_FALLBACKS[name as InputName];
    const shownDefault =
      spec.default && !spec.default.startsWith('${{') ? ` (default: ${spec.default})` : '';
    const fromEnv = fallback ? ` (env: ${fallback.join(' or ')})` : '';
    const modes = spec.modes === 'all' ? 'all modes' : spec.modes.join(', ');
    lines.push(
      `  --${name}${value}`,
      `      ${spec.description}${shownDefault}${fromEnv} [${modes}]`,
    );
  }
  lines.push(
    '',
    'Exit codes: 0 success, 1 configuration or unexpected error, 2 bad artifact,',
    '            3 HMAC verification failed or API quota exhausted.',
    'Outputs are printed to stdout as name=value lines; logs go to stderr.',
    '',
    'Example: AUDIT_GATE_HMAC_KEY=… audit-gate validate --artifact report.json --require-hmac',
  );
  return lines.join('\n') + '\n';
}

/** The CLI: the action's code behind a command line. Returns the exit code. */
export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  out: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  const parsed = parseArgs(argv, env);
  switch (parsed.kind) {
    case 'help':
      out(helpText());
      return 0;
    case 'version':
      out(`audit-gate ${VERSION}\n`);
      return 0;
    case 'error':
      err(`error: ${parsed.message}\n`);
      return 1;
    case 'run': {
      const host = createCliHost(
        parsed.inputs,
        { ...env, GITHUB_WORKSPACE: env.GITHUB_WORKSPACE ?? process.cwd() },
        { out, err },
      );
      const code = await run(host);
      printOutputs(host.outputs, out);
      return code;
    }
  }
}
