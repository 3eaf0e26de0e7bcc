/** The plan as lines of text: what dry-run prints and what the log shows before writing. */
import type { Plan, PlanOp } from './types.js';
import { plural } from '../report/markdown.js';

function describeOp(op: PlanOp): string {
  switch (op.kind) {
    case 'create':
      return `create: ${op.title} (${plural(op.hits, 'hit')})`;
    case 'update':
      return `update #${op.issueNumber}: ${op.title} (${plural(op.hits, 'hit')})`;
    case 'reopen':
      return `reopen #${op.issueNumber}: ${op.title} (${plural(op.hits, 'hit')})`;
    case 'close-resolved':
      return `close #${op.issueNumber} as completed: no hits in a complete scope`;
    case 'close-duplicate':
      return `close #${op.issueNumber} as a duplicate of #${op.duplicateOf}`;
    case 'create-digest':
      return `create digest: ${op.title}`;
    case 'update-digest':
      return `update digest #${op.issueNumber}: ${op.title}`;
    case 'create-digest-comment':
      return `add digest part ${op.part} on ${op.issueNumber === null ? 'the new digest' : `#${op.issueNumber}`}`;
    case 'update-digest-comment':
      return `update digest part ${op.part} (comment ${op.commentId}) on #${op.issueNumber}`;
  }
}

export function describePlan(plan: Plan): string[] {
  const a = plan.accounting;
  return [
    `${plan.mode} plan: ${plan.ops.length} writes, ${plan.calls} API calls; ${plan.unchanged.length} issues unchanged.`,
    ...plan.ops.map((op) => `  ${describeOp(op)}`),
    `hits: ${a.total} = ${a.filed} filed + ${a.inDigest} in the digest + ${a.suppressed} suppressed + ${a.deferred} deferred` +
      ` (${plan.suppressedGroups} groups suppressed, ${plan.newGroups} new groups).`,
  ];
}
