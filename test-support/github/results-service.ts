/**
 * A local Actions results service, enough for the real @actions/artifact v6 client.
 *
 * The client speaks Twirp JSON to `ACTIONS_RESULTS_URL` and uploads the zip to the signed URL
 * that CreateArtifact returns, with the Azure Blob SDK (`PUT ?comp=block` per block, then
 * `PUT ?comp=blocklist`). Both the Twirp routes and the signed blob URLs are served here, and
 * every artifact lands in the shared ArtifactStore, so the REST fake lists and deletes it.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, inflateRawSync } from 'node:zlib';
import type { ArtifactStore, StoredWorkflowArtifact } from './state.js';

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
/** Path-style like Azurite (`/<account>/<container>/<blob>`), which the Blob SDK parses. */
const BLOB_PREFIX = '/blob/local/artifacts/';

export type MountHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  url: URL,
) => Promise<boolean>;

/** Where an upload should fail: the Twirp call that opens it, the blob write, or the finalize. */
export type UploadFault = 'create' | 'blob' | 'finalize';

export interface ResultsServiceOptions {
  /** Repository recorded when the runtime token has no `repository` claim. */
  repository?: string;
  /** The clock, for creation times and expiry. */
  now?: () => Date;
}

export interface ResultsService extends MountHandler {
  /** Set `faults.upload` to make every upload fail at that step (non-retryable, so fast). */
  readonly faults: { upload: UploadFault | null };
  /** Every request served, as `POST <TwirpMethod>` or `PUT blob <comp>`, in order. */
  readonly calls: string[];
  /** A signed URL that downloads the artifact's zip (for a REST `…/zip` redirect). */
  signedDownloadUrl(origin: string, id: number): string;
}

type TwirpCode =
  | 'bad_route'
  | 'malformed'
  | 'invalid_argument'
  | 'unauthenticated'
  | 'permission_denied'
  | 'not_found'
  | 'already_exists'
  | 'failed_precondition'
  | 'internal';

const TWIRP_STATUS: Record<TwirpCode, number> = {
  bad_route: 404,
  malformed: 400,
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
  internal: 500,
};

class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    message: string,
  ) {
    super(message);
  }
}

class BlobError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface RuntimeClaims {
  runId: number;
  jobId: number;
  repository: string | undefined;
}

const base64url = (value: string): string => Buffer.from(value).toString('base64url');

/**
 * Mints an `ACTIONS_RUNTIME_TOKEN` as the runner hands it to a job. The client only decodes it
 * (never verifies), reading the run and job ids from the `Actions.Results:<run>:<job>` scope.
 */
export function makeRuntimeToken(
  runId: number,
  jobId: number,
  opts: { repository?: string } = {},
): string {
  const header = { alg: 'none', typ: 'JWT' };
  const payload = {
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runId}:${jobId}`,
    ...(opts.repository ? { repository: opts.repository } : {}),
    exp: Math.floor(Date.now() / 1000) + 6 * 3600,
  };
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.`;
}

function readRuntimeClaims(authorization: string | undefined): RuntimeClaims {
  const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  if (!token) throw new TwirpError('unauthenticated', 'missing bearer token');
  let payload: { scp?: unknown; repository?: unknown };
  try {
    payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    throw new TwirpError('unauthenticated', 'runtime token is not a JWT');
  }
  const scope = String(payload.scp ?? '')
    .split(' ')
    .map((s) => s.split(':'))
    .find((parts) => parts[0] === 'Actions.Results' && parts.length === 3);
  const runId = Number(scope?.[1]);
  const jobId = Number(scope?.[2]);
  if (!Number.isSafeInteger(runId) || !Number.isSafeInteger(jobId)) {
    throw new TwirpError(
      'permission_denied',
      'runtime token has no Actions.Results:<run>:<job> scope',
    );
  }
  const repository = typeof payload.repository === 'string' ? payload.repository : undefined;
  return { runId, jobId, repository };
}

