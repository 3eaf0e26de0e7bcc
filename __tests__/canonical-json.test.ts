import { describe, expect, it } from '@jest/globals';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import {
  writeCanonicalJson,
  canonicalJson,
  canonicalJsonBy,
  canonicalRoute,
  MAX_CANONICAL_DEPTH,
  type CanonicalRoute,
} from '../src/gate/canonical-json.js';

const ROUTES: CanonicalRoute[] = ['sorted-copy', 'property-list', 'member-by-member'];

/** The same value with every object's keys in reverse insertion order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse()) {
    Object.defineProperty(copy, key, {
      value: reverseKeys((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** `depth` containers, one inside the other. */
function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { level: value };
  return value;
}

/** Many objects with distinct keys: too many look-ups for the property list route. */
const MANY_KEYS = Array.from({ length: 100 }, (_, i) => ({ [`key${i}`]: i }));

describe('canonicalJson: the examples of RFC 8785', () => {
  it('serialises the sample of section 3.2.2 as section 3.2.4 shows', () => {
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`;
    const expected =
      '{"literals":[null,true,false],' +
      '"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
      '"string":"\u20ac$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}';
    for (const route of ROUTES) expect(canonicalJsonBy(route, JSON.parse(input))).toBe(expected);
  });

  it('sorts the properties of section 3.2.3 by UTF-16 code units', () => {
    const input = String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`;
    const expected =
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control",' +
      '"\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign",' +
      '"\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}';
    for (const route of ROUTES) expect(canonicalJsonBy(route, JSON.parse(input))).toBe(expected);
  });

  // RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('writes the double 0x%s as %s', (bits, text) => {
    const number = Buffer.from(bits, 'hex').readDoubleBE(0);
    expect(canonicalJson(number)).toBe(text);
    for (const route of ROUTES)
      expect(canonicalJsonBy(route, { n: [number] })).toBe(`{"n":[${text}]}`);
  });
});

