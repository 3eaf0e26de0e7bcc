import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  makeRuntimeToken,
  readZip,
  readZipFile,
  serveResultsService,
  type ResultsService,
} from '../../test-support/github/results-service.js';
import { ArtifactStore } from '../../test-support/github/state.js';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService';
const RUN = 4242;
const JOB = 7;
const ids = { workflow_run_backend_id: String(RUN), workflow_job_run_backend_id: String(JOB) };

let store: ArtifactStore;
let server: { url: string; service: ResultsService; close: () => Promise<void> };
let clock: Date;

beforeEach(async () => {
  store = new ArtifactStore();
  clock = new Date('2026-11-25T02:00:00Z');
  server = await serveResultsService(store, { repository: 'org/central', now: () => clock });
});
afterEach(() => server.close());

async function twirp(method: string, body: object, token = makeRuntimeToken(RUN, JOB)) {
  const res = await fetch(`${server.url}${SERVICE}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function put(url: string, body: string | Buffer, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'PUT', body, headers });
  return { status: res.status, text: await res.text() };
}

async function create(name: string, extra: object = {}): Promise<string> {
  const { status, json } = await twirp('CreateArtifact', { ...ids, name, version: 7, ...extra });
  expect(status).toBe(200);
  return json.signed_upload_url as string;
}

/** Uploads `parts` as blocks, committing them in the given order, then finalizes. */
async function upload(name: string, parts: string[]): Promise<Record<string, unknown>> {
  const url = await create(name);
  const blockIds = parts.map((_, i) => Buffer.from(`block-${i}`).toString('base64'));
  // Stage in reverse: the committed order is the block list's, not the arrival order.
  for (let i = parts.length - 1; i >= 0; i--) {
    const staged = await put(
      `${url}&comp=block&blockid=${encodeURIComponent(blockIds[i]!)}`,
      parts[i]!,
    );
    expect(staged.status).toBe(201);
  }
  const list = `<?xml version="1.0"?><BlockList>${blockIds.map((b) => `<Latest>${b}</Latest>`).join('')}</BlockList>`;
  expect((await put(`${url}&comp=blocklist`, list)).status).toBe(201);
  const size = parts.join('').length;
  const { json } = await twirp('FinalizeArtifact', { ...ids, name, size: String(size) });
  return json;
}

describe('results service: Twirp routes', () => {
  it('records an artifact with the expiry, run and job of the request and token', async () => {
    await create('audit-fallback-4242-1', { expires_at: '2026-12-02T02:00:00Z' });
    const [artifact] = [...store.artifacts.values()];
    expect(artifact).toMatchObject({
      name: 'audit-fallback-4242-1',
      repository: 'org/central',
      workflowRunId: RUN,
      workflowJobRunId: JOB,
      createdAt: clock,
      expiresAt: new Date('2026-12-02T02:00:00Z'),
      finalized: false,
    });
  });

  it('commits blocks in block-list order and finalizes with size and digest', async () => {
    const finalized = await upload('a', ['first-', 'second-', 'third']);
    const artifact = store.artifacts.get(Number(finalized.artifact_id));
    expect(finalized.ok).toBe(true);
    expect(artifact?.zip?.toString()).toBe('first-second-third');
    expect(artifact).toMatchObject({ finalized: true, sizeInBytes: 18 });
    expect(artifact?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(store.list('org/central').map((a) => a.name)).toEqual(['a']);
  });

  it('takes the repository from the token before the option', async () => {
    const token = makeRuntimeToken(RUN, JOB, { repository: 'org/other' });
    await twirp('CreateArtifact', { ...ids, name: 'x' }, token);
    expect([...store.artifacts.values()][0]?.repository).toBe('org/other');
  });

  it('lists only finalized, unexpired artifacts of the run, with filters', async () => {
    await upload('kept', ['k']);
    await upload('other', ['o']);
    await create('unfinished');
    store.add({
      name: 'expired',
      repository: 'org/central',
      workflowRunId: RUN,
      workflowJobRunId: JOB,
      createdAt: new Date('2026-11-01T00:00:00Z'),
      expiresAt: new Date('2026-11-08T00:00:00Z'),
      finalized: true,
      sizeInBytes: 1,
      zip: Buffer.from('e'),
      digest: null,
    });
    const all = await twirp('ListArtifacts', ids);
    const names = (all.json.artifacts as { name: string }[]).map((a) => a.name).sort();
    expect(names).toEqual(['kept', 'other']);

    const byName = await twirp('ListArtifacts', { ...ids, name_filter: 'kept' });
    expect(byName.json.artifacts).toEqual([
      expect.objectContaining({ name: 'kept', size: '1', created_at: clock.toISOString() }),
    ]);
    const id = (byName.json.artifacts as { database_id: string }[])[0]!.database_id;
    const byId = await twirp('ListArtifacts', { ...ids, id_filter: id });
    expect((byId.json.artifacts as { name: string }[]).map((a) => a.name)).toEqual(['kept']);
  });

  it('serves a signed download URL and deletes by name', async () => {
    await upload('dl', ['zip-bytes']);
    const { json } = await twirp('GetSignedArtifactURL', { ...ids, name: 'dl' });
    const download = await fetch(json.signed_url as string);
    expect(download.status).toBe(200);
    expect(await download.text()).toBe('zip-bytes');

    const deleted = await twirp('DeleteArtifact', { ...ids, name: 'dl' });
    expect(deleted.json.ok).toBe(true);
    expect(store.artifacts.size).toBe(0);
    expect((await twirp('DeleteArtifact', { ...ids, name: 'dl' })).status).toBe(404);
  });

  it('answers errors as Twirp JSON with the matching status', async () => {
    const noToken = await fetch(`${server.url}${SERVICE}/ListArtifacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noToken.status).toBe(401);
    expect(await noToken.json()).toEqual({ code: 'unauthenticated', msg: expect.any(String) });

    const otherRun = await twirp('ListArtifacts', { ...ids, workflow_run_backend_id: '1' });
    expect(otherRun).toMatchObject({ status: 403, json: { code: 'permission_denied' } });
    expect(await twirp('MigrateArtifact', ids)).toMatchObject({
      status: 404,
      json: { code: 'bad_route' },
    });
    expect(await twirp('CreateArtifact', { ...ids, name: '' })).toMatchObject({
      status: 400,
      json: { code: 'invalid_argument' },
    });
  });

  it('refuses a second artifact of one name in a run, as GitHub does', async () => {
    await upload('twice', ['1']);
    expect(await twirp('CreateArtifact', { ...ids, name: 'twice' })).toMatchObject({
      status: 409,
      json: { code: 'already_exists' },
    });
  });

  it('refuses to finalize without a blob or with a size that differs from it', async () => {
    const url = await create('bad');
    expect(await twirp('FinalizeArtifact', { ...ids, name: 'bad', size: '0' })).toMatchObject({
      status: 412,
    });
    await put(url, 'four', { 'x-ms-blob-type': 'BlockBlob' });
    expect(await twirp('FinalizeArtifact', { ...ids, name: 'bad', size: '5' })).toMatchObject({
      status: 400,
      json: { code: 'invalid_argument' },
    });
    expect((await twirp('FinalizeArtifact', { ...ids, name: 'bad', size: '4' })).status).toBe(200);
  });
});

