import { describe, expect, it } from '@jest/globals';
import { helpText, parseArgs } from '../src/cli.js';
import { INPUTS } from '../src/constants.js';

describe('parseArgs', () => {
  it('takes the mode as the first word and inputs as --flags in both spellings', () => {
    const parsed = parseArgs(['validate', '--artifact', 'a.json', '--max-artifact-mb=3'], {});
    expect(parsed).toEqual({
      kind: 'run',
      inputs: new Map([
        ['mode', 'validate'],
        ['artifact', 'a.json'],
        ['max-artifact-mb', '3'],
      ]),
    });
  });

  it('treats boolean inputs as switches, with --no- to turn one off', () => {
    const parsed = parseArgs(['file', '--dry-run', '--no-auto-close'], {});
    expect(parsed.kind === 'run' && Object.fromEntries(parsed.inputs)).toEqual({
      mode: 'file',
      'dry-run': 'true',
      'auto-close': 'false',
    });
  });

  it('reads secrets from the environment so they stay out of shell history', () => {
    const parsed = parseArgs(['validate'], { AUDIT_GATE_HMAC_KEY: 'k', GH_TOKEN: 't' });
    expect(parsed.kind === 'run' && parsed.inputs.get('hmac-key')).toBe('k');
    expect(parsed.kind === 'run' && parsed.inputs.get('token')).toBe('t');
  });

  it('lets a flag win over the environment', () => {
    const parsed = parseArgs(['validate', '--hmac-key', 'flag'], { AUDIT_GATE_HMAC_KEY: 'env' });
    expect(parsed.kind === 'run' && parsed.inputs.get('hmac-key')).toBe('flag');
  });

  it.each([
    [['validate', '--artefact', 'x'], "Unknown option '--artefact'"],
    [['validate', '--artifact'], "Option '--artifact' needs a value."],
    [['validate', 'extra'], "Unexpected argument 'extra'."],
  ])('refuses %j', (argv, message) => {
    const parsed = parseArgs(argv, {});
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toContain(message);
  });

  it('answers --help and --version', () => {
    expect(parseArgs(['--help'], {}).kind).toBe('help');
    expect(parseArgs(['validate', '-h'], {}).kind).toBe('help');
    expect(parseArgs(['--version'], {}).kind).toBe('version');
  });
});

describe('helpText', () => {
  it('documents every input as a flag', () => {
    const help = helpText();
    for (const name of Object.keys(INPUTS).filter((n) => n !== 'mode')) {
      expect(help).toContain(`--${name}`);
    }
    expect(help).toContain('Exit codes');
  });
});
