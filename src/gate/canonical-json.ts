/**
 * RFC 8785 (JCS) canonical JSON: the text the artifact HMAC is computed over.
 *
 * JSON.stringify already writes numbers (ECMAScript Number::toString, `-0` as `0`) and string
 * escapes exactly as RFC 8785 requires, and it is native; only the order of object members
 * differs. Serialising value by value in JavaScript instead (the `canonicalize` package) costs
 * about 5x JSON.parse on a large artifact. So the usual route copies whatever is out of order,
 * inserting each object's keys in UTF-16 code-unit order, the order JSON.stringify then
 * enumerates, and lets JSON.stringify write the result: about one JSON.parse in all (see
 * scripts/bench-canonical.ts).
 *
 * Insertion order is not enumeration order for integer-like keys ("1", "10"): JavaScript lists
 * them first, in numeric order. A value holding one takes a slower route: a JSON.stringify
 * property list (it fixes the order of every object's members, but looks up every listed key
 * on every object, so it only pays off with few distinct keys), else member by member.
 */

/** Deeper than this is refused; the gate itself accepts far less (it checks depth first). */
export const MAX_CANONICAL_DEPTH = 1000;

export type CanonicalRoute = 'sorted-copy' | 'property-list' | 'member-by-member';

/** The property list route does `objects x distinct keys` look-ups; past this it loses. */
const LOOKUPS_PER_MEMBER = 4;
const FREE_LOOKUPS = 256;

type JsonObject = Record<string, unknown>;
type JsonContainer = JsonObject | unknown[];

/**
 * The RFC 8785 canonical form of a value JSON.parse can produce. Throws a TypeError for what
 * JSON cannot hold (undefined, functions, symbols, bigints, NaN, Infinity, class instances) and
 * for lone surrogates (RFC 8785 requires I-JSON), a RangeError past MAX_CANONICAL_DEPTH.
 */
export function canonicalJson(value: unknown): string {
  return canonicalJsonBy('sorted-copy', value);
}

/**
 * canonicalJson by a chosen route, so tests and the benchmark can drive each one. A route that
 * cannot serve the value (integer-like keys for the sorted copy, too many distinct keys for the
 * property list) hands it to the next, so the result is the same whatever the route.
 */
export function canonicalJsonBy(route: CanonicalRoute, value: unknown): string {
  return checkWellFormed(serialize(route, value));
}

/** The route canonicalJson takes for a value (null for a primitive). */
export function canonicalRoute(value: unknown): CanonicalRoute | null {
  if (!isContainer(value)) return null;
  if (trySortedCopy(value) !== INTEGER_LIKE_KEY) return 'sorted-copy';
  return propertyListPays(surveyKeys(value)) ? 'property-list' : 'member-by-member';
}

function serialize(route: CanonicalRoute, value: unknown): string {
  if (!isContainer(value)) return serializePrimitive(value);
  if (route === 'sorted-copy') {
    const copy = trySortedCopy(value);
    if (copy !== INTEGER_LIKE_KEY) return JSON.stringify(copy);
  }
  if (route !== 'member-by-member') {
    const survey = surveyKeys(value);
    if (propertyListPays(survey)) return JSON.stringify(value, [...survey.keys].sort());
  }
  return serializeMemberByMember(value);
}

// ---- streaming --------------------------------------------------------------------------------

/** Arrays longer than this are written in batches of this many elements. */
const STREAM_BATCH = 512;
/** Chunks handed to the writer: large enough that the per-call cost vanishes. */
const STREAM_CHUNK = 1 << 20;

/**
 * The same text as canonicalJson, handed to `write` in chunks, so a large artifact's canonical
 * form never exists whole in memory and its hit objects are never copied all at once: the
 * HMAC of a 30 MB artifact then costs its hash, not a second copy of the artifact. The
 * top-level members and long arrays are walked here (the member-by-member rules: keys sorted
 * explicitly); everything below them takes canonicalJson's own routes, sharing one shape cache.
 */
export function writeCanonicalJson(value: unknown, write: (chunk: string) => void): void {
  const shapes: (Shape | undefined)[] = [];
  let buffer = '';
  const emit = (text: string): void => {
    buffer += text;
    if (buffer.length >= STREAM_CHUNK) {
      write(buffer);
      buffer = '';
    }
  };
  streamNode(value, 1, shapes, emit);
  if (buffer !== '') write(buffer);
}