describe('results service: signed blob URLs', () => {
  it('rejects writes without the upload signature', async () => {
    const url = new URL(await create('signed'));
    url.searchParams.set('sig', 'forged');
    const forged = await put(url.href, 'x', { 'x-ms-blob-type': 'BlockBlob' });
    expect(forged.status).toBe(403);
    expect(forged.text).toContain('<Code>AuthenticationFailed</Code>');
  });

  it('does not accept the upload signature for reading', async () => {
    const url = await create('read');
    await put(url, 'x', { 'x-ms-blob-type': 'BlockBlob' });
    await twirp('FinalizeArtifact', { ...ids, name: 'read', size: '1' });
    expect((await fetch(url)).status).toBe(403);
  });

  it('rejects a block list naming a block never staged', async () => {
    const url = await create('gaps');
    const res = await put(
      `${url}&comp=blocklist`,
      '<BlockList><Latest>bm9wZQ==</Latest></BlockList>',
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('InvalidBlockList');
  });
});

describe('results service: fault knob', () => {
  it.each([
    ['create', 'CreateArtifact', 403],
    ['finalize', 'FinalizeArtifact', 412],
  ] as const)('fails uploads at %s', async (fault, method, status) => {
    server.service.faults.upload = fault;
    const url = fault === 'create' ? '' : await create('f');
    if (url) await put(url, 'x', { 'x-ms-blob-type': 'BlockBlob' });
    const body =
      method === 'CreateArtifact' ? { ...ids, name: 'f' } : { ...ids, name: 'f', size: '1' };
    expect((await twirp(method, body)).status).toBe(status);
    expect(store.list('org/central')).toEqual([]);
  });

  it('fails the blob write with a non-retryable storage error', async () => {
    const url = await create('f');
    server.service.faults.upload = 'blob';
    const res = await put(url, 'x', { 'x-ms-blob-type': 'BlockBlob' });
    expect(res.status).toBe(403);
    expect(server.service.calls).toEqual(['POST CreateArtifact', 'PUT blob']);
  });
});

describe('readZip', () => {
  // Written by Python's zipfile (one stored entry, one deflated), not by the code under test.
  const fixture = readFileSync(
    fileURLToPath(new URL('../../test-support/fixtures/two-files.zip', import.meta.url)),
  );

  it('reads stored and deflated entries', () => {
    const entries = readZip(fixture);
    expect(entries.map((e) => e.name)).toEqual(['notes/stored.txt', 'lines.txt']);
    expect(readZipFile(fixture, 'notes/stored.txt').toString()).toBe('kept as is\n');
    const lines = readZipFile(fixture, 'lines.txt').toString().split('\n');
    expect(lines[0]).toBe('line 1');
    expect(lines[99]).toBe('line 100');
  });

  it('names the files present when one is missing', () => {
    expect(() => readZipFile(fixture, 'absent.txt')).toThrow(/notes\/stored\.txt, lines\.txt/);
  });

  it('detects a corrupted entry through its CRC', () => {
    const corrupt = Buffer.from(fixture);
    const at = corrupt.indexOf('kept as is');
    corrupt[at] = 'K'.charCodeAt(0);
    expect(() => readZip(corrupt)).toThrow(/CRC mismatch: notes\/stored\.txt/);
  });

  it('rejects what is not a zip', () => {
    expect(() => readZip(Buffer.from('plain text'))).toThrow(/not a zip/);
  });
});
