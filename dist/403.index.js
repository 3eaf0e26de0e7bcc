export const id = 403;
export const ids = [403];
export const modules = {

/***/ 40403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ displayPathOf),
  O: () => (/* binding */ gateArtifact)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/gate/read-artifact.ts


/** Deeper than any real artifact (which needs 3 levels) and far below what would hurt. */
const MAX_NESTING_DEPTH = 64;
const MIB = 1024 * 1024;
/**
 * Reads, decodes and parses an artifact file. Every failure is an ArtifactError (exit 2) with
 * one line that names the file; nothing else escapes.
 *
 * Encoding: UTF-8 only (RFC 8259 §8.1). A UTF-8 byte order mark is accepted and stripped,
 * because §8.1 lets a parser ignore it and Windows PowerShell 5 writes one by default;
 * `bomStripped` reports it. UTF-16 and UTF-32 are refused with a hint rather than misread.
 */
async function readArtifactFile(path, options) {
    const name = printable(options.displayPath ?? path);
    const fail = (reason) => new src_errors/* ArtifactError */.nE(`${name}: ${reason}`);
    // Each stage gets its input as a temporary, so the bytes can be collected once decoded and
    // the text once parsed: a large artifact is never held as bytes, text and value at once.
    const decoded = decode(await readBytes(path, options.maxBytes, fail), fail);
    const value = parse(decoded.text, fail);
    return { value, bytes: decoded.bytes, bomStripped: decoded.bomStripped };
}
function decode(bytes, fail) {
    const bomStripped = hasUtf8Bom(bytes);
    if (bytes.length === 0)
        throw fail('the artifact is empty (0 bytes)');
    if (isJsonWhitespace(bomStripped ? bytes.subarray(3) : bytes)) {
        throw fail('the artifact is empty (only whitespace)');
    }
    return { text: decodeUtf8(bytes, bomStripped, fail), bytes: bytes.length, bomStripped };
}
function parse(text, fail) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw fail(`the artifact is not valid JSON: ${describeParseError(error, text)}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw fail(`the top level must be a JSON object, got ${jsonKind(value)}`);
    }
    const deep = nestingDepthExceeds(value, MAX_NESTING_DEPTH);
    if (deep !== null) {
        throw fail(`the artifact is nested deeper than ${MAX_NESTING_DEPTH} levels (at ${deep})`);
    }
    return value;
}
async function readBytes(path, maxBytes, fail) {
    // stat before opening: opening a named pipe would block until something writes to it.
    let before;
    try {
        before = await (0,promises_.stat)(path);
    }
    catch (error) {
        throw fail(describeOpenError(error));
    }
    checkFile(before, maxBytes, fail);
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
    }
    catch (error) {
        throw fail(describeOpenError(error));
    }
    try {
        // Check again on the open handle: the path may have been replaced in between.
        const opened = await handle.stat();
        checkFile(opened, maxBytes, fail);
        const buffer = Buffer.allocUnsafe(opened.size);
        let filled = 0;
        while (filled < buffer.length) {
            const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
            if (bytesRead === 0)
                break; // the file shrank since fstat: parse what is there
            filled += bytesRead;
        }
        return buffer.subarray(0, filled);
    }
    catch (error) {
        if (error instanceof src_errors/* ArtifactError */.nE)
            throw error;
        throw fail(`cannot be read: ${describeOpenError(error)}`);
    }
    finally {
        await handle.close();
    }
}
function checkFile(stats, maxBytes, fail) {
    if (stats.isDirectory())
        throw fail('is a directory, not an artifact file');
    if (!stats.isFile())
        throw fail('is not a regular file');
    if (stats.size > maxBytes) {
        throw fail(`the artifact is ${mib(stats.size)} (${stats.size} bytes), larger than the limit of ` +
            `${mib(maxBytes)}: raise max-artifact-mb if it is expected`);
    }
}
function describeOpenError(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'no such file: the artifact was not found';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied while opening the artifact';
        case 'EISDIR':
            return 'is a directory, not an artifact file';
        case 'ENOTDIR':
            return 'no such file: a parent of the artifact path is not a directory';
        default:
            // Duck-typed: an fs error need not be an instance of this realm's Error.
            return printable(String(error?.message ?? error));
    }
}
/** JSON whitespace only (RFC 8259 §2); true for an empty buffer. */
function isJsonWhitespace(bytes) {
    for (const byte of bytes) {
        if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)
            return false;
    }
    return true;
}
function hasUtf8Bom(bytes) {
    return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
function decodeUtf8(bytes, bomStripped, fail) {
    const wide = wideEncoding(bytes);
    if (wide) {
        throw fail(`${wide.encoding} is not supported (${wide.evidence}): save the artifact as UTF-8`);
    }
    try {
        // ignoreBOM: true keeps a BOM in the output, so it is removed exactly once, here.
        const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
        return decoder.decode(bomStripped ? bytes.subarray(3) : bytes);
    }
    catch {
        const offset = firstInvalidUtf8Offset(bytes);
        throw fail(`the artifact is not valid UTF-8 (first bad byte at offset ${offset}, ` +
            `line ${lineAt(bytes, offset)}): save it as UTF-8`);
    }
}
/**
 * Names a UTF-16/32 encoding from its byte order mark, or from the NUL bytes that ASCII
 * text has in those encodings when there is no mark (the RFC 4627 §3 heuristic).
 */
function wideEncoding(bytes) {
    const [b0, b1, b2, b3] = bytes;
    const bom = (encoding, order) => ({
        encoding,
        evidence: `${order} byte order mark`,
    });
    if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
        return bom('UTF-32', 'little-endian');
    if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
        return bom('UTF-32', 'big-endian');
    if (b0 === 0xff && b1 === 0xfe)
        return bom('UTF-16', 'little-endian');
    if (b0 === 0xfe && b1 === 0xff)
        return bom('UTF-16', 'big-endian');
    if (bytes.length >= 2 && (b0 === 0 || b1 === 0)) {
        return { encoding: 'UTF-16 or UTF-32', evidence: 'NUL bytes at the start, no byte order mark' };
    }
    return null;
}
/** Offset of the first byte that starts an ill-formed UTF-8 sequence (Unicode §3.9, D92). */
function firstInvalidUtf8Offset(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i += 1;
            continue;
        }
        let length;
        let low = 0x80;
        let high = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            length = 2;
        else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            if (b === 0xe0)
                low = 0xa0; // overlong
            if (b === 0xed)
                high = 0x9f; // UTF-16 surrogates
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            if (b === 0xf0)
                low = 0x90; // overlong
            if (b === 0xf4)
                high = 0x8f; // above U+10FFFF
        }
        else
            return i;
        for (let k = 1; k < length; k += 1) {
            const c = bytes[i + k];
            if (c === undefined)
                return i;
            if (k === 1 ? c < low || c > high : c < 0x80 || c > 0xbf)
                return i;
        }
        i += length;
    }
    return -1;
}
function lineAt(bytes, offset) {
    let line = 1;
    for (let i = 0; i < offset; i += 1)
        if (bytes[i] === 0x0a)
            line += 1;
    return line;
}
/**
 * JSON.parse's message, made one line, with line:column added when V8 gives only a
 * position (Node 20 says "at position N"; later versions add the line themselves).
 */
function describeParseError(error, text) {
    const message = printable(error instanceof Error ? error.message : String(error));
    if (/\(line \d+ column \d+\)/.test(message))
        return message;
    const position = /at position (\d+)/.exec(message);
    const offset = position
        ? Number(position[1])
        : /end of JSON input/.test(message)
            ? text.length
            : -1;
    if (offset < 0)
        return message;
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line += 1;
        lineStart = i + 1;
    }
    return `${message} (line ${line} column ${offset - lineStart + 1})`;
}
function jsonKind(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return `a ${typeof value}`;
}
/**
 * Walks objects and arrays with an explicit stack (a recursive walk is what a deep document
 * would overflow) and returns the JSON pointer of the first container below `max`, or null.
 * Keys are read with Object.keys on values JSON.parse made, so `__proto__` is just a key.
 */
function nestingDepthExceeds(root, max) {
    const stack = [{ value: root, depth: 1, parent: null, key: '' }];
    while (stack.length > 0) {
        const frame = stack.pop();
        if (frame.depth > max)
            return pointerOf(frame);
        const record = frame.value;
        for (const key of Object.keys(record)) {
            const child = record[key];
            if (typeof child === 'object' && child !== null) {
                stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
            }
        }
    }
    return null;
    // Built only on failure, so a large artifact does not pay for a string per container.
    function pointerOf(frame) {
        const keys = [];
        for (let f = frame; f?.parent; f = f.parent)
            keys.push(escapePointer(f.key));
        const pointer = `/${keys.reverse().join('/')}`;
        return printable(pointer.length > 200 ? `${pointer.slice(0, 200)}…` : pointer);
    }
}
function escapePointer(key) {
    return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
function mib(bytes) {
    return `${Number((bytes / MIB).toPrecision(3))} MiB`;
}
/**
 * Escapes control characters (and U+2028/2029) in text that came from the artifact or a
 * parser, so an error line stays one line and cannot start an Actions `::command::`.
 */
function printable(text) {
    return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what this escapes
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(82815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./schemas/consumer-artifact.schema.json
const consumer_artifact_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:audit-gate:schema:consumer-artifact:1","title":"audit-gate consumer artifact","description":"Findings of an org-wide code audit, as produced by a scanner and consumed by audit-gate. Unknown properties are rejected at every level, so a typo is an error rather than a silently ignored field.","type":"object","required":["schema_version","generated_at","org_unregistered_hits"],"additionalProperties":false,"properties":{"$schema":{"description":"Optional URI of this schema, so editors can validate and complete the file. Ignored by audit-gate.","type":"string","maxLength":2048},"schema_version":{"description":"Version of this format as \\"1.<minor>\\". Minor versions only add optional fields; a major version other than 1 is refused.","type":"string","pattern":"^1\\\\.[0-9]+$"},"audit_id":{"description":"Stable identifier of the audit run (for example \\"nightly-2026-11-25\\"). The digest issue is keyed on it, so re-running the same audit updates that issue instead of opening a new one. Defaults to <source.repository>/<source.run_id>.","type":"string","$ref":"#/$defs/singleLine","maxLength":200},"generated_at":{"description":"When the scanner produced the artifact: an RFC 3339 date-time with a time zone, for example \\"2026-11-25T02:00:00Z\\".","type":"string","format":"date-time"},"source":{"description":"The workflow run that produced the artifact.","type":"object","additionalProperties":false,"properties":{"repository":{"description":"owner/name of the repository whose workflow ran the scan.","$ref":"#/$defs/repository"},"run_id":{"description":"GitHub Actions run id of the scan (a string, as in the GITHUB_RUN_ID variable).","type":"string","$ref":"#/$defs/singleLine","maxLength":100},"commit":{"description":"Commit of the scanner repository that ran, as hex.","$ref":"#/$defs/commit"}}},"scope":{"description":"Which repositories the audit covered. Issues are closed as resolved only for repositories listed in a complete scope: a partial scan proves nothing about the repositories it skipped.","type":"object","required":["complete"],"additionalProperties":false,"properties":{"complete":{"description":"true when every listed repository was scanned to the end.","type":"boolean"},"repositories":{"description":"owner/name of each repository scanned, each listed once.","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/repository"}}}},"org_unregistered_hits":{"description":"The findings, one per matched line. May be empty: an audit that found nothing is still a valid artifact.","type":"array","items":{"$ref":"#/$defs/hit"}},"signature":{"description":"HMAC-SHA256 over the RFC 8785 canonical JSON of the artifact without this property.","type":"object","required":["alg","value"],"additionalProperties":false,"properties":{"alg":{"description":"The only algorithm accepted.","const":"HMAC-SHA256"},"kid":{"description":"Id of the key that signed, to pick it when several keys are configured for rotation. No colon: keys are configured as kid:key lines.","type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$"},"value":{"description":"The HMAC as 64 lower-case hex digits.","type":"string","pattern":"^[0-9a-f]{64}$"}}},"fallback":{"description":"Present only in a redacted fallback copy written by audit-gate: why the hits were kept instead of filed, and by which run. Snippets in such a copy read <REDACTED> and its signature is removed. The copy can be filed later with mode file.","type":"object","required":["reason","created_at","source_hits","signature_removed"],"additionalProperties":false,"properties":{"reason":{"description":"Why the hits went to the fallback: no-permission (403), issues-disabled (410), repository-not-found (404), quota-exhausted, or requested (mode fallback).","type":"string","enum":["no-permission","issues-disabled","repository-not-found","quota-exhausted","requested"]},"detail":{"description":"More about the reason, for example the API\'s error message.","type":"string","maxLength":1000},"created_at":{"description":"When the copy was written, as an RFC 3339 date-time in UTC.","type":"string","format":"date-time"},"repository":{"description":"owner/name of the repository whose workflow wrote the copy.","type":"string","$ref":"#/$defs/singleLine","maxLength":200},"run_id":{"description":"GitHub Actions run id of the run that wrote the copy.","type":"string","$ref":"#/$defs/singleLine","maxLength":100},"run_attempt":{"description":"Attempt of that run (re-runs count up from 1).","type":"string","$ref":"#/$defs/singleLine","maxLength":20},"source_hits":{"description":"Hits in the artifact the copy was made from. The copy may hold fewer: only those not filed before permission was lost.","type":"integer","minimum":0},"signature_removed":{"description":"true when the source artifact was signed: the signature covered the original content, so the copy cannot keep it.","type":"boolean"}}}},"$defs":{"repository":{"description":"A GitHub repository as owner/name. The owner is 1-39 letters, digits, hyphens or underscores (underscores occur in managed-user accounts) and starts with a letter or digit; the name is 1-100 letters, digits, \'.\', \'-\' or \'_\', and is not \'.\' or \'..\'.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]{0,38}/(?!\\\\.\\\\.?$)[A-Za-z0-9._-]{1,100}$"},"commit":{"description":"A git object id in hex: 7 to 40 digits for SHA-1 (abbreviated or full), up to 64 for SHA-256.","type":"string","pattern":"^[0-9a-fA-F]{7,64}$"},"singleLine":{"description":"Non-empty text without control characters (C0, DEL, C1), so it cannot break a log line or an issue marker.","type":"string","minLength":1,"pattern":"^[^\\\\u0000-\\\\u001f\\\\u007f-\\\\u009f]+$"},"hit":{"description":"One finding: a pattern matched at a line of a file in a repository.","type":"object","required":["repo","path","line_number","pattern"],"additionalProperties":false,"properties":{"repo":{"description":"owner/name of the scanned repository the hit is in.","$ref":"#/$defs/repository"},"path":{"description":"Path of the file, relative to the repository root.","type":"string","minLength":1,"maxLength":4096},"line_number":{"description":"1-based line of the match.","type":"integer","minimum":1},"column":{"description":"1-based column of the match, when known.","type":"integer","minimum":1},"pattern":{"description":"The pattern (or rule id) that matched. Hits are grouped and fingerprinted on it, so keep it stable across runs.","type":"string","minLength":1,"maxLength":1000},"snippet":{"description":"The matched source line or lines. At most 65,536 characters, GitHub\'s limit for a whole issue body: a longer snippet could never be shown and means the producer dumped a file. Snippets are redacted in fallback copies.","type":"string","maxLength":65536},"commit":{"description":"Commit of the scanned repository the hit was found at.","$ref":"#/$defs/commit"},"severity":{"description":"The scanner\'s severity, free text (for example error, warning, note, high).","type":"string","$ref":"#/$defs/singleLine","maxLength":50},"message":{"description":"A human explanation of the finding, shown in the issue.","type":"string","maxLength":8192}}}}}');
;// CONCATENATED MODULE: ./src/gate/schema.ts






/** Every violation goes to `details`, up to this many; the rest are counted. */
const MAX_REPORTED_VIOLATIONS = 50;
/** The bundled schema, as imported (the same object the bundle inlines). */
const CONSUMER_ARTIFACT_SCHEMA = (/* unused pure expression or super */ null && (bundledSchema));
/**
 * Checks an artifact against the bundled schema (or `schemaPath`) and returns it typed.
 * Throws ArtifactError (exit 2) whose message is one line naming the file, the count and the
 * first violation, and whose `details` list every violation as `<pointer> <rule>: <message>`.
 * A custom schema that cannot be read or compiled is a ConfigurationError (exit 1).
 */
function validateArtifactSchema(value, options) {
    const validate = options.schemaPath ? customValidator(options.schemaPath) : bundledValidator();
    if (validate(value))
        return value;
    throw schemaViolations(options.file, validate.errors ?? [], 'schema violation');
}
/**
 * The ArtifactError for a list of Ajv errors: one summary line, every violation in details.
 * Shared with the SARIF reader so both speak the same `<pointer> <rule>: <message>` form.
 */
function schemaViolations(file, errors, noun) {
    const details = errors.slice(0, MAX_REPORTED_VIOLATIONS).map(formatViolation);
    if (errors.length > details.length)
        details.push(`… and ${errors.length - details.length} more`);
    const count = `${errors.length} ${noun}(s)`;
    const first = details[0] ?? '(no detail)';
    return new src_errors/* ArtifactError */.nE(`${printable(file)}: ${count}: first: ${first}`, details);
}
/**
 * Ajv for artifact schemas: every error, standard formats. Our own schemas are compiled fully
 * strict. A user's schema (`ours: false`) is checked against the meta-schema and refused for
 * unknown keywords (a typo like "requird" would silently check nothing), but not held to the
 * stylistic rules (a `required` without `properties`, a keyword without its `type`).
 */
function createAjv(options) {
    const ajv = new _2020.Ajv2020({
        allErrors: true,
        ...(options.ours
            ? { strict: true }
            : { strictSchema: true, strictNumbers: true, strictTypes: false, strictTuples: false }),
        // Checking our schemas against the meta-schema doubles the cold compile time; a unit test
        // does it once instead of every run.
        validateSchema: !options.ours,
        // verbose puts the offending value on each error, so a message can say what it got.
        verbose: true,
    });
    dist_default()["default"](ajv);
    return ajv;
}
let bundled;
function bundledValidator() {
    bundled ??= createAjv({ ours: true }).compile(consumer_artifact_schema_namespaceObject);
    return bundled;
}
const custom = new Map();
function customValidator(schemaPath) {
    let validate = custom.get(schemaPath);
    if (validate)
        return validate;
    const fail = (reason) => new src_errors/* ConfigurationError */.j1(`schema ${printable(schemaPath)}: ${printable(reason)}`);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(schemaPath, 'utf8');
    }
    catch (error) {
        const code = error?.code;
        throw fail(code === 'ENOENT' ? 'no such file' : `cannot be read: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
    }
    let schema;
    try {
        schema = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw fail(`not valid JSON: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
    }
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
        throw fail('a JSON Schema must be a JSON object');
    }
    try {
        // A fresh Ajv per file: a custom schema may reuse the bundled schema's $id.
        validate = createAjv({ ours: false }).compile(schema);
    }
    catch (error) {
        throw fail(`not a usable JSON Schema 2020-12: ${(0,src_errors/* errorMessage */.gJ)(error)}`);
    }
    custom.set(schemaPath, validate);
    return validate;
}
/**
 * Friendlier words for the bundled schema's patterns, keyed by schema path (a test checks
 * each path exists). Other patterns are shown as the regular expression.
 */
const PATTERN_HINTS = {
    '#/properties/schema_version/pattern': 'must be "1.<minor>", for example "1.0"',
    '#/$defs/repository/pattern': 'must be a GitHub repository as owner/name',
    '#/$defs/commit/pattern': 'must be a commit id of 7 to 64 hex digits',
    '#/$defs/singleLine/pattern': 'must not contain control characters (such as a newline)',
    '#/properties/signature/properties/kid/pattern': 'must be 1 to 64 letters, digits, ".", "-" or "_"',
    '#/properties/signature/properties/value/pattern': 'must be 64 lower-case hex digits',
};
const PATTERN_HINT_PATHS = Object.keys(PATTERN_HINTS);
/** `<json pointer> <rule>: <message>`, with artifact-derived text made printable. */
function formatViolation(error) {
    const pointer = error.instancePath === '' ? '/' : error.instancePath;
    const params = error.params;
    let message = error.message ?? 'is invalid';
    switch (error.keyword) {
        case 'additionalProperties':
            message = `unknown property ${JSON.stringify(String(params.additionalProperty))}`;
            break;
        case 'pattern':
            message = `${PATTERN_HINTS[error.schemaPath] ?? message} (got ${excerpt(error.data)})`;
            break;
        case 'format':
        case 'const':
        case 'enum':
            message = `${message} (got ${excerpt(error.data)})`;
            break;
    }
    return printable(`${pointer} ${error.keyword}: ${message}`);
}
/** The offending value as JSON, cut short: enough to recognise it in the artifact. */
function excerpt(data) {
    const short = typeof data === 'string' && data.length > 80 ? data.slice(0, 80) : data;
    const json = JSON.stringify(short) ?? String(short);
    return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

;// CONCATENATED MODULE: ./src/gate/sarif.ts



/** A SARIF log: `version` 2.1.0 with a `runs` array, or a `$schema` that names SARIF. */
function isSarifLog(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const record = value;
    if (record.version === '2.1.0' && Array.isArray(record.runs))
        return true;
    return typeof record.$schema === 'string' && /sarif/i.test(record.$schema);
}
/**
 * Converts a SARIF log into a consumer artifact (not yet checked by the consumer schema: the
 * caller validates it like a native one). Throws ArtifactError when the log is malformed or
 * cannot be converted: no repository known, a result without a location or a rule id.
 */
function sarifToArtifact(log, options) {
    const validate = sarifValidator();
    if (!validate(log)) {
        throw schemaViolations(options.file, validate.errors ?? [], 'SARIF violation');
    }
    const sarif = log;
    const file = printable(options.file);
    const fail = (reason) => new src_errors/* ArtifactError */.nE(`${file}: SARIF: ${reason}`);
    const hits = [];
    let defaultedLines = 0;
    let skipped = 0;
    for (const [r, run] of sarif.runs.entries()) {
        const results = run.results ?? [];
        if (results.length === 0)
            continue;
        const provenance = run.versionControlProvenance?.[0];
        const repository = repositoryFromUri(provenance?.repositoryUri) ?? (options.repository || undefined);
        if (repository === undefined) {
            throw fail(`/runs/${r} has results but no repository: no versionControlProvenance[0].repositoryUri ` +
                'names a GitHub owner/name, and none was given');
        }
        const rules = run.tool?.driver?.rules ?? [];
        const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
        for (const [i, result] of results.entries()) {
            // Suppressed in source or dismissed, or fixed since the baseline: not a finding to file.
            if (isSuppressed(result) || result.baselineState === 'absent') {
                skipped += 1;
                continue;
            }
            const pointer = `/runs/${r}/results/${i}`;
            const ruleIndex = result.ruleIndex ?? result.rule?.index;
            const indexed = ruleIndex === undefined ? undefined : rules[ruleIndex];
            const pattern = result.ruleId ?? result.rule?.id ?? indexed?.id;
            if (pattern === undefined) {
                throw fail(`${pointer} has no ruleId, rule.id or ruleIndex naming a rule`);
            }
            const rule = indexed ?? rulesById.get(pattern);
            const physical = result.locations?.[0]?.physicalLocation;
            const uri = physical?.artifactLocation?.uri ?? artifactUri(run, physical?.artifactLocation);
            if (uri === undefined) {
                throw fail(`${pointer} has no location (locations[0].physicalLocation.artifactLocation.uri)`);
            }
            const region = physical?.region;
            if (region?.startLine === undefined)
                defaultedLines += 1;
            const snippet = region?.snippet?.text ?? physical?.contextRegion?.snippet?.text;
            // SARIF §3.27.10: no level on the result means the rule's default, else "warning".
            const severity = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
            hits.push({
                repo: repository,
                path: relativePath(uri, run),
                // SARIF allows a region without a line (a whole-file result); line 1 stands for it.
                line_number: region?.startLine ?? 1,
                pattern,
                ...(region?.startColumn !== undefined && { column: region.startColumn }),
                ...(snippet !== undefined && { snippet }),
                ...(provenance?.revisionId !== undefined && { commit: provenance.revisionId }),
                severity,
                ...(result.message?.text !== undefined && { message: result.message.text }),
            });
        }
    }
    if (defaultedLines > 0) {
        options.warn?.(`${file}: ${defaultedLines} SARIF result(s) had no startLine; line 1 was used`);
    }
    if (skipped > 0) {
        options.warn?.(`${file}: ${skipped} suppressed or absent SARIF result(s) were skipped`);
    }
    const first = sarif.runs[0];
    const invocation = first?.invocations?.[0];
    const generatedAt = invocation?.endTimeUtc ?? invocation?.startTimeUtc ?? (options.now ?? new Date()).toISOString();
    const auditId = first?.automationDetails?.id;
    return {
        schema_version: '1.0',
        ...(auditId !== undefined && { audit_id: auditId }),
        generated_at: generatedAt,
        org_unregistered_hits: hits,
    };
}
/**
 * owner/name from a repository URI: https://host/owner/name(.git), ssh://git@host/owner/name,
 * or git@host:owner/name.git. Anything else is unknown (undefined), not a guess.
 */
function repositoryFromUri(uri) {
    if (!uri)
        return undefined;
    const scp = /^[\w.-]+@[\w.-]+:([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(uri);
    if (scp)
        return scp[1];
    let url;
    try {
        url = new URL(uri);
    }
    catch {
        return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol))
        return undefined;
    const parts = url.pathname.replace(/\/+$/, '').split('/').filter(Boolean);
    if (parts.length !== 2)
        return undefined;
    return `${decodeURIComponent(parts[0])}/${decodeURIComponent(parts[1]).replace(/\.git$/, '')}`;
}
function isSuppressed(result) {
    // A suppression without a status counts as accepted (SARIF §3.35.3).
    return (result.suppressions ?? []).some((s) => s.status === undefined || s.status === 'accepted');
}
function artifactUri(run, location) {
    if (location?.index === undefined)
        return undefined;
    return run.artifacts?.[location.index]?.location?.uri;
}
/**
 * A repository-relative path from an artifact URI. URIs relative to a base (%SRCROOT%) are
 * kept as they are; an absolute file:// URI loses the prefix of a file:// base the run
 * declares in originalUriBaseIds, else only its scheme.
 */
function relativePath(uri, run) {
    let path = uri;
    if (/^file:/i.test(path)) {
        const base = Object.values(run.originalUriBaseIds ?? {})
            .map((b) => b.uri)
            .find((b) => typeof b === 'string' && /^file:/i.test(b) && uri.startsWith(b));
        path = base ? uri.slice(base.length) : uri.replace(/^file:(\/\/[^/]*)?/i, '');
    }
    try {
        path = decodeURIComponent(path);
    }
    catch {
        // Not percent-encoded after all: keep it as written.
    }
    return path.replace(/^(\.\/)+/, '');
}
const string = { type: 'string' };
const sarif_text = { type: 'object', properties: { text: string } };
const index = { type: 'integer', minimum: 0 };
const region = {
    type: 'object',
    properties: {
        startLine: { type: 'integer', minimum: 1 },
        startColumn: { type: 'integer', minimum: 1 },
        snippet: sarif_text,
    },
};
/** The fields of SARIF 2.1.0 this module reads, with the types the specification gives them. */
const SARIF_SUBSET_SCHEMA = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:audit-gate:schema:sarif-subset:2.1.0',
    type: 'object',
    required: ['version', 'runs'],
    properties: {
        version: { const: '2.1.0' },
        runs: {
            type: 'array',
            items: {
                type: 'object',
                properties: {
                    tool: {
                        type: 'object',
                        properties: {
                            driver: {
                                type: 'object',
                                properties: {
                                    rules: {
                                        type: 'array',
                                        items: {
                                            type: 'object',
                                            properties: {
                                                id: string,
                                                defaultConfiguration: {
                                                    type: 'object',
                                                    properties: { level: { enum: ['none', 'note', 'warning', 'error'] } },
                                                },
                                            },
                                        },
                                    },
                                },
                            },
                        },
                    },
                    results: {
                        type: 'array',
                        items: {
                            type: 'object',
                            properties: {
                                ruleId: string,
                                ruleIndex: index,
                                rule: { type: 'object', properties: { id: string, index } },
                                level: { enum: ['none', 'note', 'warning', 'error'] },
                                message: sarif_text,
                                baselineState: string,
                                suppressions: {
                                    type: 'array',
                                    items: { type: 'object', properties: { status: string } },
                                },
                                locations: {
                                    type: 'array',
                                    items: {
                                        type: 'object',
                                        properties: {
                                            physicalLocation: {
                                                type: 'object',
                                                properties: {
                                                    artifactLocation: {
                                                        type: 'object',
                                                        properties: { uri: string, uriBaseId: string, index },
                                                    },
                                                    region,
                                                    contextRegion: region,
                                                },
                                            },
                                        },
                                    },
                                },
                            },
                        },
                    },
                    artifacts: {
                        type: 'array',
                        items: {
                            type: 'object',
                            properties: { location: { type: 'object', properties: { uri: string } } },
                        },
                    },
                    originalUriBaseIds: {
                        type: 'object',
                        additionalProperties: { type: 'object', properties: { uri: string } },
                    },
                    versionControlProvenance: {
                        type: 'array',
                        items: {
                            type: 'object',
                            properties: { repositoryUri: string, revisionId: string },
                        },
                    },
                    invocations: {
                        type: 'array',
                        items: {
                            type: 'object',
                            properties: {
                                startTimeUtc: { type: 'string', format: 'date-time' },
                                endTimeUtc: { type: 'string', format: 'date-time' },
                            },
                        },
                    },
                    automationDetails: { type: 'object', properties: { id: string } },
                },
            },
        },
    },
};
let sarifValidate;
function sarifValidator() {
    sarifValidate ??= createAjv({ ours: true }).compile(SARIF_SUBSET_SCHEMA);
    return sarifValidate;
}

// EXTERNAL MODULE: ./src/gate/signature.ts + 1 modules
var signature = __webpack_require__(65933);
;// CONCATENATED MODULE: ./src/gate/gate.ts





/**
 * The ingest gate: read, parse, schema-check and signature-check an artifact. Throws
 * ArtifactError (exit 2) or SignatureError (exit 3) before anything is filed; the schema runs
 * first, as in the seed, so a malformed artifact is a schema failure whatever its signature.
 */
async function gateArtifact(options, host) {
    const displayPath = displayPathOf(options.artifact, host.context.workspace);
    const read = await readArtifactFile(options.artifact, {
        maxBytes: options.maxArtifactBytes,
        displayPath,
    });
    if (read.bomStripped) {
        host.notice(`${displayPath}: a UTF-8 byte order mark was ignored.`, { file: displayPath });
    }
    const format = isSarifLog(read.value) ? 'sarif' : 'native';
    const artifact = format === 'sarif'
        ? validateArtifactSchema(sarifToArtifact(read.value, { repository: options.sarifRepository, file: displayPath }), { file: displayPath, schemaPath: options.schemaPath })
        : validateArtifactSchema(read.value, { file: displayPath, schemaPath: options.schemaPath });
    return {
        artifact,
        document: read.value,
        format,
        signature: checkSignature(read.value, format, options),
        bytes: read.bytes,
        displayPath,
    };
}
function checkSignature(document, format, options) {
    if (options.keyRing === null) {
        return hasSignature(document, format) ? { state: 'not-checked' } : { state: 'unsigned' };
    }
    // With a key configured, a present signature is always checked: a wrong one is evidence of
    // tampering even where signatures are not required.
    if (!options.requireHmac && !hasSignature(document, format))
        return { state: 'unsigned' };
    const { kid } = (0,signature/* verifyDocument */.kR)(document, format, options.keyRing);
    return { state: 'verified', kid };
}
function hasSignature(document, format) {
    const record = document;
    if (format === 'native')
        return Object.hasOwn(record, 'signature');
    const properties = record.properties;
    return (typeof properties === 'object' && properties !== null && Object.hasOwn(properties, 'signature'));
}
/** The path relative to the workspace when it lies inside it, else as given (absolute). */
function displayPathOf(file, workspace) {
    const relative = external_node_path_default().relative(workspace, file);
    return relative && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative) ? relative : file;
}


/***/ })

};

//# sourceMappingURL=403.index.js.map