function streamNode(
  node: unknown,
  depth: number,
  shapes: (Shape | undefined)[],
  emit: (text: string) => void,
): void {
  if (!isContainer(node)) {
    emit(checkWellFormed(serializePrimitive(node)));
    return;
  }
  if (depth > MAX_CANONICAL_DEPTH) throw tooDeep();
  if (Array.isArray(node)) {
    if (node.length <= STREAM_BATCH) {
      emit(checkWellFormed(serializeSharing(node, depth, shapes)));
      return;
    }
    // In batches: one JSON.stringify per batch rather than per element or per artifact.
    emit('[');
    for (let i = 0; i < node.length; i += STREAM_BATCH) {
      const batch = serializeSharing(node.slice(i, i + STREAM_BATCH), depth, shapes);
      emit(`${i > 0 ? ',' : ''}${checkWellFormed(batch.slice(1, -1))}`);
    }
    emit(']');
    return;
  }
  if (depth > 1) {
    emit(checkWellFormed(serializeSharing(node, depth, shapes)));
    return;
  }
  // The default sort compares UTF-16 code units, as RFC 8785 requires, integer-like keys too.
  const keys = Object.keys(node).sort();
  emit('{');
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    emit(`${i > 0 ? ',' : ''}${checkWellFormed(JSON.stringify(key))}:`);
    streamNode(node[key], depth + 1, shapes, emit);
  }
  emit('}');
}

/** canonicalJson of a value below the streamed levels, reusing the caller's shape cache. */
function serializeSharing(
  node: JsonContainer,
  depth: number,
  shapes: (Shape | undefined)[],
): string {
  try {
    return JSON.stringify(copyContainer(node, depth, shapes));
  } catch (error) {
    if (error instanceof IntegerLikeKey) return serialize('property-list', node);
    throw error;
  }
}

// ---- the sorted copy --------------------------------------------------------------------------

const INTEGER_LIKE_KEY: unique symbol = Symbol('integer-like key');

/** Raised inside the copy to abandon it at once; never escapes this module. */
class IntegerLikeKey {}

/**
 * The sorted order of one object shape. Objects at the same depth usually share a shape (every
 * hit has the same keys in the same order), so the last one seen at each depth is remembered:
 * comparing keys with it is cheaper than sorting them again.
 */
interface Shape {
  readonly keys: readonly string[];
  readonly sorted: readonly string[];
  /** The keys are already sorted: such an object needs copying only if a member does. */
  readonly inOrder: boolean;
}

function trySortedCopy(
  value: JsonContainer,
  shapes: (Shape | undefined)[] = [],
): JsonContainer | typeof INTEGER_LIKE_KEY {
  try {
    return copyContainer(value, 1, shapes);
  } catch (error) {
    if (error instanceof IntegerLikeKey) return INTEGER_LIKE_KEY;
    throw error;
  }
}

/**
 * Recursion is safe here: depth is checked before each level, far below the stack's limit.
 * What is already in canonical order (say, from a producer that sorts its keys) is returned as
 * it is, so only what must move is copied.
 */
function copyContainer(
  node: JsonContainer,
  depth: number,
  shapes: (Shape | undefined)[],
): JsonContainer {
  if (depth > MAX_CANONICAL_DEPTH) throw tooDeep();
  if (Array.isArray(node)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < node.length; i++) {
      const child: unknown = node[i];
      const element = isContainer(child) ? copyContainer(child, depth + 1, shapes) : checked(child);
      if (copy !== null) copy.push(element);
      else if (element !== child) {
        copy = node.slice(0, i);
        copy.push(element);
      }
    }
    return copy ?? node;
  }
  const keys = Object.keys(node);
  const shape = sameShape(shapes[depth], keys) ?? (shapes[depth] = newShape(keys));
  const sorted = shape.sorted;
  let copy: JsonObject | null = shape.inOrder ? null : {};
  for (let i = 0; i < sorted.length; i++) {
    const key = sorted[i] as string;
    const child = node[key];
    const member = isContainer(child) ? copyContainer(child, depth + 1, shapes) : checked(child);
    if (copy === null) {
      if (member === child) continue;
      copy = {};
      for (const earlier of sorted.slice(0, i)) setMember(copy, earlier, node[earlier]);
    }
    setMember(copy, key, member);
  }
  return copy ?? node;
}

/** Assigning `__proto__` would set the copy's prototype rather than add a member. */
function setMember(target: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else target[key] = value;
}

function sameShape(shape: Shape | undefined, keys: readonly string[]): Shape | undefined {
  if (shape === undefined || shape.keys.length !== keys.length) return undefined;
  for (let i = 0; i < keys.length; i++) if (shape.keys[i] !== keys[i]) return undefined;
  return shape;
}

function newShape(keys: readonly string[]): Shape {
  if (keys.some(isIntegerLike)) throw new IntegerLikeKey();
  // The default sort compares UTF-16 code units, which is the order RFC 8785 requires.
  const sorted = [...keys].sort();
  return { keys, sorted, inOrder: sorted.every((key, i) => key === keys[i]) };
}

