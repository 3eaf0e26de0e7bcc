import type { Host } from '../host.js';
import { ConfigurationError } from '../errors.js';
import { resolvePath, type InputReader } from '../options.js';

export interface PurgeOptions {
  readonly token: string;
  /** `owner/name` whose workflow artifacts are purged. */
  readonly repository: string;
  /** Absolute path of the directory holding local `fallback_*.json` copies. */
  readonly fallbackDir: string;
  /** Uploads are named `<artifactName>-<run_id>-<attempt>`; purge matches `<artifactName>-`. */
  readonly artifactName: string;
  readonly ttlDays: number;
  readonly maxDeletions: number;
  readonly dryRun: boolean;
}

const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

export function parsePurgeOptions(host: Host, input: InputReader): PurgeOptions {
  const token = input.string('token');
  if (token === '') {
    throw new ConfigurationError(
      "Input 'token' is empty: mode 'purge' needs a token with actions: write (the default is ${{ github.token }}).",
    );
  }
  const repository = input.string('repository') || host.context.repository;
  if (!REPOSITORY.test(repository)) {
    throw new ConfigurationError(`Input 'repository' must be owner/name, got '${repository}'.`);
  }
  return {
    token,
    repository,
    fallbackDir: resolvePath(host, input.string('fallback-dir')),
    // Never empty: an empty input takes the action.yml default.
    artifactName: input.string('artifact-name'),
    ttlDays: input.integer('ttl-days', 1, 400),
    maxDeletions: input.integer('max-deletions', 1, 10_000),
    dryRun: input.boolean('dry-run'),
  };
}
