import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { ConsumerArtifact } from '../../src/gate/artifact.js';
import { validateArtifactSchema } from '../../src/gate/schema.js';
import { keepFallback, type FallbackRequest } from '../../src/fallback/keep.js';
import type { FallbackOptions } from '../../src/fallback/options.js';
import { REDACTED } from '../../src/fallback/redact.js';
import { REASON_TEXT } from '../../src/fallback/reason.js';
import { renderFallbackSummary } from '../../src/fallback/summary.js';
import type { UploadArtifact } from '../../src/fallback/upload.js';
import { FakeHost } from '../../test-support/fake-host.js';

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'fallback-keep-'));
});
afterEach(async () => rm(workspace, { recursive: true, force: true }));

const NOW = new Date('2026-11-25T03:04:05.000Z');
const source: ConsumerArtifact = {
  schema_version: '1.0',
  audit_id: 'nightly',
  generated_at: '2026-11-25T02:00:00Z',
  org_unregistered_hits: [
    { repo: 'org/a', path: 'a.py', line_number: 1, pattern: 'p', snippet: 'token = "abc"' },
    { repo: 'org/b', path: 'b.py', line_number: 2, pattern: 'q', snippet: 'md5(pw)' },
    { repo: 'org/c', path: 'c.py', line_number: 3, pattern: 'r' },
  ],
  signature: { alg: 'HMAC-SHA256', value: 'c'.repeat(64) },
};

function setup(overrides: Partial<FallbackOptions> = {}) {
  const host = new FakeHost(
    {},
    { workspace, repository: 'org/central', runId: '4242', runAttempt: '2' },
  );
  const options: FallbackOptions = {
    fallbackDir: path.join(workspace, 'adversarial_reports'),
    artifactName: 'audit-fallback',
    retentionDays: 7,
    failOnFallback: false,
    notifyWebhook: null,
    ...overrides,
  };
  const uploads: { name: string; file: string; retentionDays: number; content: string }[] = [];
  const upload: UploadArtifact = async (name, file, retentionDays) => {
    uploads.push({ name, file, retentionDays, content: await readFile(file, 'utf8') });
    return { id: 1001 };
  };
  return { host, options, uploads, upload };
}

