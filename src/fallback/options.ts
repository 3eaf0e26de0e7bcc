import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Host } from '../host.js';
import { resolvePath, type InputReader } from '../options.js';

/** Options of the fallback, in `mode: fallback` and inside `mode: file`. */
export interface FallbackOptions {
  /** Absolute, inside the workspace. */
  readonly fallbackDir: string;
  readonly artifactName: string;
  readonly retentionDays: number;
  readonly failOnFallback: boolean;
  /** A secret (registered with the host by main): never put it in a message. */
  readonly notifyWebhook: string | null;
}

/** GitHub refuses these in artifact names (the upload-artifact action lists the same set). */
const FORBIDDEN_IN_ARTIFACT_NAME = /[":<>|*?\r\n\\/]/;

export function parseFallbackOptions(host: Host, input: InputReader): FallbackOptions {
  return {
    fallbackDir: parseFallbackDir(host, input.string('fallback-dir')),
    artifactName: parseArtifactName(input.string('artifact-name')),
    // GitHub keeps workflow artifacts for 1 to 90 days (less if the repository says so).
    retentionDays: input.integer('retention-days', 1, 90),
    failOnFallback: input.boolean('fail-on-fallback'),
    notifyWebhook: parseWebhook(input.optional('notify-webhook')),
  };
}

/**
 * `fallback-dir` resolved against the workspace, refused when it lies outside it. Purge deletes
 * `fallback_*.json` files in this directory, so a stray `..` or `/` must not point it at files
 * the action does not own; and keeping the copy in the workspace keeps it with the job.
 * The check is on the path as written (symbolic links are not followed).
 */
export function parseFallbackDir(host: Host, value: string): string {
  const workspace = path.resolve(host.context.workspace);
  const dir = resolvePath(host, value);
  const relative = path.relative(workspace, dir);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new ConfigurationError(
      `Input 'fallback-dir' must be a directory inside the workspace (${workspace}), got '${value}'.`,
    );
  }
  return dir;
}

export function parseArtifactName(value: string): string {
  if (FORBIDDEN_IN_ARTIFACT_NAME.test(value)) {
    throw new ConfigurationError(
      `Input 'artifact-name' may not contain any of " : < > | * ? \\ / or a line break, got ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

function parseWebhook(value: string | null): string | null {
  if (value === null) return null;
  let url: URL | null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  // The value is a secret: the message must not quote it.
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new ConfigurationError("Input 'notify-webhook' must be an http:// or https:// URL.");
  }
  return value;
}
