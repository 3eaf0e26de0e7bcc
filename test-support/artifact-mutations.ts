/**
 * fast-check arbitraries for artifacts that are almost right: a valid native or SARIF fixture,
 * signed or not, then changed a few times: a member dropped or replaced, an unknown or
 * `__proto__` key added, a number too large for a double, a value nested hundreds deep.
 * The text is returned, because some of these (1e400, deep nesting) cannot be built as values.
 */
import fc from 'fast-check';
import { parseKeyRing, signDocument } from '../src/gate/signature.js';
import { fixtureJson, signWithOracle } from './artifacts.js';

export type DocumentKind = 'native' | 'sarif';

export interface MutatedDocument {
  readonly kind: DocumentKind;
  readonly text: string;
  /** What was done, for reading a counterexample. */
  readonly steps: readonly string[];
}

const SOURCES: Record<DocumentKind, readonly string[]> = {
  native: [
    'artifacts/good/full.json',
    'artifacts/good/minimal.json',
    'artifacts/good/zero-hits.json',
  ],
  sarif: ['artifacts/sarif/codeql.sarif.json', 'artifacts/sarif/semgrep.sarif.json'],
};

/** Numbers JSON can spell but a double cannot hold exactly, or at all. */
const AWKWARD_NUMBERS = [
  '1e400',
  '-1e400',
  '1e-400',
  '-0',
  '123456789012345678901234567890',
  '9007199254740993',
  '0.1e1',
  '1E2',
  '4294967296',
];

const AWKWARD_KEYS = ['__proto__', 'constructor', 'toString', 'prototype', '', '0', ' repo'];

type Step =
  | { op: 'drop'; pick: number }
  | { op: 'replace'; pick: number; value: unknown }
  | { op: 'add-key'; pick: number; key: string; value: unknown }
  | { op: 'number'; pick: number; raw: string }
  | { op: 'nest'; pick: number; depth: number; array: boolean };

const smallJson = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.jsonValue({ maxDepth: 1, stringUnit: 'binary' }),
  fc.constantFrom('', 'org/a', 'a'.repeat(70_000), '2026-11-25T02:00:00Z', 0, -1, 1.5, 2 ** 53),
);

const arbStep: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), pick: fc.nat(), value: smallJson }),
  fc.record({
    op: fc.constant('add-key' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.constantFrom(...AWKWARD_KEYS), fc.string({ maxLength: 8 })),
    value: smallJson,
  }),
  fc.record({
    op: fc.constant('number' as const),
    pick: fc.nat(),
    raw: fc.constantFrom(...AWKWARD_NUMBERS),
  }),
  fc.record({
    op: fc.constant('nest' as const),
    pick: fc.nat(),
    depth: fc.oneof(fc.integer({ min: 1, max: 70 }), fc.integer({ min: 60, max: 3000 })),
    array: fc.boolean(),
  }),
);

type Path = readonly (string | number)[];

/** Every path to a value below the root, in a stable order. */
function pathsOf(value: unknown, prefix: Path = [], into: Path[] = []): Path[] {
  if (typeof value !== 'object' || value === null) return into;
  for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
    const path = [...prefix, key];
    into.push(path);
    pathsOf((value as Record<string | number, unknown>)[key], path, into);
  }
  return into;
}

function containerAt(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  return node;
}

/** Own data property, even for `__proto__` (an assignment would set the prototype). */
function put(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Placeholders swapped for raw JSON text once the value is serialised. */
const RAW = (i: number): string => `@@raw-${i}@@`;

/** Applies `steps`; returns the raw text owed to each placeholder. */
function apply(root: Record<string, unknown>, steps: readonly Step[], log: string[]): string[] {
  const raws: string[] = [];
  for (const step of steps) {
    const paths = pathsOf(root);
    if (paths.length === 0) {
      put(root, 'schema_version', '1.0');
      continue;
    }
    const path = paths[step.pick % paths.length]!;
    const parent = containerAt(root, path.slice(0, -1));
    const key = path.at(-1)!;
    const where = `/${path.join('/')}`;
    switch (step.op) {
      case 'drop':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        log.push(`drop ${where}`);
        break;
      case 'replace':
        put(parent, key, step.value);
        log.push(`replace ${where} with ${JSON.stringify(step.value)?.slice(0, 60)}`);
        break;
      case 'add-key': {
        const target = parent[key];
        const object =
          typeof target === 'object' && target !== null && !Array.isArray(target)
            ? (target as Record<string, unknown>)
            : Array.isArray(parent)
              ? root
              : parent;
        put(object, step.key, step.value);
        log.push(`add key ${JSON.stringify(step.key)} near ${where}`);
        break;
      }
      case 'number':
        raws.push(step.raw);
        put(parent, key, RAW(raws.length - 1));
        log.push(`number ${step.raw} at ${where}`);
        break;
      case 'nest': {
        const inner = JSON.stringify(parent[key]) ?? 'null';
        raws.push(
          step.array
            ? `${'['.repeat(step.depth)}${inner}${']'.repeat(step.depth)}`
            : `${'{"a":'.repeat(step.depth)}${inner}${'}'.repeat(step.depth)}`,
        );
        put(parent, key, RAW(raws.length - 1));
        log.push(`nest ${where} ${step.depth} deep`);
        break;
      }
    }
  }
  return raws;
}

type Signing = 'none' | 'before' | 'after';

function sign(
  kind: DocumentKind,
  document: Record<string, unknown>,
  key: string,
): Record<string, unknown> {
  try {
    return kind === 'native'
      ? signWithOracle(document, key)
      : signDocument(document, 'sarif', parseKeyRing(key));
  } catch {
    // What cannot be canonicalised (a lone surrogate) cannot be signed: left unsigned.
    return document;
  }
}

/**
 * A fixture of `kind` (either, by default) changed by one to three steps. With a key, it is
 * sometimes signed before the changes (so it fails verification) and sometimes after (so only
 * the schema stands between it and exit 0).
 */
export function mutatedDocument(
  key: string | null,
  kind?: DocumentKind,
): fc.Arbitrary<MutatedDocument> {
  const kinds: DocumentKind[] = kind ? [kind] : ['native', 'sarif'];
  const signing: Signing[] = key === null ? ['none'] : ['none', 'before', 'after', 'after'];
  return fc
    .record({
      kind: fc.constantFrom(...kinds),
      source: fc.nat(),
      signing: fc.constantFrom(...signing),
      steps: fc.array(arbStep, { minLength: 0, maxLength: 3 }),
    })
    .map(({ kind: chosen, source, signing: when, steps }) => {
      const files = SOURCES[chosen];
      let document = fixtureJson(files[source % files.length]!);
      const log: string[] = [files[source % files.length]!, `signed ${when}`];
      if (key !== null && when === 'before') document = sign(chosen, document, key);
      // Copied through JSON, which keeps an own `__proto__` member as a member.
      document = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
      const raws = apply(document, steps, log);
      if (key !== null && when === 'after') document = sign(chosen, document, key);
      let text = JSON.stringify(document);
      // Latest first: a later nesting step may have wrapped an earlier placeholder.
      for (let i = raws.length - 1; i >= 0; i--) {
        text = text.replace(JSON.stringify(RAW(i)), () => raws[i]!);
      }
      return { kind: chosen, text, steps: log };
    });
}
