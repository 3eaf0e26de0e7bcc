// A synthetic consumer artifact of the size the benchmarks need, deterministic for a seed.
import { createHmac } from 'node:crypto';
import canonicalize from 'canonicalize';

const PATTERNS = ['LegacyClient(', 'md5(', 'eval(', 'pickle.loads(', 'verify=False', 'os.system('];

export function makeArtifact({ hits, repos, key = null, kid = 'k1' }) {
  const list = new Array(hits);
  for (let i = 0; i < hits; i++) {
    const repo = `org/repo-${String(i % repos).padStart(5, '0')}`;
    const pattern = PATTERNS[i % PATTERNS.length];
    list[i] = {
      repo,
      path: `src/module_${i % 97}/file_${i % 1013}.py`,
      line_number: 1 + (i % 4000),
      pattern,
      snippet: `    result = ${pattern}config.get("value_${i}"), timeout=30)  # legacy call kept for compatibility with the old client`,
      commit: (i * 2654435761).toString(16).padStart(40, '0').slice(-40),
    };
  }
  const artifact = {
    schema_version: '1.0',
    audit_id: `bench-${hits}-${repos}`,
    generated_at: '2026-11-25T02:00:00Z',
    source: { repository: 'org/scanner', run_id: '123', commit: 'a'.repeat(40) },
    scope: { complete: true },
    org_unregistered_hits: list,
  };
  if (key) {
    const value = createHmac('sha256', key).update(canonicalize(artifact)).digest('hex');
    artifact.signature = { alg: 'HMAC-SHA256', kid, value };
  }
  return artifact;
}