describe('keepFallback', () => {
  it('writes the redacted copy, uploads it, and warns once', async () => {
    const { host, options, uploads, upload } = setup();
    const before = structuredClone(source);
    const request: FallbackRequest = {
      source,
      hits: source.org_unregistered_hits,
      reason: 'requested',
    };
    const result = await keepFallback(request, options, host, { now: () => NOW, upload });

    expect(source).toEqual(before);
    const name = 'fallback_4242_2_20261125T030405Z.json';
    expect(result).toEqual({
      path: path.join(options.fallbackDir, name),
      displayPath: `adversarial_reports/${name}`,
      artifactName: 'audit-fallback-4242-2',
      artifactId: 1001,
      retentionDays: 7,
      hits: 3,
      uploadError: null,
      notified: false,
      webhookError: null,
    });
    const content = await readFile(result.path, 'utf8');
    const copy = JSON.parse(content) as Record<string, unknown> & {
      org_unregistered_hits: { snippet?: string }[];
    };
    expect(copy.org_unregistered_hits.map((hit) => hit.snippet)).toEqual([
      REDACTED,
      REDACTED,
      undefined,
    ]);
    expect(copy.signature).toBeUndefined();
    expect(copy.fallback).toEqual({
      reason: 'requested',
      created_at: NOW.toISOString(),
      repository: 'org/central',
      run_id: '4242',
      run_attempt: '2',
      source_hits: 3,
      signature_removed: true,
    });
    expect(content).not.toContain('abc');
    expect(content).not.toContain('md5(pw)');
    expect(validateArtifactSchema(copy, { file: name })).toBeTruthy();
    expect(uploads).toEqual([
      { name: 'audit-fallback-4242-2', file: result.path, retentionDays: 7, content },
    ]);
    expect(await readdir(options.fallbackDir)).toEqual([name]);

    const warnings = host.logs.filter((l) => l.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain(`adversarial_reports/${name}`);
    expect(warnings[0]!.message).toContain('audit-fallback-4242-2 (id 1001)');
    expect(warnings[0]!.message).toContain(REASON_TEXT.requested);
  });

  it('keeps only the hits it is given, with the reason and detail', async () => {
    const { host, options, upload } = setup();
    const result = await keepFallback(
      {
        source,
        hits: source.org_unregistered_hits.slice(2),
        reason: 'no-permission',
        detail: 'Resource not accessible by integration',
      },
      options,
      host,
      { upload },
    );
    const copy = JSON.parse(await readFile(result.path, 'utf8')) as {
      org_unregistered_hits: unknown[];
      fallback: Record<string, unknown>;
    };
    expect(copy.org_unregistered_hits).toEqual([source.org_unregistered_hits[2]]);
    expect(copy.fallback).toMatchObject({
      reason: 'no-permission',
      detail: 'Resource not accessible by integration',
      source_hits: 3,
    });
    expect(host.text()).toContain('issues: write');
  });

  it('a failed upload is a warning naming the local file, which stays', async () => {
    const { host, options } = setup();
    const result = await keepFallback(
      { source, hits: source.org_unregistered_hits, reason: 'requested' },
      options,
      host,
      {
        upload: async () => {
          throw new Error('Create Artifact Container failed: 403');
        },
      },
    );
    expect(result.artifactId).toBeNull();
    expect(result.uploadError).toBe('Create Artifact Container failed: 403');
    await expect(readFile(result.path, 'utf8')).resolves.toContain(REDACTED);
    const warning = host.logs.find((l) => l.message.startsWith('Could not upload'));
    expect(warning?.level).toBe('warning');
    expect(warning?.message).toContain(result.displayPath);
    expect(warning?.message).toContain('403');
    expect(renderFallbackSummary({ source, hits: [], reason: 'requested' }, result)).toContain(
      'not uploaded',
    );
  });

  it('fails when it cannot write, naming the directory and leaving no file', async () => {
    const { host, options, upload } = setup();
    await writeFile(options.fallbackDir, 'a file where the directory should be');
    await expect(
      keepFallback({ source, hits: [], reason: 'requested' }, options, host, { upload }),
    ).rejects.toThrow(/Could not write the fallback copy in adversarial_reports/);
    expect(await readdir(workspace)).toEqual(['adversarial_reports']);
  });

  it('notifies the webhook with repository, run, reason and artifact', async () => {
    const url = 'https://hooks.example.com/services/T/B/s3cr3t';
    const { host, options, upload } = setup({ notifyWebhook: url });
    const posted: { url: string; body: string }[] = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      posted.push({ url: String(input), body: String(init?.body) });
      return new Response('ok');
    };
    const result = await keepFallback(
      { source, hits: source.org_unregistered_hits, reason: 'quota-exhausted' },
      options,
      host,
      { upload, fetch: fakeFetch },
    );
    expect(result.notified).toBe(true);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.url).toBe(url);
    const { text } = JSON.parse(posted[0]!.body) as { text: string };
    expect(text).toContain('3 findings');
    expect(text).toContain('org/central, run 4242 (attempt 2)');
    expect(text).toContain('https://github.com/org/central/actions/runs/4242');
    expect(text).toContain('Reason: quota-exhausted');
    expect(text).toContain('audit-fallback-4242-2 (id 1001)');
  });

  it('a failing webhook only warns, without the URL', async () => {
    const url = 'https://hooks.example.com/services/T/B/s3cr3t';
    const { host, options, upload } = setup({ notifyWebhook: url });
    const result = await keepFallback(
      { source, hits: source.org_unregistered_hits, reason: 'requested' },
      options,
      host,
      {
        upload,
        fetch: async () => {
          throw new TypeError(`fetch to ${url} failed`);
        },
      },
    );
    expect(result).toMatchObject({ notified: false, webhookError: expect.any(String) });
    expect(host.logs.filter((l) => l.level === 'warning')).toHaveLength(2);
    expect(host.text()).toContain('Could not notify the webhook');
    expect(host.text()).not.toContain('s3cr3t');
  });
});
