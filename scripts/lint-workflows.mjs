#!/usr/bin/env node
/**
 * Lints the GitHub Actions YAML of this repository:
 *   node scripts/lint-workflows.mjs            # .github/workflows/*.yml, action.yml, docs examples
 *   node scripts/lint-workflows.mjs FILE...    # only these (a name ending in action.yml is an action)
 *
 * 1. Schema: every file is checked by action-validator (the SchemaStore schemas for workflows
 *    and actions, compiled to WebAssembly; it reads nothing from the network).
 * 2. This action: every `uses: ./` (or `<owner>/audit-gate@<ref>`) step passes only inputs action.yml declares, and every
 *    required one; a misspelt input is otherwise silently ignored by the runner.
 * 3. `${{ inputs.NAME }}` in a workflow names an input its `workflow_dispatch` declares.
 * Workflow examples in docs/*.md (```yaml blocks with `on:` and `jobs:`) are linted too, so
 * the documentation cannot show a workflow that does not validate.
 * Exit 0 when everything passes, 1 otherwise.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const { validateAction, validateWorkflow } = require('@action-validator/core');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Files to lint: `{ label, text, kind }`. */
function defaultTargets() {
  const targets = [];
  const workflows = path.join(ROOT, '.github/workflows');
  for (const name of readdirSync(workflows).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const file = path.join(workflows, name);
    targets.push({
      label: path.relative(ROOT, file),
      text: readFileSync(file, 'utf8'),
      kind: 'workflow',
    });
  }
  targets.push({
    label: 'action.yml',
    text: readFileSync(path.join(ROOT, 'action.yml'), 'utf8'),
    kind: 'action',
  });
  const docs = path.join(ROOT, 'docs');
  if (existsSync(docs)) {
    for (const name of readdirSync(docs).sort()) {
      if (name.endsWith('.md')) targets.push(...docExamples(path.join(docs, name)));
    }
  }
  return targets;
}

/** ```yaml blocks that are whole workflows (they have `on:` and `jobs:` at the top level). */
export function docExamples(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const examples = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    const text = lines.slice(start, end).join('\n');
    if (/^on:/m.test(text) && /^jobs:/m.test(text)) {
      examples.push({ label: `${path.relative(ROOT, file)}:${start + 1}`, text, kind: 'workflow' });
    }
    i = end;
  }
  return examples;
}

function flatten(errors, out = []) {
  for (const error of errors) {
    const nested = error.states?.flatMap((state) => state.errors) ?? [];
    if (nested.length > 0) flatten(nested, out);
    else {
      const where = error.path ?? (error.location ? `line ${error.location.line}` : '');
      out.push(`${where}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`);
    }
  }
  return [...new Set(out)];
}

function schemaProblems({ text, kind }) {
  let source = text;
  if (kind === 'action') {
    // action-validator 0.6.0's action schema predates the node24 runtime GitHub added in 2025;
    // check everything else with the one value it does not know swapped for one it knows.
    source = text.replace(/^(\s+using:\s*)['"]?node24['"]?\s*$/m, '$1node20');
  }
  const state = kind === 'action' ? validateAction(source) : validateWorkflow(source);
  return flatten(state.errors);
}

function actionInputs() {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
  return action.inputs ?? {};
}

/** `./` in this repository's workflows; `<owner>/audit-gate@<ref>` in the docs' examples. */
function isThisAction(uses) {
  return uses === './' || (typeof uses === 'string' && /^[\w.-]+\/audit-gate@[\w.-]+$/.test(uses));
}

function semanticProblems({ text, kind }, inputs) {
  if (kind !== 'workflow') return [];
  let doc;
  try {
    doc = parse(text);
  } catch {
    return []; // The schema check has reported the syntax error.
  }
  const problems = [];
  for (const [jobId, job] of Object.entries(doc?.jobs ?? {})) {
    for (const [index, step] of (job?.steps ?? []).entries()) {
      if (!isThisAction(step?.uses)) continue;
      const given = Object.keys(step.with ?? {});
      for (const name of given) {
        if (!(name in inputs)) {
          problems.push(`/jobs/${jobId}/steps/${index}: input '${name}' is not in action.yml`);
        }
      }
      for (const [name, spec] of Object.entries(inputs)) {
        if (spec?.required === true && !given.includes(name)) {
          problems.push(`/jobs/${jobId}/steps/${index}: required input '${name}' is missing`);
        }
      }
    }
  }
  const on = doc?.on;
  const dispatch = on && typeof on === 'object' ? on.workflow_dispatch : undefined;
  const declared = new Set(Object.keys(dispatch?.inputs ?? {}));
  for (const match of text.matchAll(/\binputs\.([A-Za-z_][\w-]*)/g)) {
    if (!declared.has(match[1])) {
      problems.push(`inputs.${match[1]} is used but workflow_dispatch declares no such input`);
    }
  }
  return [...new Set(problems)];
}

function main(argv) {
  const targets =
    argv.length > 0
      ? argv.map((file) => ({
          label: file,
          text: readFileSync(file, 'utf8'),
          kind: /(^|\/)action\.ya?ml$/.test(file) ? 'action' : 'workflow',
        }))
      : defaultTargets();
  const inputs = actionInputs();
  let failed = 0;
  for (const target of targets) {
    const problems = [...schemaProblems(target), ...semanticProblems(target, inputs)];
    if (problems.length === 0) {
      console.log(`ok    ${target.label}`);
      continue;
    }
    failed++;
    console.log(`FAIL  ${target.label}`);
    for (const problem of problems) console.log(`      ${problem}`);
  }
  console.log(`workflow lint: ${targets.length - failed} of ${targets.length} file(s) clean`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
