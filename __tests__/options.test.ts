import { describe, expect, it } from '@jest/globals';
import { FakeHost } from '../test-support/fake-host.js';
import { InputReader, parseOptions, registerSecrets } from '../src/options.js';
import { ConfigurationError } from '../src/errors.js';

describe('InputReader', () => {
  it('applies action.yml defaults to empty inputs but not the ${{ }} ones', () => {
    const input = new InputReader(new FakeHost({}));
    expect(input.string('quota-threshold')).toBe('500');
    expect(input.string('artifact')).toBe('adversarial_reports/consumer_artifact.json');
    expect(input.string('token')).toBe('');
    expect(input.optional('metrics-file')).toBeNull();
  });

  it.each([
    ['true', true],
    ['TRUE', true],
    ['False', false],
  ])('reads boolean %s', (raw, expected) => {
    expect(new InputReader(new FakeHost({ 'dry-run': raw })).boolean('dry-run')).toBe(expected);
  });

  it.each(['yes', '1', 'on', 'maybe'])('refuses boolean %s with the input named', (raw) => {
    const read = () => new InputReader(new FakeHost({ 'dry-run': raw })).boolean('dry-run');
    expect(read).toThrow(ConfigurationError);
    expect(read).toThrow(`Input 'dry-run' must be true or false, got '${raw}'.`);
  });

  it.each(['0', '-1', '1.5', 'ten', '99999'])('refuses max-new-issues %s', (raw) => {
    const read = () =>
      new InputReader(new FakeHost({ 'max-new-issues': raw })).integer('max-new-issues', 1, 4096);
    expect(read).toThrow(/must be a whole number from 1 to 4096/);
  });

  it.each([
    ['0.5', 0.5],
    ['256', 256],
    ['.25', 0.25],
  ])('reads max-artifact-mb %s as a decimal', (raw, expected) => {
    const input = new InputReader(new FakeHost({ 'max-artifact-mb': raw }));
    expect(input.decimal('max-artifact-mb', 4096)).toBe(expected);
  });

  it.each(['0', '-1', '1e3', 'ten', '4097'])('refuses max-artifact-mb %s', (raw) => {
    const read = () =>
      new InputReader(new FakeHost({ 'max-artifact-mb': raw })).decimal('max-artifact-mb', 4096);
    expect(read).toThrow(/must be a number above 0 and at most 4096/);
  });

  it('requires a known mode', () => {
    expect(() => new InputReader(new FakeHost({})).mode()).toThrow(/Input 'mode' is required/);
    expect(() => new InputReader(new FakeHost({ mode: 'fil' })).mode()).toThrow(
      "Unknown mode 'fil': use one of validate, sign, file, fallback, purge.",
    );
  });
});

describe('parseOptions', () => {
  it('resolves the artifact against the workspace and converts MiB to bytes', () => {
    const host = new FakeHost({ mode: 'validate', 'max-artifact-mb': '2' }, { workspace: '/w' });
    const options = parseOptions(host);
    expect(options.mode).toBe('validate');
    if (options.mode !== 'validate') throw new Error('unreachable');
    expect(options.gate.artifact).toBe('/w/adversarial_reports/consumer_artifact.json');
    expect(options.gate.maxArtifactBytes).toBe(2 * 1024 * 1024);
    expect(options.gate.keyRing).toBeNull();
    expect(options.gate.sarifRepository).toBe('org/central');
  });

  it('refuses require-hmac without a key as a configuration error', () => {
    const host = new FakeHost({ mode: 'validate', 'require-hmac': 'true' });
    expect(() => parseOptions(host)).toThrow(ConfigurationError);
    expect(() => parseOptions(host)).toThrow(/'hmac-key' is empty/);
  });

  it('refuses sign without a key', () => {
    expect(() => parseOptions(new FakeHost({ mode: 'sign' }))).toThrow(/needs 'hmac-key'/);
  });
});

describe('registerSecrets', () => {
  it('masks the whole key ring, each line, and each key after its kid', () => {
    const host = new FakeHost({ 'hmac-key': 'k1:alpha-secret\nk2:beta-secret\n', token: 'ghs_x' });
    registerSecrets(host);
    expect(host.secrets).toEqual(
      expect.arrayContaining(['alpha-secret', 'beta-secret', 'k1:alpha-secret', 'ghs_x']),
    );
  });

  it('registers nothing for empty secret inputs', () => {
    const host = new FakeHost({});
    registerSecrets(host);
    expect(host.secrets).toEqual([]);
  });
});