/** Loosely: "01" is not an array index, but treating it as one only costs a slower route. */
function isIntegerLike(key: string): boolean {
  return /^[0-9]+$/.test(key);
}

// ---- the property list ------------------------------------------------------------------------

interface KeySurvey {
  readonly keys: ReadonlySet<string>;
  readonly objects: number;
  readonly members: number;
}

function surveyKeys(root: JsonContainer): KeySurvey {
  const keys = new Set<string>();
  let objects = 0;
  let members = 0;
  // An explicit stack: this route also serves values the copy above gave up on.
  const stack: [JsonContainer, number][] = [[root, 1]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > MAX_CANONICAL_DEPTH) throw tooDeep();
    const children = Array.isArray(node) ? node : Object.values(node);
    if (!Array.isArray(node)) {
      objects++;
      for (const key of Object.keys(node)) keys.add(key);
      members += children.length;
    }
    for (const child of children) {
      if (isContainer(child)) stack.push([child, depth + 1]);
      else checked(child);
    }
  }
  return { keys, objects, members };
}

/**
 * A property list is looked up with an ordinary Get, which also finds inherited members: an
 * object without its own `__proto__` would print Object.prototype's. (Inherited functions such
 * as `toString` are harmless: JSON.stringify skips function values.)
 */
function propertyListPays(survey: KeySurvey): boolean {
  if (survey.objects * survey.keys.size > LOOKUPS_PER_MEMBER * survey.members + FREE_LOOKUPS) {
    return false;
  }
  for (const key of survey.keys) {
    if (key in Object.prototype && typeof Reflect.get(Object.prototype, key) !== 'function') {
      return false;
    }
  }
  return true;
}

// ---- member by member -------------------------------------------------------------------------

/** The always-correct route: members written one by one, keys sorted explicitly. */
function serializeMemberByMember(root: JsonContainer): string {
  interface Frame {
    readonly node: JsonContainer;
    /** Sorted keys of an object; null for an array. */
    readonly keys: readonly string[] | null;
    next: number;
  }
  const parts: string[] = [];
  const stack: Frame[] = [];
  const open = (node: JsonContainer): void => {
    if (stack.length >= MAX_CANONICAL_DEPTH) throw tooDeep();
    const keys = Array.isArray(node) ? null : Object.keys(node).sort();
    parts.push(keys === null ? '[' : '{');
    stack.push({ node, keys, next: 0 });
  };
  open(root);
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    const { node, keys } = frame;
    const length = keys === null ? (node as unknown[]).length : keys.length;
    if (frame.next === length) {
      parts.push(keys === null ? ']' : '}');
      stack.pop();
      continue;
    }
    const index = frame.next++;
    if (index > 0) parts.push(',');
    let child: unknown;
    if (keys === null) child = (node as unknown[])[index];
    else {
      const key = keys[index] as string;
      parts.push(JSON.stringify(key), ':');
      child = (node as JsonObject)[key];
    }
    if (isContainer(child)) open(child);
    else parts.push(serializePrimitive(child));
  }
  return parts.join('');
}

// ---- values -----------------------------------------------------------------------------------

function isContainer(value: unknown): value is JsonContainer {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return true;
  // Dates, Maps, boxed primitives: JSON.parse never makes them, and JSON.stringify would
  // print them by rules (toJSON, valueOf) that RFC 8785 does not cover.
  throw notJson(value);
}

/** A JSON primitive, returned as is; anything else is a TypeError. */
function checked(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(value)) return value;
      break;
    case 'object':
      if (value === null) return value;
      break;
  }
  throw notJson(value);
}

function serializePrimitive(value: unknown): string {
  return JSON.stringify(checked(value));
}

/**
 * JSON.stringify writes a lone surrogate as a `\udXXX` escape, which RFC 8785 (I-JSON) does
 * not allow. Searching the output once is cheaper than testing every string. The escape must
 * follow an even run of backslashes, or its backslash is the second half of an escaped `\\`.
 */
function checkWellFormed(json: string): string {
  if (json.includes('\\ud') && /(?<!\\)(?:\\\\)*\\ud[89a-f][0-9a-f]{2}/.test(json)) {
    throw new TypeError('cannot canonicalise a string holding a lone surrogate (RFC 8785)');
  }
  return json;
}

function notJson(value: unknown): TypeError {
  const what =
    typeof value === 'number'
      ? String(value)
      : typeof value === 'object' && value !== null
        ? `a ${value.constructor?.name ?? 'non-plain object'}`
        : typeof value;
  return new TypeError(`cannot canonicalise ${what}: not a JSON value`);
}

function tooDeep(): RangeError {
  return new RangeError(`cannot canonicalise a value nested deeper than ${MAX_CANONICAL_DEPTH}`);
}