describe('canonicalJson: keys JavaScript would reorder', () => {
  it('sorts integer-like keys as strings, not numbers, on every route', () => {
    const value = JSON.parse('{"b":1,"10":2,"2":3,"1":4,"":5,"01":6,"4294967295":7}');
    const expected = '{"":5,"01":6,"1":4,"10":2,"2":3,"4294967295":7,"b":1}';
    for (const route of ROUTES) expect(canonicalJsonBy(route, value)).toBe(expected);
    expect(canonicalJsonBy('sorted-copy', [MANY_KEYS, value])).toContain(expected);
  });

  it('keeps a "__proto__" member as a member on every route', () => {
    const value = JSON.parse('{"b":[{"__proto__":{"x":1},"a":2}],"__proto__":null}');
    const expected = '{"__proto__":null,"b":[{"__proto__":{"x":1},"a":2}]}';
    for (const route of ROUTES) expect(canonicalJsonBy(route, value)).toBe(expected);
    // Already in order until a later member needs sorting, so the copy starts late.
    const late = JSON.parse('{"__proto__":{"a":1},"b":{"d":1,"c":2}}');
    expect(canonicalJson(late)).toBe('{"__proto__":{"a":1},"b":{"c":2,"d":1}}');
  });

  it('sorts objects nested in objects whose own keys are already in order', () => {
    const value = { a: [1, { a: 1, b: [{ z: 1, y: 2 }] }], b: { c: { e: 1, d: 2 } } };
    const expected = '{"a":[1,{"a":1,"b":[{"y":2,"z":1}]}],"b":{"c":{"d":2,"e":1}}}';
    expect(canonicalJson(value)).toBe(expected);
    expect(value.b.c).toEqual({ e: 1, d: 2 });
    expect(Object.keys(value.b.c)).toEqual(['e', 'd']);
  });

  it('does not print members inherited from Object.prototype', () => {
    const value = JSON.parse('[{"__proto__":1},{"toString":2},{}]');
    for (const route of ROUTES) {
      expect(canonicalJsonBy(route, value)).toBe('[{"__proto__":1},{"toString":2},{}]');
    }
  });

  it('takes the sorted copy unless an integer-like key forces a slower route', () => {
    expect(canonicalRoute({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('sorted-copy');
    expect(canonicalRoute({ b: 1, a: { 2: 'x', 10: 'y' } })).toBe('property-list');
    expect(canonicalRoute([MANY_KEYS, { 2: 'x' }])).toBe('member-by-member');
    expect(canonicalRoute('text')).toBeNull();
    // Only keys of digits alone are integer-like.
    expect(canonicalRoute({ a1: 1, '1a': 2, b: [{ x9: 0 }] })).toBe('sorted-copy');
    // An inherited method (toString) does not bar the property list; JSON.stringify skips functions.
    expect(canonicalRoute({ toString: 1, 2: 'x' })).toBe('property-list');
    expect(canonicalJson({ toString: 1, 2: 'x' })).toBe('{"2":"x","toString":1}');
  });
});

describe('canonicalJson: what it refuses', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['function', () => 1],
    ['symbol', Symbol('s')],
    ['bigint', 1n],
    ['NaN', NaN],
    ['-Infinity', -Infinity],
    ['a Date', new Date(0)],
    ['a Map', new Map()],
    ['a Thing', new (class Thing {})()],
    ['a non-plain object', Object.create(Object.create(null) as object)],
  ])('throws a TypeError naming %s, alone or nested, on every route', (what, bad) => {
    const message = `cannot canonicalise ${what}: not a JSON value`;
    expect(() => canonicalJson(bad)).toThrow(TypeError);
    expect(() => canonicalJson(bad)).toThrow(new TypeError(message));
    for (const route of ROUTES) {
      expect(() => canonicalJsonBy(route, { a: [1, bad] })).toThrow(new TypeError(message));
      expect(() => canonicalJsonBy(route, { 1: { a: bad } })).toThrow(new TypeError(message));
    }
  });

  it('throws a TypeError for a lone surrogate in a string or a key, as the oracle does', () => {
    for (const value of ['\ud800', 'a\udfffb', { k: ['x\udc00'] }, { ['\ud83d']: 1 }]) {
      expect(() => canonicalize(value)).toThrow();
      for (const route of ROUTES) expect(() => canonicalJsonBy(route, value)).toThrow(TypeError);
    }
  });

  it('accepts surrogate pairs and the text of an escaped surrogate', () => {
    const value = { '\ud83d\ude00': ['\\ud800', '\\\\ud800', 'x\\', '\ud83d\ude00'] };
    for (const route of ROUTES) expect(canonicalJsonBy(route, value)).toBe(canonicalize(value));
  });

  it('serialises the depth the gate allows and refuses a deeper value with a RangeError', () => {
    for (const route of ROUTES) {
      expect(canonicalJsonBy(route, nested(64))).toBe(canonicalize(nested(64)));
      expect(canonicalJsonBy(route, nested(MAX_CANONICAL_DEPTH))).toBe(
        JSON.stringify(nested(MAX_CANONICAL_DEPTH)),
      );
      expect(() => canonicalJsonBy(route, nested(MAX_CANONICAL_DEPTH + 1))).toThrow(RangeError);
      expect(() => canonicalJsonBy(route, nested(200_000))).toThrow(
        `cannot canonicalise a value nested deeper than ${MAX_CANONICAL_DEPTH}`,
      );
    }
  });

  it('refuses a cyclic value instead of looping', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle['self'] = [cycle];
    for (const route of ROUTES) expect(() => canonicalJsonBy(route, cycle)).toThrow(RangeError);
  });
});

