/**
 * After a run has created issues, it lists again and closes every extra issue of a
 * fingerprint (or digest) as a duplicate of the oldest. Two runs that raced both created an
 * issue for the same group; whichever lists last sees both, and both agree which one is the
 * oldest, so the repository converges to one open issue per group.
 */
import { CALLS } from './plan.js';
import { canonicalIssue, duplicatesOf, indexOwned } from './owned.js';
import { listOwnedIssues } from './read-state.js';
import type { Executor, ExecutorContext } from './execute.js';

export async function closeRaceDuplicates(
  executor: Executor,
  ctx: ExecutorContext,
): Promise<number> {
  const { issues } = await listOwnedIssues(ctx.client, ctx.repository, ctx.ownerLabel);
  const index = indexOwned(issues, ctx.ownerLabel);
  let closed = 0;
  for (const [kind, map] of [
    ['findings', index.groups],
    ['digest', index.digests],
  ] as const) {
    for (const list of map.values()) {
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
