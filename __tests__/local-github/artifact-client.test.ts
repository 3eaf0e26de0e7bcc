/**
 * The real @actions/artifact client against the local results service: proves the fake speaks
 * the protocol the action will use (Twirp JSON plus Azure block-blob uploads).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalGitHub } from '../../test-support/github/server.js';
import {
  createResultsService,
  makeRuntimeToken,
  readZipFile,
  serveResultsService,
  type ResultsService,
} from '../../test-support/github/results-service.js';
import { ArtifactStore } from '../../test-support/github/state.js';

// The client logs through @actions/core straight to stdout; keep the test output readable.
const realCore = await import('@actions/core');
jest.unstable_mockModule('@actions/core', () => ({
  ...realCore,
  info: jest.fn(),
  debug: jest.fn(),
  warning: jest.fn(),
  setSecret: jest.fn(),
}));
const { DefaultArtifactClient } = await import('@actions/artifact');

const RUN = 4242;
const DAY = 24 * 3600 * 1000;
const store = new ArtifactStore();
let server: { url: string; service: ResultsService; close: () => Promise<void> };
let workspace: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  server = await serveResultsService(store);
  workspace = mkdtempSync(join(tmpdir(), 'artifact-client-'));
  // The client reads these at each call (token, results URL, GHES check, workspace).
  Object.assign(process.env, {
    ACTIONS_RUNTIME_TOKEN: makeRuntimeToken(RUN, 1, { repository: 'org/central' }),
    ACTIONS_RESULTS_URL: `${server.url}/`,
    GITHUB_SERVER_URL: 'http://github.localhost',
    GITHUB_WORKSPACE: workspace,
  });
});

afterAll(async () => {
  process.env = savedEnv;
  await server.close();
  rmSync(workspace, { recursive: true, force: true });
});

beforeEach(() => {
  store.artifacts.clear();
  server.service.faults.upload = null;
  server.service.calls.length = 0;
});

function writeFile(name: string, content: string | Buffer): string {
  const path = join(workspace, name);
  writeFileSync(path, content);
  return path;
}

describe('DefaultArtifactClient against the local results service', () => {
  const client = new DefaultArtifactClient();
  const content = '{"org_unregistered_hits":[{"snippet":"<REDACTED>"}]}\n';

  it('uploads a file as a finalized artifact with its retention and bytes', async () => {
    const file = writeFile('fallback_4242_1.json', content);
    const before = Date.now();
    const result = await client.uploadArtifact('audit-fallback-4242-1', [file], workspace, {
      retentionDays: 7,
    });

    const stored = store.artifacts.get(result.id!);
    expect(stored).toMatchObject({
      name: 'audit-fallback-4242-1',
      repository: 'org/central',
      workflowRunId: RUN,
      workflowJobRunId: 1,
      finalized: true,
      sizeInBytes: result.size,
      digest: `sha256:${result.digest}`,
    });
    const expiresIn = stored!.expiresAt!.getTime() - before;
    expect(expiresIn).toBeGreaterThan(7 * DAY - 60_000);
    expect(expiresIn).toBeLessThan(7 * DAY + 60_000);
    expect(readZipFile(stored!.zip!, 'fallback_4242_1.json').toString()).toBe(content);
  });

  it('lists, downloads and deletes what it uploaded', async () => {
    const file = writeFile('listed.json', content);
    const { id } = await client.uploadArtifact('listed', [file], workspace);
    expect(store.artifacts.get(id!)?.expiresAt).toBeNull();

    const { artifacts } = await client.listArtifacts();
    expect(artifacts).toEqual([expect.objectContaining({ id, name: 'listed' })]);

    const target = join(workspace, 'download');
    await client.downloadArtifact(id!, { path: target });
    expect(readFileSync(join(target, 'listed.json'), 'utf8')).toBe(content);

    await expect(client.deleteArtifact('listed')).resolves.toEqual({ id });
    expect(store.artifacts.size).toBe(0);
    expect((await client.listArtifacts()).artifacts).toEqual([]);
  });

  it('commits a multi-block upload in order', async () => {
    // Random bytes do not compress, so the zip spans two 8 MiB blocks.
    const big = randomBytes(9 * 1024 * 1024);
    const file = writeFile('big.bin', big);
    const { id } = await client.uploadArtifact('big', [file], workspace, { compressionLevel: 0 });
    expect(server.service.calls.filter((c) => c === 'PUT blob block')).toHaveLength(2);
    expect(readZipFile(store.artifacts.get(id!)!.zip!, 'big.bin').equals(big)).toBe(true);
  });

  it.each(['create', 'blob', 'finalize'] as const)(
    'throws when uploads fail at %s, leaving nothing listed',
    async (fault) => {
      server.service.faults.upload = fault;
      const file = writeFile('failing.json', content);
      await expect(client.uploadArtifact('failing', [file], workspace)).rejects.toThrow();
      expect(store.list('org/central')).toEqual([]);
    },
  );

  it('refuses a second upload of one name in the run', async () => {
    const file = writeFile('twice.json', content);
    await client.uploadArtifact('twice', [file], workspace);
    await expect(client.uploadArtifact('twice', [file], workspace)).rejects.toThrow(/409/);
  });
});

describe('mounted on the local GitHub', () => {
  it('shares artifacts with the REST API: an upload is listed, a REST delete removes it', async () => {
    const gh = await startLocalGitHub({ repository: 'org/central' });
    gh.mount(createResultsService(gh.artifacts));
    process.env.ACTIONS_RESULTS_URL = `${gh.url}/`;
    try {
      const client = new DefaultArtifactClient();
      const file = writeFile('shared.json', '{}');
      const { id } = await client.uploadArtifact('audit-fallback-4242-1', [file], workspace, {
        retentionDays: 7,
      });
      const rest = (path: string, method = 'GET') =>
        fetch(`${gh.url}/repos/org/central${path}`, {
          method,
          headers: { authorization: 'token local' },
        });

      const listed = (await (await rest('/actions/artifacts')).json()) as {
        artifacts: { id: number; name: string; expires_at: string | null }[];
      };
      expect(listed.artifacts).toEqual([
        expect.objectContaining({ id, name: 'audit-fallback-4242-1' }),
      ]);
      // The REST API prints whole seconds.
      const expiresAt = gh.artifacts.artifacts.get(id!)!.expiresAt!.getTime();
      expect(Date.parse(listed.artifacts[0]!.expires_at!)).toBe(
        Math.floor(expiresAt / 1000) * 1000,
      );

      expect((await rest(`/actions/artifacts/${id}`, 'DELETE')).status).toBe(204);
      expect((await client.listArtifacts()).artifacts).toEqual([]);
    } finally {
      process.env.ACTIONS_RESULTS_URL = `${server.url}/`;
      await gh.close();
    }
  });
});