describe('canonicalJson: properties', () => {
  const unicodeKey = fc.oneof(
    fc.nat().map(String),
    fc.constantFrom('__proto__', 'toString', 'constructor', '01', '-1', '1.5', ''),
    fc.string({ unit: 'binary', maxLength: 4 }),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  );
  const objectWithAwkwardKeys = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
      fc.jsonValue({ maxDepth: 1, stringUnit: 'binary' }),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(unicodeKey, tie('value'), { maxKeys: 6 }),
    ),
  })).value;
  const jsonValue = fc.oneof(
    fc.jsonValue(),
    fc.jsonValue({ stringUnit: 'binary' }),
    fc.jsonValue({ stringUnit: 'grapheme' }),
    objectWithAwkwardKeys,
  );

  it.each(ROUTES)('equals the canonicalize oracle by the %s route', (route) => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        expect(canonicalJsonBy(route, value)).toBe(canonicalize(value));
      }),
      { numRuns: 400 },
    );
  });

  it('equals the oracle when the property list would cost too much', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const padded = [MANY_KEYS, value];
        expect(canonicalJsonBy('property-list', padded)).toBe(canonicalize(padded));
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order keys were inserted in', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        expect(canonicalJson(reverseKeys(value))).toBe(canonicalJson(value));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips through JSON.parse and leaves its input unchanged', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const before = JSON.stringify(value);
        const text = canonicalJson(value);
        expect(JSON.stringify(value)).toBe(before);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('writeCanonicalJson: the same text in chunks', () => {
  const streamed = (value: unknown): string => {
    const chunks: string[] = [];
    writeCanonicalJson(value, (chunk) => chunks.push(chunk));
    return chunks.join('');
  };

  it('equals the oracle for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(streamed(value)).toBe(canonicalize(value));
      }),
      { numRuns: 300 },
    );
  });

  it('equals the oracle for long arrays of objects in varied shapes, integer-like keys too', () => {
    const hit = fc.record(
      {
        repo: fc.string(),
        path: fc.string(),
        line_number: fc.integer(),
        '10': fc.boolean(),
        '9': fc.string(),
        nested: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
      },
      { requiredKeys: ['repo'] },
    );
    fc.assert(
      fc.property(fc.array(hit, { minLength: 500, maxLength: 1100 }), fc.string(), (hits, id) => {
        const artifact = { z: id, org_unregistered_hits: hits, a: { b: hits.slice(0, 3) } };
        expect(streamed(artifact)).toBe(canonicalize(artifact));
      }),
      { numRuns: 15 },
    );
  });

  it('hands a large value over in several chunks', () => {
    const big = { hits: Array.from({ length: 20000 }, (_, i) => ({ b: 'x'.repeat(80), a: i })) };
    const chunks: string[] = [];
    writeCanonicalJson(big, (chunk) => chunks.push(chunk));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(canonicalize(big));
  });

  it('streams arrays at and around its batch size of 512 as the oracle writes them', () => {
    for (const length of [511, 512, 513, 1024, 1025]) {
      const value = { hits: Array.from({ length }, (_, i) => ({ b: i, a: `${i}` })), z: [] };
      expect(streamed(value)).toBe(canonicalize(value));
    }
  });

  it('hands over chunks of at least 1 MiB but the last, and never an empty one', () => {
    const chunksOf = (value: unknown): string[] => {
      const chunks: string[] = [];
      writeCanonicalJson(value, (chunk) => chunks.push(chunk));
      return chunks;
    };
    const big = { hits: Array.from({ length: 40_000 }, (_, i) => ({ b: 'x'.repeat(80), a: i })) };
    const chunks = chunksOf(big);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(1 << 20);
    expect(chunks.at(-1)!.length).toBeGreaterThan(0);
    // A text of exactly one chunk is handed over once.
    const exact = 'y'.repeat((1 << 20) - 2);
    expect(chunksOf(exact)).toEqual([JSON.stringify(exact)]);
  });

  it('counts the depth of streamed members from the top, as canonicalJson does', () => {
    const atLimit = { a: nested(MAX_CANONICAL_DEPTH - 1) };
    expect(streamed(atLimit)).toBe(canonicalJson(atLimit));
    const over = { a: nested(MAX_CANONICAL_DEPTH) };
    expect(() => canonicalJson(over)).toThrow(RangeError);
    expect(() => streamed(over)).toThrow(RangeError);
  });

  it('refuses a lone surrogate inside a streamed array', () => {
    const value = {
      hits: Array.from({ length: 1000 }, (_, i) => ({ s: i === 700 ? '\ud800' : 'ok' })),
    };
    expect(() => streamed(value)).toThrow(/lone surrogate/);
  });
});
