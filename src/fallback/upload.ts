import path from 'node:path';
import { namePart } from './write.js';

/** Uploads one file as a workflow artifact; resolves to the artifact's id when GitHub gives one. */
export type UploadArtifact = (
  name: string,
  file: string,
  retentionDays: number,
) => Promise<{ readonly id: number | null }>;

/**
 * `<artifact-name>-<run_id>-<attempt>`: GitHub refuses a second artifact of one name in a run,
 * and a re-run attempt is the same run, so the attempt keeps each upload's name its own.
 */
export function uploadName(prefix: string, runId: string, attempt: string): string {
  return `${prefix}-${namePart(runId, 'local')}-${namePart(attempt, '1')}`;
}

/**
 * The upload through @actions/artifact (the runtime token and results URL come from the
 * runner's environment). Imported only when a fallback is uploaded: it adds about 300 ms to
 * the start-up of every run otherwise.
 */
export const uploadWithActionsArtifact: UploadArtifact = async (name, file, retentionDays) => {
  // Outside a job (the CLI on a laptop) there is nothing to upload to; @actions/artifact would
  // load, print its own lines among the CLI's outputs on stdout, and fail on the missing token.
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    throw new Error(
      'not in a GitHub Actions job (no ACTIONS_RUNTIME_TOKEN), where workflow artifacts live',
    );
  }
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const result = await new DefaultArtifactClient().uploadArtifact(
    name,
    [file],
    path.dirname(file),
    { retentionDays },
  );
  return { id: result.id ?? null };
};
