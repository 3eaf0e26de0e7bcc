/**
 * After a run has created issues, it lists again and closes every extra issue of a
 * fingerprint (or digest) as a duplicate of the oldest. Two runs that raced both created an
 * issue for the same group; whichever lists last sees both, and both agree which one is the
 * oldest, so the repository converges to one open issue per group.
 */
import { CALLS } from './plan.js';
import { canonicalIssue, duplicatesOf, indexOwned } from './owned.js';
import { listOwnedIssues, sinceListing } from './read-state.js';
import type { Executor, ExecutorContext } from './execute.js';
import type { ExistingIssue } from './types.js';

/**
 * With the run's first listing (`earlier`) and GitHub's time of it (`ctx.listedAt`), only
 * issues updated since then are listed again: every issue a racing run created is among them,
 * and the rest is as the first listing saw it. So a repository with thousands of owned issues pays one page, not all of
 * them again. Only fingerprints with such an issue are looked at: duplicates among the others
 * were already in the plan (and the budget may have deferred closing them).
 */
export async function closeRaceDuplicates(
  executor: Executor,
  ctx: ExecutorContext,
  earlier?: readonly ExistingIssue[],
): Promise<number> {
  const since = sinceListing(ctx.listedAt);
  const { issues: fresh } = await listOwnedIssues(
    ctx.client,
    ctx.repository,
    ctx.ownerLabel,
    since,
  );
  let issues: readonly ExistingIssue[] = fresh;
  let touched: ((kind: 'findings' | 'digest', key: string) => boolean) | null = null;
  if (since !== undefined && earlier !== undefined) {
    const merged = new Map(earlier.map((i) => [i.number, i]));
    for (const issue of fresh) merged.set(issue.number, issue);
    issues = [...merged.values()];
    const recent = indexOwned(fresh, ctx.ownerLabel);
    touched = (kind, key) => (kind === 'digest' ? recent.digests : recent.groups).has(key);
  }
  const index = indexOwned(issues, ctx.ownerLabel);
  let closed = 0;
  for (const [kind, map] of [
    ['findings', index.groups],
    ['digest', index.digests],
  ] as const) {
    for (const [key, list] of map) {
      if (touched !== null && !touched(kind, key)) continue;
      const canonical = canonicalIssue(list);
      if (canonical === null) continue;
      for (const duplicate of duplicatesOf(list, canonical)) {
        const comment =
          kind === 'digest'
            ? `Closed as a duplicate of #${canonical.number}, the digest of the same audit.`
            : `Closed as a duplicate of #${canonical.number}, which tracks the same findings.`;
        await executor.execute(
          {
            kind: 'close-duplicate',
            issueNumber: duplicate.number,
            duplicateOf: canonical.number,
            comment,
            calls: CALLS['close-duplicate'],
          },
          [],
        );
        closed += 1;
      }
    }
  }
  return closed;
}
