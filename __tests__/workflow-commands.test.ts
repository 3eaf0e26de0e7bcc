/**
 * The hand-written runner protocol must write exactly what @actions/core writes: the toolkit
 * is the oracle, run in a child process with the same calls.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { createActionsHost } from '../src/host/actions-host.js';
import { formatCommand, readInput } from '../src/host/workflow-commands.js';
import { parseKeyValueFile } from '../test-support/run-action.js';

const MESSAGES = [
  'plain',
  'multi\nline\r\nmessage',
  '100% sure: a, b',
  '::error::forged',
  '',
  'ünïcödé ✓',
];

function coreOutput(script: string, env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
  });
}

describe('workflow commands', () => {
  it('formats annotations and masks exactly as @actions/core', () => {
    const calls = MESSAGES.flatMap((message) => [
      ['warning', message, { title: 'T: a,b', file: 'dir/f,1.json', startLine: 3 }],
      ['error', message, { title: 'audit-gate: x' }],
      ['notice', message, {}],
      ['setSecret', message, null],
      ['debug', message, null],
    ]);
    const script = `import * as core from '@actions/core';
      for (const [fn, message, props] of ${JSON.stringify(calls)}) {
        props ? core[fn](message, props) : core[fn](message);
      }`;
    const expected = coreOutput(script);

    let ours = '';
    const host = createActionsHost({}, (text) => (ours += text));
    for (const [fn, message, props] of calls as [
      string,
      string,
      Record<string, unknown> | null,
    ][]) {
      if (fn === 'setSecret') host.setSecret(message);
      else if (fn === 'debug') host.debug(message);
      else (host[fn as 'warning'] as (m: string, p: object) => void)(message, props ?? {});
    }
    expect(ours).toBe(expected);
  });

  it('writes outputs the runner reads back as @actions/core does', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wfc-'));
    const coreFile = path.join(dir, 'core');
    const ourFile = path.join(dir, 'ours');
    writeFileSync(coreFile, '');
    writeFileSync(ourFile, '');
    const values = { a: 'x', b: 'multi\nline', c: '', d: 'name<<EOF\nforged=1\nEOF' };
    coreOutput(
      `import * as core from '@actions/core';
       for (const [k, v] of Object.entries(${JSON.stringify(values)})) core.setOutput(k, v);`,
      { GITHUB_OUTPUT: coreFile },
    );
    const host = createActionsHost({ GITHUB_OUTPUT: ourFile }, () => undefined);
    for (const [name, value] of Object.entries(values)) host.setOutput(name as 'hits', value);
    const read = (file: string) => parseKeyValueFile(readFileSync(file, 'utf8'));
    expect(read(ourFile)).toEqual(read(coreFile));
    expect(read(ourFile)).toEqual(values);
  });

  it('reads inputs by the runner naming rule', () => {
    const env = { 'INPUT_MAX-ARTIFACT-MB': ' 3 ', INPUT_MY_INPUT: 'v' };
    expect(readInput(env, 'max-artifact-mb')).toBe(' 3 ');
    expect(readInput(env, 'my input')).toBe('v');
    expect(readInput(env, 'absent')).toBe('');
    expect(createActionsHost(env, () => undefined).getInput('max-artifact-mb')).toBe('3');
  });

  it('wraps a group in group/endgroup even when the work throws', async () => {
    let out = '';
    const host = createActionsHost({}, (text) => (out += text));
    await expect(
      host.group('details', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(out.split(/\r?\n/).filter(Boolean)).toEqual(['::group::details', '::endgroup::']);
  });

  it('skips empty properties', () => {
    expect(formatCommand('warning', { title: '', file: undefined, line: 0 }, 'm')).toBe(
      '::warning::m',
    );
  });
});
