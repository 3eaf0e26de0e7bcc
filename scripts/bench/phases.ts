/**
 * Where a `file` run's own time goes, phase by phase, in one process on the same artifact as
 * the scale runs: the parse, grouping, counting the individual plan (`planCost`, which the
 * quota decision needs), the individual plan itself, and the digest plan. No GitHub: the plans
 * are pure. Run by scripts/bench/scale.mjs through tsx; prints one JSON object.
 */
import { readFileSync } from 'node:fs';
import type { ConsumerArtifact } from '../../src/gate/artifact.js';
import { groupHits } from '../../src/filer/group.js';
import { planCost, planFiling } from '../../src/filer/plan.js';
import type { PlanOptions } from '../../src/filer/types.js';
import { median } from './measure.mjs';

const [file, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 5);
const options: Omit<PlanOptions, 'mode'> = {
  labels: ['audit-gate'],
  fpLabel: 'false-positive',
  auditId: 'bench',
  autoClose: true,
  scope: { complete: true },
};

const timed = <T>(fn: () => T): [T, number] => {
  const started = performance.now();
  const result = fn();
  return [result, performance.now() - started];
};

const samples: Record<'parse' | 'group' | 'count' | 'individual' | 'digest', number[]> = {
  parse: [],
  group: [],
  count: [],
  individual: [],
  digest: [],
};
let groups = 0;
for (let round = 0; round < rounds; round++) {
  const text = readFileSync(file!, 'utf8');
  const [artifact, parse] = timed(() => JSON.parse(text) as ConsumerArtifact);
  const [grouped, group] = timed(() => groupHits(artifact.org_unregistered_hits, 'repo'));
  const plan = (mode: PlanOptions['mode']) =>
    timed(() => planFiling({ groups: grouped, issues: [], options: { ...options, mode } }))[1];
  samples.parse.push(parse);
  samples.group.push(group);
  samples.count.push(
    timed(() =>
      planCost({ groups: grouped, issues: [], options: { ...options, mode: 'individual' } }),
    )[1],
  );
  samples.individual.push(plan('individual'));
  samples.digest.push(plan('digest'));
  groups = grouped.length;
}
process.stdout.write(
  `${JSON.stringify({
    groups,
    rounds,
    ms: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])),
  })}\n`,
);
