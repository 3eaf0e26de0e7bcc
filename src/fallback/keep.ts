import type { ConsumerArtifact, Hit } from '../gate/artifact.js';
import { displayPathOf } from '../gate/gate.js';
import { errorMessage } from '../errors.js';
import type { Host } from '../host.js';
import { plural, thousands } from '../report/markdown.js';
import { escapeSlack, postWebhook } from './notify.js';
import type { FallbackOptions } from './options.js';
import { REASON_TEXT, type FallbackReason } from './reason.js';
import { redactArtifact, type FallbackRecord } from './redact.js';
import { uploadName, uploadWithActionsArtifact, type UploadArtifact } from './upload.js';
import { writeFallbackFile } from './write.js';

export type { FallbackReason } from './reason.js';

export interface FallbackRequest {
  /** The gated artifact; never changed. */
  readonly source: ConsumerArtifact;
  /** The hits to keep: all of the artifact's, or those not filed. */
  readonly hits: readonly Hit[];
  readonly reason: FallbackReason;
  /** More about the reason, such as the API's error message. */
  readonly detail?: string;
}

export interface FallbackResult {
  /** Absolute path of the fallback file. */
  readonly path: string;
  /** The same, relative to the workspace, for messages. */
  readonly displayPath: string;
  readonly artifactName: string;
  /** null when the upload failed (see uploadError) or GitHub gave no id. */
  readonly artifactId: number | null;
  readonly retentionDays: number;
  readonly hits: number;
  readonly uploadError: string | null;
  /** Whether a webhook was set and took the message. */
  readonly notified: boolean;
  readonly webhookError: string | null;
}

/** The adapters keepFallback uses; tests pass fakes. */
export interface FallbackDeps {
  readonly now?: () => Date;
  readonly upload?: UploadArtifact;
  readonly fetch?: typeof fetch;
  readonly webhookTimeoutMs?: number;
}

/**
 * Keeps `request.hits` where no one loses them: a redacted copy written atomically under
 * `fallback-dir`, uploaded as a workflow artifact, announced with a warning and the webhook.
 * Only the write can fail the call (it throws, leaving no partial file); a failed upload or
 * webhook is a warning, since the local copy already holds everything.
 */
export async function keepFallback(
  request: FallbackRequest,
  options: FallbackOptions,
  host: Host,
  deps: FallbackDeps = {},
): Promise<FallbackResult> {
  const now = (deps.now ?? (() => new Date()))();
  const { runId, runAttempt, workspace } = host.context;
  const artifact = redactArtifact(request.source, request.hits, fallbackRecord(request, host, now));
  const content = `${JSON.stringify(artifact, null, 2)}\n`;

  let file: string;
  try {
    file = await writeFallbackFile(options.fallbackDir, content, {
      runId,
      attempt: runAttempt,
      now,
    });
  } catch (error) {
    throw new Error(
      `Could not write the fallback copy in ${displayPathOf(options.fallbackDir, workspace)}: ${errorMessage(error)}`,
      { cause: error },
    );
  }
  const displayPath = displayPathOf(file, workspace);
  host.info(
    `Wrote ${plural(request.hits.length, 'redacted hit')} to ${displayPath} (${thousands(content.length)} characters).`,
  );

  const artifactName = uploadName(options.artifactName, runId, runAttempt);
  let artifactId: number | null = null;
  let uploadError: string | null = null;
  try {
    ({ id: artifactId } = await (deps.upload ?? uploadWithActionsArtifact)(
      artifactName,
      file,
      options.retentionDays,
    ));
  } catch (error) {
    uploadError = errorMessage(error);
    host.warning(
      `Could not upload the fallback copy as workflow artifact ${artifactName}: ${uploadError}. ` +
        `The redacted copy is kept at ${displayPath} in the workspace.`,
      { title: 'audit-gate: fallback not uploaded' },
    );
  }

  const where =
    uploadError === null
      ? `${displayPath}, uploaded as workflow artifact ${artifactName}${artifactId === null ? '' : ` (id ${artifactId})`} for ${plural(options.retentionDays, 'day')}`
      : `${displayPath} (not uploaded)`;
  host.warning(
    `${plural(request.hits.length, 'finding')} kept in a redacted fallback copy at ${where}. ` +
      `${REASON_TEXT[request.reason]}${request.detail ? ` (${request.detail})` : ''}`,
    { title: 'audit-gate: findings kept in the fallback' },
  );

  let notified = false;
  let webhookError: string | null = null;
  if (options.notifyWebhook) {
    const text = webhookText(request, host, { displayPath, artifactName, artifactId, uploadError });
    webhookError = await postWebhook(options.notifyWebhook, text, {
      ...(deps.fetch && { fetch: deps.fetch }),
      ...(deps.webhookTimeoutMs !== undefined && { timeoutMs: deps.webhookTimeoutMs }),
    });
    notified = webhookError === null;
    if (webhookError !== null) {
      host.warning(`Could not notify the webhook about the fallback: ${webhookError}.`, {
        title: 'audit-gate: webhook failed',
      });
    }
  }

  return {
    path: file,
    displayPath,
    artifactName,
    artifactId,
    retentionDays: options.retentionDays,
    hits: request.hits.length,
    uploadError,
    notified,
    webhookError,
  };
}

function fallbackRecord(request: FallbackRequest, host: Host, now: Date): FallbackRecord {
  const { repository, runId, runAttempt } = host.context;
  return {
    reason: request.reason,
    ...(request.detail ? { detail: request.detail } : {}),
    created_at: now.toISOString(),
    ...(repository ? { repository } : {}),
    ...(runId ? { run_id: runId } : {}),
    ...(runAttempt ? { run_attempt: runAttempt } : {}),
    source_hits: request.source.org_unregistered_hits.length,
    signature_removed: request.source.signature !== undefined,
  };
}

/** The Slack-compatible message: repository, run, reason and where the copy is. */
function webhookText(
  request: FallbackRequest,
  host: Host,
  upload: Pick<FallbackResult, 'displayPath' | 'artifactName' | 'artifactId' | 'uploadError'>,
): string {
  const { repository, runId, runAttempt, serverUrl } = host.context;
  const run =
    repository && runId
      ? `${repository}, run ${runId} (attempt ${runAttempt}): ${serverUrl}/${repository}/actions/runs/${runId}`
      : `${repository || 'a local run'}`;
  const artifact =
    upload.uploadError === null
      ? `workflow artifact ${upload.artifactName}${upload.artifactId === null ? '' : ` (id ${upload.artifactId})`}`
      : `${upload.displayPath} on the runner (the upload of ${upload.artifactName} failed)`;
  return [
    `audit-gate kept ${plural(request.hits.length, 'finding')} in a redacted fallback copy instead of filing them.`,
    `Repository: ${run}`,
    `Reason: ${request.reason}${request.detail ? ` (${request.detail})` : ''}`,
    `Copy: ${artifact}`,
  ]
    .map(escapeSlack)
    .join('\n');
}
