import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { InputName } from '../../src/constants.js';
import { ConfigurationError } from '../../src/errors.js';
import { InputReader } from '../../src/options.js';
import { parseFallbackOptions } from '../../src/fallback/options.js';
import { FakeHost } from '../../test-support/fake-host.js';

const WORKSPACE = path.resolve('/work/space');

function parse(inputs: Partial<Record<InputName, string>> = {}) {
  const host = new FakeHost(inputs, { workspace: WORKSPACE });
  return parseFallbackOptions(host, new InputReader(host));
}

function refusal(inputs: Partial<Record<InputName, string>>): ConfigurationError {
  try {
    parse(inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('parseFallbackOptions', () => {
  it('applies the action.yml defaults', () => {
    expect(parse()).toEqual({
      fallbackDir: path.join(WORKSPACE, 'adversarial_reports'),
      artifactName: 'audit-fallback',
      retentionDays: 7,
      failOnFallback: false,
      notifyWebhook: null,
    });
  });

  it('reads every input', () => {
    expect(
      parse({
        'fallback-dir': 'out/fallbacks',
        'artifact-name': 'findings backup_1.2',
        'retention-days': '90',
        'fail-on-fallback': 'true',
        'notify-webhook': 'https://hooks.example.com/services/T/B/x',
      }),
    ).toEqual({
      fallbackDir: path.join(WORKSPACE, 'out/fallbacks'),
      artifactName: 'findings backup_1.2',
      retentionDays: 90,
      failOnFallback: true,
      notifyWebhook: 'https://hooks.example.com/services/T/B/x',
    });
  });

  it.each(['.', 'a/../b', `${WORKSPACE}/abs`, '..foo'])(
    'accepts fallback-dir %j inside the workspace',
    (dir) => {
      expect(parse({ 'fallback-dir': dir }).fallbackDir.startsWith(WORKSPACE)).toBe(true);
    },
  );

  it.each(['..', '../elsewhere', 'a/../../b', '/tmp/fallbacks', '/'])(
    'refuses fallback-dir %j outside the workspace',
    (dir) => {
      expect(refusal({ 'fallback-dir': dir }).message).toMatch(/'fallback-dir'.*workspace/);
    },
  );

  it.each(['"', ':', '<', '>', '|', '*', '?', '\\', '/', '\r', '\n'])(
    'refuses an artifact-name with %j',
    (character) => {
      expect(refusal({ 'artifact-name': `audit${character}fallback` }).message).toContain(
        "'artifact-name'",
      );
    },
  );

  it.each(['0', '91', '-1', '7.5', 'seven'])('refuses retention-days %j', (days) => {
    expect(refusal({ 'retention-days': days }).message).toContain("'retention-days'");
  });

  it.each(['1', '90'])('accepts retention-days %s', (days) => {
    expect(parse({ 'retention-days': days }).retentionDays).toBe(Number(days));
  });

  it('refuses a fail-on-fallback that is not a boolean', () => {
    expect(refusal({ 'fail-on-fallback': 'yes' }).message).toContain("'fail-on-fallback'");
  });

  it.each([
    'ftp://hooks.example.com/secret-path',
    'file:///etc/secret-path',
    'hooks.example.com/secret-path',
    'not a url secret-path',
  ])('refuses notify-webhook %j without quoting it (it is a secret)', (url) => {
    const message = refusal({ 'notify-webhook': url }).message;
    expect(message).toContain("'notify-webhook'");
    expect(message).not.toContain('secret-path');
  });

  it('accepts an http webhook (a local relay)', () => {
    expect(parse({ 'notify-webhook': 'http://127.0.0.1:8080/hook' }).notifyWebhook).toBe(
      'http://127.0.0.1:8080/hook',
    );
  });
});
