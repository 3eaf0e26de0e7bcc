import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  encodeAuditId,
  markClosedByAudit,
  parseGroupMeta,
  parseIgnoredHits,
  parseMarker,
  renderGroupMeta,
  renderMarker,
} from '../../src/filer/marker.js';

const FP = '0123456789abcdef01234567';
const groupMarker = `<!-- audit-gate:v1 kind=group fp=${FP} -->`;

describe('parseMarker', () => {
  it.each([
    [`${groupMarker}\nbody`, { kind: 'group', fingerprint: FP }],
    [`${groupMarker}\r\nbody edited in the web UI`, { kind: 'group', fingerprint: FP }],
    [groupMarker, { kind: 'group', fingerprint: FP }],
    [
      '<!-- audit-gate:v1 kind=digest audit=nightly-2026-11-25 -->\n',
      { kind: 'digest', auditId: 'nightly-2026-11-25', part: 1 },
    ],
    [
      '<!-- audit-gate:v1 kind=digest audit=org/repo/42 part=3 -->',
      { kind: 'digest', auditId: 'org/repo/42', part: 3 },
    ],
    [
      '<!-- audit-gate:v1 kind=digest audit=a%20b%3E -->',
      { kind: 'digest', auditId: 'a b>', part: 1 },
    ],
  ])('reads %j', (body, expected) => {
    expect(parseMarker(body)).toEqual(expected);
  });

  it.each([
    ['marker on the second line', `intro\n${groupMarker}`],
    ['leading space', ` ${groupMarker}`],
    ['leading BOM', `\uFEFF${groupMarker}`],
    ['trailing text', `${groupMarker} x`],
    ['upper-case hex', groupMarker.replace(FP, FP.toUpperCase())],
    ['short fingerprint', groupMarker.replace(FP, FP.slice(1))],
    ['other version', groupMarker.replace('v1', 'v2')],
    ['unknown kind', `<!-- audit-gate:v1 kind=other fp=${FP} -->`],
    ['part=1 spelled out', '<!-- audit-gate:v1 kind=digest audit=a part=1 -->'],
    ['part=0', '<!-- audit-gate:v1 kind=digest audit=a part=0 -->'],
    ['non-canonical encoding', '<!-- audit-gate:v1 kind=digest audit=%61 -->'],
    ['lower-case escape', '<!-- audit-gate:v1 kind=digest audit=a%3e -->'],
    ['broken UTF-8', '<!-- audit-gate:v1 kind=digest audit=%FF -->'],
    ['empty body', ''],
    ['null body', null],
  ])('refuses %s', (_name, body) => {
    expect(parseMarker(body)).toBeNull();
  });

  it('round-trips any audit id through one line that only its own end closes (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 50 }),
        (auditId, part) => {
          const line = renderMarker({ kind: 'digest', auditId, part });
          expect(line).not.toMatch(/[\r\n]/);
          expect(line.indexOf('-->')).toBe(line.length - 3);
          expect(line.slice(4, -3)).not.toMatch(/--!?>|<!--/);
          expect(parseMarker(line)).toEqual({ kind: 'digest', auditId, part });
        },
      ),
    );
  });

  it('refuses to render a digest marker without an audit id', () => {
    expect(() => renderMarker({ kind: 'digest', auditId: '', part: 1 })).toThrow(
      'must not be empty',
    );
  });

  it('encodes everything outside a small safe set', () => {
    expect(encodeAuditId('org/repo:42_x.y~z-1')).toBe('org/repo:42_x.y~z-1');
    expect(encodeAuditId('a -->\n@b é')).toBe('a%20--%3E%0A%40b%20%C3%A9');
  });
});

describe('group meta lines', () => {
  const hashes = ['0123456789abcdef', 'fedcba9876543210'];
  const body = [
    groupMarker,
    ...renderGroupMeta({ repoHashes: hashes, closedByAudit: false }),
    '',
    'text',
  ].join('\n');

  it('writes one line of repository hashes, "many" when they are not listed, then the closed flag', () => {
    expect(renderGroupMeta({ repoHashes: hashes, closedByAudit: false })).toEqual([
      '<!-- audit-gate:repos=0123456789abcdef,fedcba9876543210 -->',
    ]);
    const many = renderGroupMeta({ repoHashes: null, closedByAudit: true });
    expect(many).toEqual(['<!-- audit-gate:repos=many -->', '<!-- audit-gate:closed -->']);
    expect(parseGroupMeta([groupMarker, ...many].join('\n'))).toEqual({
      repoHashes: null,
      closedByAudit: true,
    });
  });

  it('reads back the repositories and the closed flag', () => {
    expect(parseGroupMeta(body)).toEqual({ repoHashes: hashes, closedByAudit: false });
    expect(parseGroupMeta(markClosedByAudit(body))).toEqual({
      repoHashes: hashes,
      closedByAudit: true,
    });
  });

  it('adds the closed line once, keeping the rest of the body', () => {
    const closed = markClosedByAudit(body);
    expect(markClosedByAudit(closed)).toBe(closed);
    expect(closed.replace('<!-- audit-gate:closed -->\n', '')).toBe(body);
  });

  it('reads meta only directly under the marker, so text further down cannot set it', () => {
    const forged = [
      groupMarker,
      '',
      '<!-- audit-gate:closed -->',
      '<!-- audit-gate:repos=0123456789abcdef -->',
    ].join('\n');
    expect(parseGroupMeta(forged)).toEqual({ repoHashes: null, closedByAudit: false });
    expect(parseGroupMeta(`${groupMarker}\n<!-- audit-gate:repos=many -->`).repoHashes).toBeNull();
  });
});

describe('parseIgnoredHits', () => {
  it('reads ticked items of ours, in either case and with CRLF', () => {
    const body = [
      groupMarker,
      '- [x] <!-- audit-gate:hit=0123456789abcdef --> ignore · `a.py:1`',
      '- [X] <!-- audit-gate:hit=1111111111111111 --> ignore · `b.py:2`\r',
      '- [ ] <!-- audit-gate:hit=2222222222222222 --> ignore · `c.py:3`',
    ].join('\r\n');
    expect([...parseIgnoredHits(body)].sort()).toEqual(['0123456789abcdef', '1111111111111111']);
  });

  it.each([
    [
      'indented (a snippet line inside a fence)',
      '  - [x] <!-- audit-gate:hit=0123456789abcdef -->',
    ],
    ['after other text', 'x - [x] <!-- audit-gate:hit=0123456789abcdef -->'],
    ['id not hex', '- [x] <!-- audit-gate:hit=0123456789abcdeg -->'],
    ['a plain ticked item', '- [x] ignore 0123456789abcdef'],
  ])('ignores %s', (_name, line) => {
    expect(parseIgnoredHits(`${groupMarker}\n${line}`).size).toBe(0);
  });
});