/** The JSON request fields @actions/artifact sends (proto field names, int64 as strings). */
interface TwirpRequest {
  workflow_run_backend_id?: string;
  workflow_job_run_backend_id?: string;
  name?: string;
  expires_at?: string;
  mime_type?: string;
  size?: string;
  hash?: string;
  name_filter?: string;
  id_filter?: string;
}

export function createResultsService(
  store: ArtifactStore,
  opts: ResultsServiceOptions = {},
): ResultsService {
  const now = opts.now ?? (() => new Date());
  const secret = randomBytes(32);
  const mimeTypes = new Map<number, string>();
  const faults: ResultsService['faults'] = { upload: null };
  const calls: string[] = [];

  const sign = (op: 'write' | 'read', id: number): string =>
    createHmac('sha256', secret).update(`${op}:${id}`).digest('hex');

  const signedUrl = (op: 'write' | 'read', origin: string, id: number): string =>
    `${origin}${BLOB_PREFIX}${id}?sig=${sign(op, id)}`;
  const signedDownloadUrl = (origin: string, id: number) => signedUrl('read', origin, id);

  const signatureMatches = (op: 'write' | 'read', id: number, sig: string | null): boolean => {
    const expected = Buffer.from(sign(op, id));
    const given = Buffer.from(sig ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  const isLive = (a: StoredWorkflowArtifact): boolean =>
    a.expiresAt === null || a.expiresAt.getTime() > now().getTime();

  /** Artifacts of the token's run (all its jobs), as the service scopes them. */
  const runArtifacts = (claims: RuntimeClaims, repository: string): StoredWorkflowArtifact[] =>
    [...store.artifacts.values()].filter(
      (a) => a.repository === repository && a.workflowRunId === claims.runId,
    );

  const findFinalized = (claims: RuntimeClaims, repository: string, name: string) => {
    const artifact = runArtifacts(claims, repository).find(
      (a) => a.finalized && a.name === name && isLive(a),
    );
    if (!artifact) throw new TwirpError('not_found', `artifact not found: ${name}`);
    return artifact;
  };

  function twirp(method: string, req: TwirpRequest, claims: RuntimeClaims, origin: string) {
    const repository = claims.repository ?? opts.repository;
    if (!repository) {
      throw new TwirpError(
        'failed_precondition',
        'no repository: none in the token nor the options',
      );
    }
    // The client copies the ids from the token; a mismatch means another run's token.
    if (
      req.workflow_run_backend_id !== String(claims.runId) ||
      req.workflow_job_run_backend_id !== String(claims.jobId)
    ) {
      throw new TwirpError('permission_denied', 'backend ids do not match the runtime token');
    }
    const name = req.name ?? '';

    switch (method) {
      case 'CreateArtifact': {
        if (!name) throw new TwirpError('invalid_argument', 'name is required');
        if (faults.upload === 'create') {
          throw new TwirpError('permission_denied', 'uploads are failing (fault injected)');
        }
        const existing = runArtifacts(claims, repository).find((a) => a.name === name);
        // GitHub refuses a second artifact of one name in a run; re-runs must pick new names.
        if (existing?.finalized) {
          throw new TwirpError(
            'already_exists',
            `an artifact with this name already exists on the workflow run: ${name}`,
          );
        }
        if (existing) store.delete(existing.id);
        let expiresAt: Date | null = null;
        if (req.expires_at !== undefined) {
          expiresAt = new Date(req.expires_at);
          if (Number.isNaN(expiresAt.getTime())) {
            throw new TwirpError('invalid_argument', `bad expires_at: ${req.expires_at}`);
          }
        }
        const artifact = store.add({
          name,
          repository,
          workflowRunId: claims.runId,
          workflowJobRunId: claims.jobId,
          createdAt: now(),
          expiresAt,
          finalized: false,
          sizeInBytes: 0,
          zip: null,
          digest: null,
        });
        mimeTypes.set(artifact.id, req.mime_type ?? 'application/zip');
        return { ok: true, signed_upload_url: signedUrl('write', origin, artifact.id) };
      }
      case 'FinalizeArtifact': {
        const artifact = runArtifacts(claims, repository).find(
          (a) => a.name === name && !a.finalized,
        );
        if (!artifact) throw new TwirpError('not_found', `no upload in progress: ${name}`);
        if (faults.upload === 'finalize') {
          throw new TwirpError('failed_precondition', 'finalize is failing (fault injected)');
        }
        if (!artifact.zip) throw new TwirpError('failed_precondition', 'no blob was committed');
        if (Number(req.size) !== artifact.zip.length) {
          throw new TwirpError(
            'invalid_argument',
            `size ${req.size} differs from the ${artifact.zip.length} bytes uploaded`,
          );
        }
        const digest = `sha256:${createHash('sha256').update(artifact.zip).digest('hex')}`;
        if (req.hash !== undefined && req.hash !== digest) {
          throw new TwirpError('invalid_argument', `hash ${req.hash} differs from ${digest}`);
        }
        artifact.finalized = true;
        artifact.sizeInBytes = artifact.zip.length;
        artifact.digest = digest;
        return { ok: true, artifact_id: String(artifact.id) };
      }
      case 'ListArtifacts': {
        const artifacts = runArtifacts(claims, repository)
          .filter((a) => a.finalized && isLive(a))
          .filter((a) => req.name_filter === undefined || a.name === req.name_filter)
          .filter((a) => req.id_filter === undefined || String(a.id) === req.id_filter)
          .map((a) => ({
            workflow_run_backend_id: String(a.workflowRunId),
            workflow_job_run_backend_id: String(a.workflowJobRunId),
            database_id: String(a.id),
            name: a.name,
            size: String(a.sizeInBytes),
            created_at: a.createdAt.toISOString(),
            ...(a.digest ? { digest: a.digest } : {}),
          }));
        return { artifacts };
      }
      case 'GetSignedArtifactURL': {
        const artifact = findFinalized(claims, repository, name);
        return { signed_url: signedDownloadUrl(origin, artifact.id) };
      }
      case 'DeleteArtifact': {
        const artifact = findFinalized(claims, repository, name);
        store.delete(artifact.id);
        return { ok: true, artifact_id: String(artifact.id) };
      }
      default:
        throw new TwirpError('bad_route', `no such method: ${method}`);
    }
  }

  function blob(req: IncomingMessage, res: ServerResponse, body: Buffer, url: URL): void {
    const id = Number(url.pathname.slice(BLOB_PREFIX.length));
    const artifact = store.artifacts.get(id);
    const comp = url.searchParams.get('comp');
    calls.push(`${req.method} blob${comp ? ` ${comp}` : ''}`);
    const op = req.method === 'GET' || req.method === 'HEAD' ? 'read' : 'write';
    if (!signatureMatches(op, id, url.searchParams.get('sig'))) {
      throw new BlobError(403, 'AuthenticationFailed', 'signature does not match');
    }
    if (!artifact) throw new BlobError(404, 'BlobNotFound', 'the blob does not exist');

    if (op === 'read') {
      if (!artifact.finalized || !artifact.zip || !isLive(artifact)) {
        throw new BlobError(404, 'BlobNotFound', 'the blob does not exist');
      }
      res.writeHead(200, {
        'content-type': mimeTypes.get(id) ?? 'application/zip',
        'content-length': artifact.zip.length,
      });
      res.end(req.method === 'HEAD' ? undefined : artifact.zip);
      return;
    }
    if (req.method !== 'PUT') throw new BlobError(405, 'UnsupportedHttpVerb', String(req.method));
    if (artifact.finalized) throw new BlobError(409, 'BlobImmutable', 'artifact is finalized');
    if (faults.upload === 'blob') {
      throw new BlobError(403, 'AuthorizationFailure', 'uploads are failing (fault injected)');
    }

    if (comp === 'block') {
      const blockId = url.searchParams.get('blockid');
      if (!blockId) throw new BlobError(400, 'InvalidQueryParameterValue', 'blockid is required');
      artifact.stagedBlocks.set(blockId, body);
    } else if (comp === 'blocklist') {
      // <BlockList><Latest>id</Latest>…</BlockList>; every id names a staged block.
      const ids = [
        ...body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)</g),
      ].map((m) => m[2] ?? '');
      const blocks = ids.map((blockId) => artifact.stagedBlocks.get(blockId));
      if (blocks.some((b) => b === undefined)) {
        throw new BlobError(400, 'InvalidBlockList', 'the block list names an unstaged block');
      }
      artifact.zip = Buffer.concat(blocks as Buffer[]);
      artifact.stagedBlocks.clear();
    } else if (comp === null && req.headers['x-ms-blob-type'] === 'BlockBlob') {
      // Single-shot Put Blob (the SDK's uploadData); @actions/artifact's uploadStream always
      // stages blocks, but a test writing a blob by hand may use this.
      artifact.zip = body;
    } else {
      throw new BlobError(400, 'InvalidQueryParameterValue', `unsupported blob write: ${comp}`);
    }
    res.writeHead(201, { etag: `"${id}-${Date.now()}"` });
    res.end();
  }

  const handler: MountHandler = async (req, res, body, url) => {
    if (url.pathname.startsWith(BLOB_PREFIX)) {
      try {
        blob(req, res, body, url);
      } catch (error) {
        if (!(error instanceof BlobError)) throw error;
        const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${error.code}</Code><Message>${error.message}</Message></Error>`;
        res.writeHead(error.status, {
          'content-type': 'application/xml',
          'x-ms-error-code': error.code,
        });
        res.end(xml);
      }
      return true;
    }
    if (!url.pathname.startsWith(TWIRP_PREFIX)) return false;

    const method = url.pathname.slice(TWIRP_PREFIX.length);
    calls.push(`POST ${method}`);
    let status = 200;
    let payload: unknown;
    try {
      if (req.method !== 'POST') throw new TwirpError('bad_route', `${req.method} is not POST`);
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        throw new TwirpError('bad_route', 'only application/json is served');
      }
      const claims = readRuntimeClaims(req.headers.authorization);
      let request: TwirpRequest;
      try {
        request = JSON.parse(body.toString('utf8')) as TwirpRequest;
      } catch {
        throw new TwirpError('malformed', 'the body is not JSON');
      }
      payload = twirp(method, request, claims, `http://${req.headers.host}`);
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      status = TWIRP_STATUS[error.code];
      payload = { code: error.code, msg: error.message };
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
    return true;
  };

  return Object.assign(handler, { faults, calls, signedDownloadUrl });
}

/**
 * Serves the results service alone on a free local port, for tests that need no REST API.
 * (With the full local GitHub, mount `createResultsService(server.artifacts)` there instead.)
 */
export async function serveResultsService(
  store: ArtifactStore,
  opts: ResultsServiceOptions = {},
): Promise<{ url: string; service: ResultsService; close: () => Promise<void> }> {
  const service = createResultsService(store, opts);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      service(req, res, Buffer.concat(chunks), url).then(
        (served) => {
          if (!served) res.writeHead(404).end();
        },
        (error: unknown) => res.writeHead(500).end(String(error)),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    service,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** One file of a zip archive, as a test reads it back. */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

/**
 * Reads every file of a zip from its central directory (stored or deflated entries; the
 * archives @actions/artifact writes). Checks each CRC, so a corrupt upload cannot pass.
 */
export function readZip(zip: Buffer): ZipEntry[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (compressedSize === 0xffffffff || localHeader === 0xffffffff) {
      throw new Error(`zip64 entry not supported: ${name}`);
    }
    const start =
      localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const raw = zip.subarray(start, start + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`unsupported compression ${method}: ${name}`);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    if (crc32(data) !== crc) throw new Error(`CRC mismatch: ${name}`);
    entries.push({ name, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one file in a zip; throws naming the files present when it is missing. */
export function readZipFile(zip: Buffer, name: string): Buffer {
  const entries = readZip(zip);
  const entry = entries.find((e) => e.name === name);
  if (!entry) {
    throw new Error(`${name} not in zip; it holds: ${entries.map((e) => e.name).join(', ')}`);
  }
  return entry.data;
}
