// Writes the fixtures that are binary (encodings) or too repetitive to keep by hand.
// Run from anywhere: node __fixtures__/artifacts/make-binary-fixtures.mjs
// The output is committed; this script documents exactly which bytes each file holds.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const write = (name, data) => writeFileSync(join(here, name), data);

const hit = (n) => ({
  repo: 'org/a',
  path: `src/file${n}.py`,
  line_number: n,
  pattern: 'LegacyClient(',
});
const artifact = (hits) => ({
  schema_version: '1.0',
  generated_at: '2026-11-25T02:00:00Z',
  org_unregistered_hits: hits,
});
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const valid = json(artifact([hit(1)]));

// UTF-8 with a byte order mark, as Windows PowerShell 5 writes it: accepted.
write('good/utf8-bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(valid)]));
// Windows line endings are JSON whitespace: accepted.
write('good/crlf-line-endings.json', valid.replaceAll('\n', '\r\n'));

// Wide encodings, with and without a byte order mark: refused with a hint.
const utf16le = Buffer.from(valid, 'utf16le');
const utf16be = Buffer.from(utf16le).swap16();
write('bad/utf16-bom.json', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]));
write('bad/utf16be-bom.json', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]));
write('bad/utf16-no-bom.json', utf16le);
const utf32le = Buffer.alloc(valid.length * 4);
[...valid].forEach((c, i) => utf32le.writeUInt32LE(c.codePointAt(0), i * 4));
write('bad/utf32-bom.json', Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x00]), utf32le]));
// A BOM and nothing else is an empty artifact.
write('bad/utf8-bom-only.json', Buffer.from([0xef, 0xbb, 0xbf, 0x0a]));

// Ill-formed UTF-8 inside a snippet, on line 10 of the file.
const withSnippet = (bytes) => {
  const text = json(artifact([{ ...hit(1), snippet: '@@' }]));
  const [before, after] = text.split('@@');
  return Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]);
};
write('bad/invalid-utf8.json', withSnippet([0x6b, 0x65, 0x79, 0xff, 0x3d])); // 0xFF never occurs
write('bad/latin1.json', withSnippet([0x63, 0x61, 0x66, 0xe9])); // "café" saved as Latin-1
write('bad/overlong-utf8.json', withSnippet([0xc0, 0xaf])); // "/" in two bytes
write('bad/surrogate-utf8.json', withSnippet([0xed, 0xa0, 0x80])); // U+D800, CESU-8 style
write('bad/truncated-utf8.json', withSnippet([0xe2, 0x82])); // "€" cut after two of three bytes

// 100 levels of arrays inside a hit's snippet position: over the 64-level limit.
write(
  'bad/deep-nesting.json',
  valid.replace(
    '"LegacyClient("',
    `"LegacyClient(", "snippet": ${'['.repeat(100)}${']'.repeat(100)}`,
  ),
);

// One character over the 65,536-character snippet cap.
write('bad/snippet-too-long.json', json(artifact([{ ...hit(1), snippet: 'x'.repeat(65_537) }])));

// 60 hits with line 0: more violations than the 50 reported in detail.
write(
  'bad/many-violations.json',
  json(artifact(Array.from({ length: 60 }, (_, i) => ({ ...hit(i + 1), line_number: 0 })))),
);

// A valid artifact a few KiB long: the manifest gives a max-artifact-mb it exceeds, so no large
// file needs committing.
write('bad/too-large.json', json(artifact(Array.from({ length: 40 }, (_, i) => hit(i + 1)))));
