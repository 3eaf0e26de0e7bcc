import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { FakeHost } from '../../test-support/fake-host.js';
import { InputReader } from '../../src/options.js';
import { parsePurgeOptions } from '../../src/purge/options.js';
import { ConfigurationError } from '../../src/errors.js';
import type { InputName } from '../../src/constants.js';

const WORKSPACE = '/home/runner/work/central';

function parse(inputs: Partial<Record<InputName, string>>) {
  const host = new FakeHost({ token: 'ghs_x', ...inputs }, { workspace: WORKSPACE });
  return parsePurgeOptions(host, new InputReader(host));
}

describe('parsePurgeOptions', () => {
  it('applies the action.yml defaults', () => {
    expect(parse({})).toEqual({
      token: 'ghs_x',
      repository: 'org/central',
      fallbackDir: path.join(WORKSPACE, 'adversarial_reports'),
      artifactName: 'audit-fallback',
      ttlDays: 7,
      maxDeletions: 200,
      dryRun: false,
    });
  });

  it('takes the default artifact-name for a blank one, so the prefix is never empty', () => {
    expect(parse({ 'artifact-name': '  ' }).artifactName).toBe('audit-fallback');
  });

  it('reads every input', () => {
    expect(
      parse({
        repository: 'octo-org/audit-central',
        'fallback-dir': 'out/fallbacks',
        'artifact-name': 'nightly-copy',
        'ttl-days': '30',
        'max-deletions': '10000',
        'dry-run': 'true',
      }),
    ).toMatchObject({
      repository: 'octo-org/audit-central',
      fallbackDir: path.join(WORKSPACE, 'out/fallbacks'),
      artifactName: 'nightly-copy',
      ttlDays: 30,
      maxDeletions: 10000,
      dryRun: true,
    });
  });

  it.each([
    [{ token: '' }, "Input 'token' is empty"],
    [{ repository: 'just-a-name' }, "Input 'repository' must be owner/name, got 'just-a-name'."],
    [{ repository: 'a/b/c' }, 'must be owner/name'],
    [{ 'ttl-days': '0' }, "Input 'ttl-days' must be a whole number from 1 to 400, got '0'."],
    [{ 'ttl-days': '401' }, "Input 'ttl-days' must be a whole number from 1 to 400"],
    [{ 'ttl-days': '7.5' }, "Input 'ttl-days' must be a whole number"],
    [{ 'max-deletions': '0' }, "Input 'max-deletions' must be a whole number from 1 to 10000"],
    [{ 'max-deletions': '10001' }, "Input 'max-deletions' must be a whole number from 1 to 10000"],
    [{ 'dry-run': 'yes' }, "Input 'dry-run' must be true or false, got 'yes'."],
  ] as const)('refuses %j', (inputs, message) => {
    expect(() => parse(inputs)).toThrow(ConfigurationError);
    expect(() => parse(inputs)).toThrow(message);
  });
});
