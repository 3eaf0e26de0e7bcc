/**
 * Shared state of the local GitHub (test infrastructure, never bundled).
 * The REST API (server.ts) and the Actions results service (results-service.ts) both read and
 * write the workflow artifacts here, so an upload through @actions/artifact shows up in
 * `GET /repos/{owner}/{repo}/actions/artifacts` and a purge deletes it.
 */

export interface StoredWorkflowArtifact {
  id: number;
  /** Twirp/backend id, as @actions/artifact sees it (string of `id`). */
  name: string;
  /** Repository `owner/name` the artifact belongs to. */
  repository: string;
  workflowRunId: number;
  workflowJobRunId: number;
  createdAt: Date;
  expiresAt: Date | null;
  /** Finalized artifacts are listed; unfinalized ones are not (as on GitHub). */
  finalized: boolean;
  sizeInBytes: number;
  /** The uploaded zip (committed blocks joined in block-list order). */
  zip: Buffer | null;
  /** Blocks staged with `PUT ?comp=block`, by block id, until `?comp=blocklist` commits them. */
  stagedBlocks: Map<string, Buffer>;
  digest: string | null;
}

export class ArtifactStore {
  private nextId = 1000;
  readonly artifacts = new Map<number, StoredWorkflowArtifact>();

  add(
    init: Omit<StoredWorkflowArtifact, 'id' | 'stagedBlocks'> & { id?: number },
  ): StoredWorkflowArtifact {
    const id = init.id ?? this.nextId++;
    if (id >= this.nextId) this.nextId = id + 1;
    const artifact: StoredWorkflowArtifact = { ...init, id, stagedBlocks: new Map() };
    this.artifacts.set(id, artifact);
    return artifact;
  }

  delete(id: number): boolean {
    return this.artifacts.delete(id);
  }

  list(repository: string): StoredWorkflowArtifact[] {
    return [...this.artifacts.values()]
      .filter((a) => a.repository === repository && a.finalized)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
  }
}
