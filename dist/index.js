import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42732:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: helpText, parseArgs

// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(27242);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./src/host.ts
var host = __nccwpck_require__(82237);
;// CONCATENATED MODULE: ./src/host/cli-host.ts


/**
 * The Host for the command line: inputs come from parsed flags, logs go to stderr and the
 * outputs to stdout as `name=value` lines, so `audit-gate validate … | grep hits=` works.
 */
function createCliHost(inputs, env = process.env, streams = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
}) {
    const secrets = [];
    const outputs = new Map();
    const mask = (text) => secrets.reduce((masked, secret) => masked.split(secret).join('***'), text);
    const log = (prefix, message, properties) => {
        const where = properties?.file
            ? ` (${properties.file}${properties.startLine ? `:${properties.startLine}` : ''})`
            : '';
        streams.err(mask(`${prefix}${message}${where}`) + '\n');
    };
    const verbose = env.AUDIT_GATE_DEBUG === '1' || env.RUNNER_DEBUG === '1';
    return {
        getInput: (name) => (inputs.get(name) ?? '').trim(),
        getMultilineInput: (name) => inputs.get(name) ?? '',
        setOutput(name, value) {
            outputs.set(name, String(value));
        },
        setSecret(value) {
            if (value)
                secrets.push(value);
        },
        debug: (message) => verbose && log('debug: ', message),
        info: (message) => log('', message),
        notice: (message, properties) => log('notice: ', message, properties),
        warning: (message, properties) => log('warning: ', message, properties),
        error: (message, properties) => log('error: ', message, properties),
        async group(title, fn) {
            log('', `── ${title}`);
            return fn();
        },
        async writeSummary(markdown) {
            // On a runner (`run: npx audit-gate …`) the summary still reaches the job page.
            if (env.GITHUB_STEP_SUMMARY)
                await (0,promises_.appendFile)(env.GITHUB_STEP_SUMMARY, markdown + '\n');
        },
        context: (0,host/* runContextFromEnv */.w)(env),
        outputs,
    };
}
function printOutputs(outputs, out) {
    for (const [name, value] of outputs)
        out(`${name}=${value}\n`);
}

// EXTERNAL MODULE: ./src/main.ts + 2 modules
var main = __nccwpck_require__(6947);
;// CONCATENATED MODULE: ./src/cli.ts



/** Inputs the CLI also reads from the environment, so secrets stay out of shell history. */
const ENV_FALLBACKS = {
    token: ['GITHUB_TOKEN', 'GH_TOKEN'],
    'hmac-key': ['AUDIT_GATE_HMAC_KEY'],
    repository: ['GITHUB_REPOSITORY'],
    'notify-webhook': ['AUDIT_GATE_NOTIFY_WEBHOOK'],
};
const isBoolean = (name) => {
    const fallback = constants/* INPUTS */.mc[name].default;
    return fallback === 'true' || fallback === 'false';
};
/** `audit-gate <mode> [--input value | --input=value | --flag]`, the action's input names. */
function parseArgs(argv, env) {
    const inputs = new Map();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h' || arg === 'help')
            return { kind: 'help' };
        if (arg === '--version' || arg === '-v')
            return { kind: 'version' };
        if (!arg.startsWith('--')) {
            if (inputs.has('mode'))
                return { kind: 'error', message: `Unexpected argument '${arg}'.` };
            inputs.set('mode', arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const rawName = arg.slice(2, eq === -1 ? undefined : eq);
        const negated = rawName.startsWith('no-') && !(rawName in constants/* INPUTS */.mc);
        const name = (negated ? rawName.slice(3) : rawName);
        if (!(name in constants/* INPUTS */.mc)) {
            return { kind: 'error', message: `Unknown option '--${rawName}'. See 'audit-gate --help'.` };
        }
        let value;
        if (eq !== -1)
            value = arg.slice(eq + 1);
        else if (isBoolean(name))
            value = negated ? 'false' : 'true';
        else if (i + 1 < argv.length)
            value = argv[++i];
        else
            return { kind: 'error', message: `Option '--${name}' needs a value.` };
        inputs.set(name, value);
    }
    for (const [name, variables] of Object.entries(ENV_FALLBACKS)) {
        if (inputs.has(name))
            continue;
        const found = variables.map((variable) => env[variable]).find((value) => value);
        if (found)
            inputs.set(name, found);
    }
    return { kind: 'run', inputs };
}
function helpText() {
    const lines = [
        'audit-gate — gate, file, fall back and purge audit findings as GitHub issues.',
        '',
        `Usage: audit-gate <mode> [options]     modes: ${constants/* MODES */.FN.join(', ')}`,
        '',
        "Options (the action's inputs, same names and defaults):",
    ];
    for (const [name, spec] of Object.entries(constants/* INPUTS */.mc)) {
        if (name === 'mode')
            continue;
        const value = isBoolean(name) ? '' : ' <value>';
        const fallback = ENV_FALLBACKS[name];
        const shownDefault = spec.default && !spec.default.startsWith('${{') ? ` (default: ${spec.default})` : '';
        const fromEnv = fallback ? ` (env: ${fallback.join(' or ')})` : '';
        const modes = spec.modes === 'all' ? 'all modes' : spec.modes.join(', ');
        lines.push(`  --${name}${value}`, `      ${spec.description}${shownDefault}${fromEnv} [${modes}]`);
    }
    lines.push('', 'Exit codes: 0 success, 1 configuration or unexpected error, 2 bad artifact,', '            3 HMAC verification failed or API quota exhausted.', 'Outputs are printed to stdout as name=value lines; logs go to stderr.', '', 'Example: AUDIT_GATE_HMAC_KEY=… audit-gate validate --artifact report.json --require-hmac');
    return lines.join('\n') + '\n';
}
/** The CLI: the action's code behind a command line. Returns the exit code. */
async function runCli(argv, env = process.env, out = (text) => process.stdout.write(text), err = (text) => process.stderr.write(text)) {
    const parsed = parseArgs(argv, env);
    switch (parsed.kind) {
        case 'help':
            out(helpText());
            return 0;
        case 'version':
            out(`audit-gate ${constants/* VERSION */.xv}\n`);
            return 0;
        case 'error':
            err(`error: ${parsed.message}\n`);
            return 1;
        case 'run': {
            const host = createCliHost(parsed.inputs, { ...env, GITHUB_WORKSPACE: env.GITHUB_WORKSPACE ?? process.cwd() }, { out, err });
            const code = await (0,main/* run */.e)(host);
            printOutputs(host.outputs, out);
            return code;
        }
    }
}


/***/ }),

/***/ 27242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   xv: () => (/* binding */ VERSION)
/* harmony export */ });
/* unused harmony export OUTPUTS */
/**
 * Every input and output of the action, in one place. `action.yml` must list the same names
 * and defaults (a test compares them), and the CLI takes the same names as `--flags`.
 */
/** Kept equal to package.json's version (a test checks). */
const VERSION = '0.1.0';
const MODES = ['validate', 'sign', 'file', 'fallback', 'purge'];
const INPUTS = {
    mode: {
        default: null,
        description: 'What to do: validate, sign, file, fallback or purge.',
        modes: 'all',
    },
    artifact: {
        default: 'adversarial_reports/consumer_artifact.json',
        description: 'Path of the consumer artifact (JSON, or a SARIF 2.1.0 log).',
        modes: ['validate', 'sign', 'file', 'fallback'],
    },
    schema: {
        default: '',
        description: 'Path of a JSON Schema (2020-12) to check the artifact against; empty: the bundled one.',
        modes: ['validate', 'file'],
    },
    'max-artifact-mb': {
        default: '256',
        description: 'Largest artifact accepted, in MiB; a larger one exits 2 without being read.',
        modes: ['validate', 'file'],
    },
    'require-hmac': {
        default: 'false',
        description: 'Refuse (exit 3) an artifact without a valid HMAC-SHA256 signature.',
        modes: ['validate', 'file'],
    },
    'hmac-key': {
        default: '',
        description: 'HMAC key: one bare key, or lines "kid:key" for rotation. Pass it from a secret.',
        modes: ['validate', 'sign', 'file'],
        secret: true,
    },
    'hmac-key-id': {
        default: '',
        description: 'Key id (kid) to sign with when hmac-key holds several keys.',
        modes: ['sign'],
    },
    token: {
        default: '${{ github.token }}',
        description: 'Token for the GitHub API (issues: write for file, actions: write for purge).',
        modes: ['file', 'purge'],
        secret: true,
    },
    repository: {
        default: '${{ github.repository }}',
        description: 'The central owner/name repository that receives the issues.',
        modes: ['file', 'purge'],
    },
    'group-by': {
        default: 'repo',
        description: 'How hits are grouped into issues: repo, repo-pattern or pattern.',
        modes: ['file'],
    },
    labels: {
        default: 'audit-gate',
        description: 'Comma-separated labels for new issues; the first marks the issues this action owns.',
        modes: ['file'],
    },
    'fp-label': {
        default: 'false-positive',
        description: 'Label that marks an issue as a false positive and suppresses its group.',
        modes: ['file'],
    },
    'quota-threshold': {
        default: '500',
        description: 'Switch to one digest issue when the quota left after the planned calls is below this.',
        modes: ['file'],
    },
    'max-new-issues': {
        default: '50',
        description: 'More new groups than this in one run are filed as one digest issue.',
        modes: ['file'],
    },
    'audit-id': {
        default: '',
        description: "Audit id for the digest; empty: the artifact's audit_id, else <repo>/<run_id>.",
        modes: ['file'],
    },
    'auto-close': {
        default: 'false',
        description: 'Close issues whose group has no hits, for repositories inside a complete scope.',
        modes: ['file'],
    },
    'dry-run': {
        default: 'false',
        description: 'Plan and report, write nothing.',
        modes: ['file', 'purge'],
    },
    'fallback-dir': {
        default: 'adversarial_reports',
        description: 'Directory for redacted fallback copies.',
        modes: ['file', 'fallback', 'purge'],
    },
    'artifact-name': {
        default: 'audit-fallback',
        description: 'Name prefix of uploaded fallback workflow artifacts.',
        modes: ['file', 'fallback', 'purge'],
    },
    'retention-days': {
        default: '7',
        description: 'Retention of uploaded fallback artifacts, in days.',
        modes: ['file', 'fallback'],
    },
    'ttl-days': {
        default: '7',
        description: 'Purge fallback artifacts and files older than this many days.',
        modes: ['purge'],
    },
    'max-deletions': {
        default: '200',
        description: 'Most artifacts deleted in one purge run.',
        modes: ['purge'],
    },
    'fail-on-fallback': {
        default: 'false',
        description: 'Fail the step (exit 1) when findings went to the fallback.',
        modes: ['file', 'fallback'],
    },
    'metrics-file': {
        default: '',
        description: 'Write Prometheus text-format metrics to this file (atomically).',
        modes: 'all',
    },
    'pushgateway-url': {
        default: '',
        description: 'Push the metrics to this Prometheus Pushgateway.',
        modes: 'all',
    },
    'notify-webhook': {
        default: '',
        description: 'Slack-compatible webhook to notify when findings go to the fallback (a secret).',
        modes: ['file', 'fallback'],
        secret: true,
    },
};
const OUTPUTS = {
    valid: 'true when the artifact passed the gate.',
    hits: 'Number of hits in the artifact.',
    groups: 'Number of groups (issues) the hits form.',
    'mode-used': 'How findings were filed: individual, digest, dry-run or fallback.',
    'issues-created': 'Issues created.',
    'issues-updated': 'Issues whose body was updated.',
    'issues-closed': 'Issues closed (resolved or duplicates).',
    'issues-reopened': 'Issues reopened because their group came back.',
    'digest-issue': 'Number of the digest issue, when one was used.',
    suppressed: 'Hits suppressed as false positives.',
    'suppressed-groups': 'Groups suppressed as false positives (closed as not planned or labelled).',
    'false-positive-issues': 'Owned issues marked as false positives.',
    'false-positive-rate': 'False-positive issues over all owned issues, a fraction from 0 to 1.',
    'quota-remaining': 'GitHub API core quota remaining at the end of the run.',
    'fallback-path': 'Path of the redacted fallback file, when one was written.',
    'fallback-artifact-id': 'Id of the uploaded fallback workflow artifact.',
    'purged-count': 'Fallback artifacts and files deleted by purge.',
    'purged-bytes': 'Bytes freed by purge.',
    'failure-reason': 'Why the step failed: schema, hmac, quota, config or internal.',
};


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   VA: () => (/* binding */ SignatureError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   m8: () => (/* binding */ QuotaExhaustedError),
/* harmony export */   nE: () => (/* binding */ ArtifactError),
/* harmony export */   xr: () => (/* binding */ AuditGateError)
/* harmony export */ });
/**
 * Named errors, each carrying the exit code and `failure-reason` it maps to.
 * `main.ts` is the only place that turns them into a failed step.
 */
class AuditGateError extends Error {
    /** Extra lines (for example every schema violation) logged in a collapsible group. */
    details;
    /** Outputs already known when the run failed (say, where the fallback copy went). */
    outputs;
    /** Metric samples of what the run did before failing (say, a fallback copy written). */
    metrics;
    constructor(message, details = [], outputs = {}, metrics = {}) {
        super(message);
        this.details = details;
        this.outputs = outputs;
        this.metrics = metrics;
    }
}
/** The user's configuration is wrong (an input, a key, a mode not built yet). Exit 1. */
class ConfigurationError extends AuditGateError {
    // Written out: bundlers rename classes, so `new.target.name` is not stable.
    name = 'ConfigurationError';
    exitCode = 1;
    reason = 'config';
}
/** The artifact is missing, unreadable, not JSON, too large, or fails the schema. Exit 2. */
class ArtifactError extends AuditGateError {
    name = 'ArtifactError';
    exitCode = 2;
    reason = 'schema';
}
/** The artifact's HMAC signature is missing, unknown or wrong. Exit 3. */
class SignatureError extends AuditGateError {
    name = 'SignatureError';
    exitCode = 3;
    reason = 'hmac';
}
/** GitHub's API quota is exhausted: nothing was written. Exit 3. */
class QuotaExhaustedError extends AuditGateError {
    name = 'QuotaExhaustedError';
    exitCode = 3;
    reason = 'quota';
}
/** One line for anything thrown, Error or not (a bare `instanceof Error` check drops the rest). */
function errorMessage(error) {
    // Duck-typed: errors from another realm (a VM context, a worker) fail `instanceof Error`.
    if (typeof error === 'object' && error !== null && 'message' in error) {
        const { message, name } = error;
        if (typeof message === 'string' && message !== '')
            return message;
        if (typeof name === 'string')
            return name;
    }
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/** Exit code and reason for anything thrown: named errors keep theirs, the rest is internal. */
function classify(error) {
    if (error instanceof AuditGateError)
        return { exitCode: error.exitCode, reason: error.reason };
    return { exitCode: 1, reason: 'internal' };
}


/***/ }),

/***/ 42004:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ parseFallbackOptions)
/* harmony export */ });
/* unused harmony exports parseFallbackDir, parseArtifactName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(83916);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(81567);



/** GitHub refuses these in artifact names (the upload-artifact action lists the same set). */
const FORBIDDEN_IN_ARTIFACT_NAME = /[":<>|*?\r\n\\/]/;
function parseFallbackOptions(host, input) {
    return {
        fallbackDir: parseFallbackDir(host, input.string('fallback-dir')),
        artifactName: parseArtifactName(input.string('artifact-name')),
        // GitHub keeps workflow artifacts for 1 to 90 days (less if the repository says so).
        retentionDays: input.integer('retention-days', 1, 90),
        failOnFallback: input.boolean('fail-on-fallback'),
        notifyWebhook: parseWebhook(input.optional('notify-webhook')),
    };
}
/**
 * `fallback-dir` resolved against the workspace, refused when it lies outside it. Purge deletes
 * `fallback_*.json` files in this directory, so a stray `..` or `/` must not point it at files
 * the action does not own; and keeping the copy in the workspace keeps it with the job.
 * The check is on the path as written (symbolic links are not followed).
 */
function parseFallbackDir(host, value) {
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(host.context.workspace);
    const dir = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePath */ .o1)(host, value);
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, dir);
    if (relative === '..' || relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'fallback-dir' must be a directory inside the workspace (${workspace}), got '${value}'.`);
    }
    return dir;
}
function parseArtifactName(value) {
    if (FORBIDDEN_IN_ARTIFACT_NAME.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'artifact-name' may not contain any of " : < > | * ? \\ / or a line break, got ${JSON.stringify(value)}.`);
    }
    return value;
}
function parseWebhook(value) {
    if (value === null)
        return null;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = null;
    }
    // The value is a secret: the message must not quote it.
    if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Input 'notify-webhook' must be an http:// or https:// URL.");
    }
    return value;
}


/***/ }),

/***/ 31539:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Yz: () => (/* binding */ plainTitleText),
/* harmony export */   b0: () => (/* binding */ blobUrl),
/* harmony export */   d6: () => (/* binding */ codeFence),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export flatten */
/**
 * Markdown for text from scanned repositories inside issue bodies. Such text must never form
 * a marker, a task item, a mention, a reference or broken Markdown: inline text goes into
 * code spans, snippets into fences longer than any backtick run inside them, and control or
 * bidi characters (which can hide or reorder what a reader sees) are replaced.
 * (src/report/markdown.ts escapes `|` for table cells; these lists have no tables.)
 */
const ELLIPSIS = '…';
/**
 * Cuts `text` to at most `max` UTF-16 code units (how GitHub and JS count a body), ending
 * with an ellipsis, and never between the two halves of a surrogate pair.
 */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    if (max < 1)
        return '';
    let end = max - ELLIPSIS.length;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return text.slice(0, Math.max(0, end)) + ELLIPSIS;
}
/** C0/C1 controls, DEL, line/paragraph separators and bidi overrides and isolates. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** One line of plain text: line breaks and tabs become spaces, unsafe characters U+FFFD. */
function flatten(text) {
    return text.replace(/[\r\n\t]+/g, ' ').replace(UNSAFE, '\uFFFD');
}
function longestRun(text, char) {
    let longest = 0;
    let run = 0;
    for (const c of text) {
        run = c === char ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    return longest;
}
/**
 * Inline code safe on a list line: the delimiter is longer than any backtick run inside, and
 * a space pads text that starts or ends with a backtick. Inside a code span `@team` does not
 * ping, `#1` does not link and `<!--` is not a comment.
 */
function inlineCode(text, max = 200) {
    const flat = truncate(flatten(text), max);
    if (flat === '')
        return '` `';
    const fence = '`'.repeat(longestRun(flat, '`') + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/**
 * A fenced code block, each line prefixed with `indent` (to sit inside a list item). The
 * fence is longer than any backtick run in the text, so no line of it can close the block.
 */
function codeFence(text, indent, limits) {
    const lines = text
        .replace(/\r\n?/g, '\n')
        .replace(/\t/g, '    ')
        .replace(UNSAFE, '\uFFFD')
        .split('\n');
    let joined = lines.slice(0, limits.maxLines).join('\n');
    if (lines.length > limits.maxLines)
        joined += `\n${ELLIPSIS}`;
    joined = truncate(joined, limits.maxChars);
    const fence = '`'.repeat(Math.max(3, longestRun(joined, '`') + 1));
    const body = joined.split('\n').map((line) => (line === '' ? '' : indent + line));
    return [indent + fence, ...body, indent + fence];
}
/**
 * A one-line title: no control characters, and `@` followed by a zero-width space, so a
 * pattern like `@org/team` cannot mention anyone wherever the title is rendered.
 */
function plainTitleText(text) {
    return flatten(text).replace(/@/g, '@\u200B');
}
const HEX_COMMIT = /^[0-9a-f]{7,64}$/i;
/** Each path segment percent-encoded, parentheses too: a bare `)` would end a Markdown link. */
function encodePath(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/**
 * Link to the line at the commit, or null when the commit is unknown or not a SHA. The server
 * is the run's own (GITHUB_SERVER_URL), so links work on GitHub Enterprise Server too.
 */
function blobUrl(repo, commit, path, line, serverUrl = 'https://github.com') {
    if (commit === undefined || !HEX_COMMIT.test(commit))
        return null;
    const server = serverUrl.replace(/\/+$/, '');
    return `${server}/${encodePath(repo)}/blob/${commit}/${encodePath(path)}#L${Math.trunc(line)}`;
}


/***/ }),

/***/ 5485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qd: () => (/* binding */ parseFileOptions),
  Xw: () => (/* binding */ resolveAuditId)
});

// UNUSED EXPORTS: parseRepository

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/fallback/options.ts
var options = __nccwpck_require__(42004);
;// CONCATENATED MODULE: ./src/filer/types.ts
const GROUP_BY = ['repo', 'repo-pattern', 'pattern'];

;// CONCATENATED MODULE: ./src/filer/options.ts
/**
 * The options of `mode: file`, parsed once from the inputs. A bad value is a ConfigurationError
 * before the artifact is read or GitHub is called.
 */



const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
function parseRepository(value, input = 'repository') {
    const match = REPOSITORY.exec(value);
    if (!match) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}' must be owner/name, got '${value}'.`);
    }
    return { owner: match[1], repo: match[2], fullName: value };
}
function parseFileOptions(host, input, gate) {
    const token = input.string('token');
    if (token === '') {
        throw new errors/* ConfigurationError */.j1("Mode 'file' needs 'token' (a token with issues: write on the central repository).");
    }
    const repositoryInput = input.string('repository') || host.context.repository;
    if (repositoryInput === '') {
        throw new errors/* ConfigurationError */.j1("Mode 'file' needs 'repository' (owner/name of the central repository).");
    }
    const groupBy = input.string('group-by');
    if (!GROUP_BY.includes(groupBy)) {
        throw new errors/* ConfigurationError */.j1(`Input 'group-by' must be one of ${GROUP_BY.join(', ')}, got '${groupBy}'.`);
    }
    const labels = [
        ...new Set(input
            .string('labels')
            .split(',')
            .map((l) => l.trim())
            .filter((l) => l !== '')),
    ];
    if (labels.length === 0) {
        throw new errors/* ConfigurationError */.j1("Input 'labels' must name at least one label: the first marks the issues audit-gate owns.");
    }
    const tooLong = labels.find((l) => [...l].length > 50);
    if (tooLong !== undefined) {
        throw new errors/* ConfigurationError */.j1(`Input 'labels': '${tooLong}' is longer than GitHub's 50 characters.`);
    }
    return {
        gate,
        token,
        repository: parseRepository(repositoryInput),
        groupBy: groupBy,
        labels,
        fpLabel: input.string('fp-label').trim(),
        quotaThreshold: input.integer('quota-threshold', 0, 1_000_000),
        maxNewIssues: input.integer('max-new-issues', 0, 100_000),
        auditId: input.optional('audit-id'),
        autoClose: input.boolean('auto-close'),
        dryRun: input.boolean('dry-run'),
        fallback: (0,options/* parseFallbackOptions */.aY)(host, input),
    };
}
/**
 * The digest's audit id: the input, else the artifact's own, else `<repository>/<run_id>`,
 * which a re-run attempt keeps. Never a random id: the seed used a fresh UUID, so every
 * retry filed another digest.
 */
function resolveAuditId(configured, artifactAuditId, context) {
    if (configured !== null && configured.trim() !== '')
        return configured.trim();
    if (artifactAuditId !== undefined && artifactAuditId.trim() !== '')
        return artifactAuditId.trim();
    if (context.runId === '') {
        throw new errors/* ConfigurationError */.j1("No audit id: set 'audit-id', add audit_id to the artifact, or run inside a workflow run.");
    }
    return `${context.repository || 'local'}/${context.runId}`;
}


/***/ }),

/***/ 27768:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Writes `data` to `file` so that a crash leaves either the old file or the whole new one:
 * a temp file in the same directory (rename is only atomic within one file system), fsync,
 * rename over the target, then fsync the directory so the rename itself is durable.
 * On failure the temp file is removed.
 */
async function writeFileAtomic(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', 0o644);
    let closed = false;
    try {
        await handle.writeFile(data);
        await handle.sync();
        await handle.close();
        closed = true;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
    }
    catch (error) {
        if (!closed)
            await handle.close().catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temp).catch(() => undefined);
        throw error;
    }
    await syncDirectory(dir);
}
async function syncDirectory(dir) {
    // Some file systems refuse fsync on a directory; the data is already renamed into place.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r').catch(() => null);
    if (!handle)
        return;
    try {
        await handle.sync();
    }
    catch {
        /* not supported here */
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 65933:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  NW: () => (/* binding */ parseKeyRing),
  Tt: () => (/* binding */ signDocument),
  kR: () => (/* binding */ verifyDocument)
});

// UNUSED EXPORTS: KeyRing, SIGNATURE_ALG, computeSignature, signedFormatOf, unsignedPayload

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
;// CONCATENATED MODULE: ./src/gate/canonical-json.ts
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
const MAX_CANONICAL_DEPTH = 1000;
/** The property list route does `objects x distinct keys` look-ups; past this it loses. */
const LOOKUPS_PER_MEMBER = 4;
const FREE_LOOKUPS = 256;
/**
 * The RFC 8785 canonical form of a value JSON.parse can produce. Throws a TypeError for what
 * JSON cannot hold (undefined, functions, symbols, bigints, NaN, Infinity, class instances) and
 * for lone surrogates (RFC 8785 requires I-JSON), a RangeError past MAX_CANONICAL_DEPTH.
 */
function canonicalJson(value) {
    return canonicalJsonBy('sorted-copy', value);
}
/**
 * canonicalJson by a chosen route, so tests and the benchmark can drive each one. A route that
 * cannot serve the value (integer-like keys for the sorted copy, too many distinct keys for the
 * property list) hands it to the next, so the result is the same whatever the route.
 */
function canonicalJsonBy(route, value) {
    return checkWellFormed(serialize(route, value));
}
/** The route canonicalJson takes for a value (null for a primitive). */
function canonicalRoute(value) {
    if (!isContainer(value))
        return null;
    if (trySortedCopy(value) !== INTEGER_LIKE_KEY)
        return 'sorted-copy';
    return propertyListPays(surveyKeys(value)) ? 'property-list' : 'member-by-member';
}
function serialize(route, value) {
    if (!isContainer(value))
        return serializePrimitive(value);
    if (route === 'sorted-copy') {
        const copy = trySortedCopy(value);
        if (copy !== INTEGER_LIKE_KEY)
            return JSON.stringify(copy);
    }
    if (route !== 'member-by-member') {
        const survey = surveyKeys(value);
        if (propertyListPays(survey))
            return JSON.stringify(value, [...survey.keys].sort());
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
function writeCanonicalJson(value, write) {
    const shapes = [];
    let buffer = '';
    const emit = (text) => {
        buffer += text;
        if (buffer.length >= STREAM_CHUNK) {
            write(buffer);
            buffer = '';
        }
    };
    streamNode(value, 1, shapes, emit);
    if (buffer !== '')
        write(buffer);
}
function streamNode(node, depth, shapes, emit) {
    if (!isContainer(node)) {
        emit(checkWellFormed(serializePrimitive(node)));
        return;
    }
    if (depth > MAX_CANONICAL_DEPTH)
        throw tooDeep();
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
        const key = keys[i];
        emit(`${i > 0 ? ',' : ''}${checkWellFormed(JSON.stringify(key))}:`);
        streamNode(node[key], depth + 1, shapes, emit);
    }
    emit('}');
}
/** canonicalJson of a value below the streamed levels, reusing the caller's shape cache. */
function serializeSharing(node, depth, shapes) {
    try {
        return JSON.stringify(copyContainer(node, depth, shapes));
    }
    catch (error) {
        if (error instanceof IntegerLikeKey)
            return serialize('property-list', node);
        throw error;
    }
}
// ---- the sorted copy --------------------------------------------------------------------------
const INTEGER_LIKE_KEY = Symbol('integer-like key');
/** Raised inside the copy to abandon it at once; never escapes this module. */
class IntegerLikeKey {
}
function trySortedCopy(value, shapes = []) {
    try {
        return copyContainer(value, 1, shapes);
    }
    catch (error) {
        if (error instanceof IntegerLikeKey)
            return INTEGER_LIKE_KEY;
        throw error;
    }
}
/**
 * Recursion is safe here: depth is checked before each level, far below the stack's limit.
 * What is already in canonical order (say, from a producer that sorts its keys) is returned as
 * it is, so only what must move is copied.
 */
function copyContainer(node, depth, shapes) {
    if (depth > MAX_CANONICAL_DEPTH)
        throw tooDeep();
    if (Array.isArray(node)) {
        let copy = null;
        for (let i = 0; i < node.length; i++) {
            const child = node[i];
            const element = isContainer(child) ? copyContainer(child, depth + 1, shapes) : checked(child);
            if (copy !== null)
                copy.push(element);
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
    let copy = shape.inOrder ? null : {};
    for (let i = 0; i < sorted.length; i++) {
        const key = sorted[i];
        const child = node[key];
        const member = isContainer(child) ? copyContainer(child, depth + 1, shapes) : checked(child);
        if (copy === null) {
            if (member === child)
                continue;
            copy = {};
            for (const earlier of sorted.slice(0, i))
                setMember(copy, earlier, node[earlier]);
        }
        setMember(copy, key, member);
    }
    return copy ?? node;
}
/** Assigning `__proto__` would set the copy's prototype rather than add a member. */
function setMember(target, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(target, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true,
        });
    }
    else
        target[key] = value;
}
function sameShape(shape, keys) {
    if (shape === undefined || shape.keys.length !== keys.length)
        return undefined;
    for (let i = 0; i < keys.length; i++)
        if (shape.keys[i] !== keys[i])
            return undefined;
    return shape;
}
function newShape(keys) {
    if (keys.some(isIntegerLike))
        throw new IntegerLikeKey();
    // The default sort compares UTF-16 code units, which is the order RFC 8785 requires.
    const sorted = [...keys].sort();
    return { keys, sorted, inOrder: sorted.every((key, i) => key === keys[i]) };
}
/** Loosely: "01" is not an array index, but treating it as one only costs a slower route. */
function isIntegerLike(key) {
    return /^[0-9]+$/.test(key);
}
function surveyKeys(root) {
    const keys = new Set();
    let objects = 0;
    let members = 0;
    // An explicit stack: this route also serves values the copy above gave up on.
    const stack = [[root, 1]];
    for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
        const [node, depth] = entry;
        if (depth > MAX_CANONICAL_DEPTH)
            throw tooDeep();
        const children = Array.isArray(node) ? node : Object.values(node);
        if (!Array.isArray(node)) {
            objects++;
            for (const key of Object.keys(node))
                keys.add(key);
            members += children.length;
        }
        for (const child of children) {
            if (isContainer(child))
                stack.push([child, depth + 1]);
            else
                checked(child);
        }
    }
    return { keys, objects, members };
}
/**
 * A property list is looked up with an ordinary Get, which also finds inherited members: an
 * object without its own `__proto__` would print Object.prototype's. (Inherited functions such
 * as `toString` are harmless: JSON.stringify skips function values.)
 */
function propertyListPays(survey) {
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
function serializeMemberByMember(root) {
    const parts = [];
    const stack = [];
    const open = (node) => {
        if (stack.length >= MAX_CANONICAL_DEPTH)
            throw tooDeep();
        const keys = Array.isArray(node) ? null : Object.keys(node).sort();
        parts.push(keys === null ? '[' : '{');
        stack.push({ node, keys, next: 0 });
    };
    open(root);
    for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
        const { node, keys } = frame;
        const length = keys === null ? node.length : keys.length;
        if (frame.next === length) {
            parts.push(keys === null ? ']' : '}');
            stack.pop();
            continue;
        }
        const index = frame.next++;
        if (index > 0)
            parts.push(',');
        let child;
        if (keys === null)
            child = node[index];
        else {
            const key = keys[index];
            parts.push(JSON.stringify(key), ':');
            child = node[key];
        }
        if (isContainer(child))
            open(child);
        else
            parts.push(serializePrimitive(child));
    }
    return parts.join('');
}
// ---- values -----------------------------------------------------------------------------------
function isContainer(value) {
    if (value === null || typeof value !== 'object')
        return false;
    if (Array.isArray(value))
        return true;
    const prototype = Object.getPrototypeOf(value);
    if (prototype === Object.prototype || prototype === null)
        return true;
    // Dates, Maps, boxed primitives: JSON.parse never makes them, and JSON.stringify would
    // print them by rules (toJSON, valueOf) that RFC 8785 does not cover.
    throw notJson(value);
}
/** A JSON primitive, returned as is; anything else is a TypeError. */
function checked(value) {
    switch (typeof value) {
        case 'string':
        case 'boolean':
            return value;
        case 'number':
            if (Number.isFinite(value))
                return value;
            break;
        case 'object':
            if (value === null)
                return value;
            break;
    }
    throw notJson(value);
}
function serializePrimitive(value) {
    return JSON.stringify(checked(value));
}
/**
 * JSON.stringify writes a lone surrogate as a `\udXXX` escape, which RFC 8785 (I-JSON) does
 * not allow. Searching the output once is cheaper than testing every string. The escape must
 * follow an even run of backslashes, or its backslash is the second half of an escaped `\\`.
 */
function checkWellFormed(json) {
    if (json.includes('\\ud') && /(?<!\\)(?:\\\\)*\\ud[89a-f][0-9a-f]{2}/.test(json)) {
        throw new TypeError('cannot canonicalise a string holding a lone surrogate (RFC 8785)');
    }
    return json;
}
function notJson(value) {
    const what = typeof value === 'number'
        ? String(value)
        : typeof value === 'object' && value !== null
            ? `a ${value.constructor?.name ?? 'non-plain object'}`
            : typeof value;
    return new TypeError(`cannot canonicalise ${what}: not a JSON value`);
}
function tooDeep() {
    return new RangeError(`cannot canonicalise a value nested deeper than ${MAX_CANONICAL_DEPTH}`);
}

;// CONCATENATED MODULE: ./src/gate/signature.ts
/**
 * The artifact's HMAC: HMAC-SHA256, keyed with the UTF-8 bytes of the key, over the UTF-8 bytes
 * of the RFC 8785 canonical JSON of the document without its signature, written as lower-case
 * hex and compared in constant time. __fixtures__/signing/vectors.json shows it worked through
 * for producers in other languages.
 */



const SIGNATURE_ALG = 'HMAC-SHA256';
const KID = /^[A-Za-z0-9._-]{1,64}$/;
const KID_RULE = '1 to 64 characters among A-Z a-z 0-9 . _ -';
/**
 * The keys of the `hmac-key` input: one bare key, or lines `kid:key` for rotation.
 * Key material lives in a private field, so it never shows in JSON.stringify or a console dump.
 */
class KeyRing {
    #keys;
    /** `null` as the only kid stands for a bare key. */
    constructor(keys) {
        this.#keys = keys;
    }
    /** A bare key verifies a signature whatever its kid, and signs without one unless asked. */
    get isBare() {
        return this.#keys.has(null);
    }
    /** Key ids, in the order given (empty for a bare key). Not secret: they appear in artifacts. */
    get kids() {
        return [...this.#keys.keys()].filter((kid) => kid !== null);
    }
    /** Every key, to register with `core.setSecret` so the runner masks them in logs. */
    secrets() {
        return [...this.#keys.values()];
    }
    /**
     * The key to sign with, and the kid to write. A bare key writes no kid unless one is given
     * (it must still be a well-formed kid); a ring of several keys needs the kid named.
     */
    signingKey(kid) {
        const wanted = kid === undefined || kid === '' ? null : kid;
        if (wanted !== null && !KID.test(wanted)) {
            throw new errors/* ConfigurationError */.j1(`hmac-key-id must be ${KID_RULE}`);
        }
        const bare = this.#keys.get(null);
        if (bare !== undefined)
            return { kid: wanted, key: bare };
        if (wanted === null) {
            const [only, ...others] = this.#keys;
            if (only !== undefined && others.length === 0)
                return { kid: only[0], key: only[1] };
            throw new errors/* ConfigurationError */.j1(`hmac-key holds ${this.#keys.size} keys (${this.kids.join(', ')}): ` +
                'set hmac-key-id to the one to sign with');
        }
        const key = this.#keys.get(wanted);
        if (key === undefined) {
            throw new errors/* ConfigurationError */.j1(`hmac-key-id "${wanted}" is not in hmac-key (known: ${this.kids.join(', ')})`);
        }
        return { kid: wanted, key };
    }
    /** The key a signature with this kid (or none) was made with, or why there is none. */
    verifyingKey(kid) {
        const bare = this.#keys.get(null);
        if (bare !== undefined)
            return bare;
        if (kid === null) {
            const [only, ...others] = this.#keys.values();
            if (only !== undefined && others.length === 0)
                return only;
            throw new errors/* SignatureError */.VA(`signature has no kid, but hmac-key holds ${this.#keys.size} keys ` +
                `(${this.kids.join(', ')}): cannot tell which one signed it`);
        }
        const key = this.#keys.get(kid);
        if (key === undefined) {
            throw new errors/* SignatureError */.VA(`signature kid "${kid}" is not in hmac-key (known: ${this.kids.join(', ')})`);
        }
        return key;
    }
    toJSON() {
        return { kids: this.kids, bare: this.isBare };
    }
}
/**
 * Parses the `hmac-key` input. Either one bare key (a single non-empty line without `:`), or
 * lines `kid:key`, split at the first `:`, so a key containing `:` must be given as `kid:key`
 * (a lone line `a:b` is read as kid `a`, key `b`). Lines and the parts around the `:` are
 * trimmed, blank lines ignored. Errors name lines, never their text, which may be a key.
 */
function parseKeyRing(raw) {
    const lines = raw
        .split(/\r\n|\r|\n/)
        .map((line, index) => ({ text: line.trim(), number: index + 1 }))
        .filter((line) => line.text !== '');
    if (lines.length === 0)
        throw new errors/* ConfigurationError */.j1('hmac-key is empty');
    const only = lines.length === 1 ? lines[0] : undefined;
    if (only !== undefined && !only.text.includes(':')) {
        return new KeyRing(new Map([[null, only.text]]));
    }
    const keys = new Map();
    const lineOfKid = new Map();
    for (const { text, number } of lines) {
        const colon = text.indexOf(':');
        if (colon < 0) {
            throw new errors/* ConfigurationError */.j1(`hmac-key line ${number} is not "kid:key" (with several lines, each must be kid:key)`);
        }
        const kid = text.slice(0, colon).trim();
        const key = text.slice(colon + 1).trim();
        if (!KID.test(kid)) {
            throw new errors/* ConfigurationError */.j1(`hmac-key line ${number}: the kid before ":" must be ${KID_RULE} ` +
                '(a key containing ":" must be given as kid:key)');
        }
        if (key === '')
            throw new errors/* ConfigurationError */.j1(`hmac-key line ${number}: the key is empty`);
        const first = lineOfKid.get(kid);
        if (first !== undefined) {
            throw new errors/* ConfigurationError */.j1(`hmac-key line ${number} repeats the kid of line ${first}`);
        }
        lineOfKid.set(kid, number);
        keys.set(kid, key);
    }
    return new KeyRing(keys);
}
/** `sarif` for a SARIF 2.1.0 log (`version: "2.1.0"` and a `runs` array), else `native`. */
function signedFormatOf(document) {
    return document['version'] === '2.1.0' && Array.isArray(document['runs']) ? 'sarif' : 'native';
}
/**
 * What the HMAC covers: the document without its signature. For SARIF, a property bag left
 * empty by removing the signature is dropped too, so signing a log that had no `properties`
 * covers exactly the log as it was, and an empty bag added or removed later changes nothing.
 */
function unsignedPayload(document, format) {
    if (format === 'native')
        return without(document, 'signature');
    const properties = document['properties'];
    if (!isPlainObject(properties))
        return document;
    const rest = without(properties, 'signature');
    return Object.keys(rest).length === 0
        ? without(document, 'properties')
        : { ...document, properties: rest };
}
/** Lower-case hex HMAC-SHA256 of the UTF-8 of the document's canonical JSON without its signature. */
function computeSignature(document, format, key) {
    const hmac = (0,external_node_crypto_.createHmac)('sha256', key);
    try {
        // Streamed: the canonical text of a large artifact is hashed chunk by chunk, never whole.
        writeCanonicalJson(unsignedPayload(document, format), (chunk) => hmac.update(chunk));
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* ArtifactError */.nE(`artifact cannot be canonicalised for its HMAC (RFC 8785): ${reason}`);
    }
    return hmac.digest('hex');
}
/** A new document carrying a fresh signature; the input is left as it was. */
function signDocument(document, format, ring, kid) {
    const signer = ring.signingKey(kid);
    const signature = {
        alg: SIGNATURE_ALG,
        ...(signer.kid === null ? {} : { kid: signer.kid }),
        value: computeSignature(document, format, signer.key),
    };
    if (format === 'native')
        return { ...document, signature };
    const properties = document['properties'];
    if (properties !== undefined && !isPlainObject(properties)) {
        throw new errors/* ArtifactError */.nE('the SARIF log\'s top-level "properties" is not an object');
    }
    return { ...document, properties: { ...properties, signature } };
}
/**
 * Checks the document's signature; returns the kid it names (null when it names none).
 * Throws SignatureError, in one line, when it is missing, malformed, of another algorithm,
 * made with a key the ring does not hold, or does not match.
 */
function verifyDocument(document, format, ring) {
    const signature = readSignature(document, format);
    const key = ring.verifyingKey(signature.kid);
    const expected = Buffer.from(computeSignature(document, format, key));
    const actual = Buffer.from(signature.value);
    // timingSafeEqual throws on a length difference; the length of a digest is no secret.
    if (actual.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(actual, expected)) {
        throw new errors/* SignatureError */.VA('signature does not match: the artifact was changed after signing, or signed with another key');
    }
    return { kid: signature.kid };
}
function readSignature(document, format) {
    const where = format === 'native' ? '"signature"' : 'the SARIF log\'s "properties.signature"';
    const bag = format === 'native' ? document : document['properties'];
    const signature = isPlainObject(bag) ? bag['signature'] : undefined;
    if (signature === undefined)
        throw new errors/* SignatureError */.VA(`artifact has no signature (${where})`);
    if (!isPlainObject(signature)) {
        throw new errors/* SignatureError */.VA(`malformed signature: ${where} must be an object {alg, kid?, value}`);
    }
    const { alg, kid, value } = signature;
    if (typeof alg !== 'string') {
        throw new errors/* SignatureError */.VA(`malformed signature: ${where}.alg must be "${SIGNATURE_ALG}"`);
    }
    if (alg !== SIGNATURE_ALG) {
        throw new errors/* SignatureError */.VA(`unsupported signature algorithm ${quote(alg)}: only ${SIGNATURE_ALG} is accepted`);
    }
    if (kid !== undefined && (typeof kid !== 'string' || !KID.test(kid))) {
        throw new errors/* SignatureError */.VA(`malformed signature: ${where}.kid must be ${KID_RULE}`);
    }
    if (typeof value !== 'string' || !/^[0-9a-f]*$/.test(value)) {
        throw new errors/* SignatureError */.VA(`malformed signature: ${where}.value must be lower-case hex`);
    }
    return { kid: kid ?? null, value };
}
function without(object, key) {
    const copy = { ...object };
    delete copy[key];
    return copy;
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** An artifact's text in a one-line message: quoted, escaped, and cut short. */
function quote(text) {
    return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}


/***/ }),

/***/ 82237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ runContextFromEnv)
/* harmony export */ });
function runContextFromEnv(env) {
    return {
        repository: env.GITHUB_REPOSITORY ?? '',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    };
}


/***/ }),

/***/ 79407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6947);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(42732);


// One bundle serves both: the Actions runner starts `node dist/index.js` with no arguments;
// `bin/audit-gate.js` sets AUDIT_GATE_CLI before importing it.
const cli = process.env.AUDIT_GATE_CLI === '1';
process.exitCode = cli ? await (0,_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .ak)(process.argv.slice(2)) : await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6947:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./src/host.ts
var host = __nccwpck_require__(82237);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./src/host/workflow-commands.ts
/**
 * The runner's side of the Actions protocol that this action uses: `::command::` lines on
 * stdout and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, written exactly as @actions/core
 * writes them (a test runs both and compares).
 *
 * Why not @actions/core itself: importing it loads its OIDC client and with it undici, about
 * 100 ms of every run's start-up — 40% of the action's cold-start budget — for a feature this
 * action never uses. Everything here is the toolkit's documented wire format.
 */



function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,key=value::message`, skipping empty properties as the toolkit does. */
function formatCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function issueCommand(name, properties, message, write = (text) => process.stdout.write(text)) {
    write(formatCommand(name, properties, message) + external_node_os_.EOL);
}
/** An input as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper-cased. */
function readInput(env, name) {
    return env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}
/**
 * Appends `name<<delimiter` / value / `delimiter` to a file command such as GITHUB_OUTPUT.
 * The delimiter is random, so a value cannot end the block early and forge another output.
 */
function appendKeyValue(file, name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error('Unexpected input: name or value contains the delimiter');
    }
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
}

;// CONCATENATED MODULE: ./src/host/actions-host.ts




/** The Host inside a GitHub Actions step: inputs from INPUT_*, outputs to GITHUB_OUTPUT. */
function createActionsHost(env = process.env, write = (text) => process.stdout.write(text)) {
    const annotation = (properties) => ({
        title: properties?.title,
        file: properties?.file,
        line: properties?.startLine,
    });
    const command = (name, properties, message) => issueCommand(name, properties, message, write);
    return {
        getInput: (name) => readInput(env, name).trim(),
        getMultilineInput: (name) => readInput(env, name),
        setOutput(name, value) {
            if (env.GITHUB_OUTPUT)
                appendKeyValue(env.GITHUB_OUTPUT, name, String(value));
            else
                command('set-output', { name }, String(value));
        },
        setSecret: (value) => command('add-mask', {}, value),
        debug: (message) => command('debug', {}, message),
        info: (message) => write(message + external_node_os_.EOL),
        notice: (message, properties) => command('notice', annotation(properties), message),
        warning: (message, properties) => command('warning', annotation(properties), message),
        error: (message, properties) => command('error', annotation(properties), message),
        async group(title, fn) {
            command('group', {}, title);
            try {
                return await fn();
            }
            finally {
                command('endgroup', {}, '');
            }
        },
        async writeSummary(markdown) {
            // Outside a runner there is no summary file, and so no summary.
            if (env.GITHUB_STEP_SUMMARY)
                await (0,promises_.appendFile)(env.GITHUB_STEP_SUMMARY, markdown + external_node_os_.EOL);
        },
        context: (0,host/* runContextFromEnv */.w)(env),
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/options.ts + 1 modules
var src_options = __nccwpck_require__(81567);
// EXTERNAL MODULE: ./src/report/gate-summary.ts
var gate_summary = __nccwpck_require__(32930);
// EXTERNAL MODULE: ./src/report/metrics.ts
var metrics = __nccwpck_require__(36479);
;// CONCATENATED MODULE: ./src/main.ts





const FAILURE_TITLES = {
    schema: 'artifact refused',
    hmac: 'signature refused',
    quota: 'API quota exhausted',
    config: 'configuration error',
    internal: 'unexpected failure',
};
/**
 * The one place that turns a mode's result or error into outputs, a summary and an exit code.
 * Returns the exit code rather than exiting, so tests call it without ending the process.
 */
async function run(host = createActionsHost()) {
    const started = performance.now();
    let options = null;
    try {
        (0,src_options/* registerSecrets */.dg)(host);
        options = (0,src_options/* parseOptions */.Ac)(host);
        const result = await dispatch(options, host);
        setOutputs(host, result.outputs);
        if (result.failureReason)
            host.setOutput('failure-reason', result.failureReason);
        await host.writeSummary(result.summary);
        await (0,metrics/* writeMetrics */.DH)(options.metrics, options.mode, result.metrics ?? {}, started, host);
        return result.exitCode ?? 0;
    }
    catch (error) {
        const { exitCode, reason } = (0,errors/* classify */.L8)(error);
        const details = error instanceof errors/* AuditGateError */.xr ? error.details : [];
        if (error instanceof errors/* AuditGateError */.xr)
            setOutputs(host, error.outputs);
        if (details.length > 0) {
            await host.group(`${details.length} problem(s) in detail`, async () => {
                for (const line of details)
                    host.info(line);
            });
        }
        if (reason === 'internal' && error instanceof Error && error.stack)
            host.debug(error.stack);
        const message = reason === 'internal' ? `Unexpected failure: ${(0,errors/* errorMessage */.gJ)(error)}` : (0,errors/* errorMessage */.gJ)(error);
        host.error(message, { title: `audit-gate: ${FAILURE_TITLES[reason]}` });
        host.setOutput('failure-reason', reason);
        if (reason === 'schema' || reason === 'hmac')
            host.setOutput('valid', false);
        await host
            .writeSummary((0,gate_summary/* renderFailureSummary */.F)(FAILURE_TITLES[reason], message, details))
            .catch(() => undefined);
        if (options) {
            const samples = error instanceof errors/* AuditGateError */.xr ? error.metrics : {};
            await (0,metrics/* writeMetrics */.DH)(options.metrics, options.mode, samples, started, host).catch(() => undefined);
        }
        return exitCode;
    }
}
/**
 * Each mode is imported when chosen, so the bundle splits along modes and a `validate` run
 * does not load the GitHub client, the artifact uploader or the filer.
 */
async function dispatch(options, host) {
    switch (options.mode) {
        case 'validate':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(512), __nccwpck_require__.e(444)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11444))).validateMode(options.gate, host);
        case 'sign':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(512), __nccwpck_require__.e(543)]).then(__nccwpck_require__.bind(__nccwpck_require__, 73543))).signMode(options.sign, host);
        case 'fallback':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(512), __nccwpck_require__.e(312)]).then(__nccwpck_require__.bind(__nccwpck_require__, 33312))).fallbackMode(options.gate, options.fallback, host);
        case 'purge':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(913), __nccwpck_require__.e(530), __nccwpck_require__.e(979)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15979))).purgeMode(options.purge, host);
        case 'file':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(913), __nccwpck_require__.e(530), __nccwpck_require__.e(512), __nccwpck_require__.e(775)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20775))).fileMode(options.file, host);
        default:
            return assertNever(options);
    }
}
function setOutputs(host, outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined)
            host.setOutput(name, value);
    }
}
function assertNever(value) {
    throw new Error(`Unhandled mode: ${JSON.stringify(value)}`);
}


/***/ }),

/***/ 81567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ac: () => (/* binding */ parseOptions),
  dg: () => (/* binding */ registerSecrets),
  o1: () => (/* binding */ resolvePath)
});

// UNUSED EXPORTS: InputReader

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(27242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/gate/signature.ts + 1 modules
var signature = __nccwpck_require__(65933);
// EXTERNAL MODULE: ./src/fallback/options.ts
var options = __nccwpck_require__(42004);
;// CONCATENATED MODULE: ./src/purge/options.ts


const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
function parsePurgeOptions(host, input) {
    const token = input.string('token');
    if (token === '') {
        throw new errors/* ConfigurationError */.j1("Input 'token' is empty: mode 'purge' needs a token with actions: write (the default is ${{ github.token }}).");
    }
    const repository = input.string('repository') || host.context.repository;
    if (!REPOSITORY.test(repository)) {
        throw new errors/* ConfigurationError */.j1(`Input 'repository' must be owner/name, got '${repository}'.`);
    }
    return {
        token,
        repository,
        fallbackDir: resolvePath(host, input.string('fallback-dir')),
        // Never empty: an empty input takes the action.yml default.
        artifactName: input.string('artifact-name'),
        ttlDays: input.integer('ttl-days', 1, 400),
        maxDeletions: input.integer('max-deletions', 1, 10_000),
        dryRun: input.boolean('dry-run'),
    };
}

// EXTERNAL MODULE: ./src/filer/options.ts + 1 modules
var filer_options = __nccwpck_require__(5485);
;// CONCATENATED MODULE: ./src/options.ts







const BOOLEAN_TRUE = new Set(['true', 'True', 'TRUE']);
const BOOLEAN_FALSE = new Set(['false', 'False', 'FALSE']);
/** Reads inputs through the host with their action.yml defaults applied where empty. */
class InputReader {
    host;
    constructor(host) {
        this.host = host;
    }
    string(name) {
        const value = this.host.getInput(name);
        if (value !== '')
            return value;
        const fallback = constants/* INPUTS */.mc[name].default;
        return fallback === null || fallback.startsWith('${{') ? '' : fallback;
    }
    optional(name) {
        const value = this.string(name);
        return value === '' ? null : value;
    }
    boolean(name) {
        const value = this.string(name);
        if (BOOLEAN_TRUE.has(value))
            return true;
        if (BOOLEAN_FALSE.has(value))
            return false;
        throw new errors/* ConfigurationError */.j1(`Input '${name}' must be true or false, got '${value}'.`);
    }
    integer(name, min, max) {
        const value = this.string(name);
        const parsed = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
        if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
            throw new errors/* ConfigurationError */.j1(`Input '${name}' must be a whole number from ${min} to ${max}, got '${value}'.`);
        }
        return parsed;
    }
    /** A positive decimal, for sizes such as `max-artifact-mb: 0.5`. */
    decimal(name, max) {
        const value = this.string(name);
        const parsed = /^[0-9]*\.?[0-9]+$/.test(value) ? Number(value) : Number.NaN;
        if (!(parsed > 0 && parsed <= max)) {
            throw new errors/* ConfigurationError */.j1(`Input '${name}' must be a number above 0 and at most ${max}, got '${value}'.`);
        }
        return parsed;
    }
    mode() {
        const value = this.host.getInput('mode');
        if (value === '') {
            throw new errors/* ConfigurationError */.j1(`Input 'mode' is required: one of ${constants/* MODES */.FN.join(', ')}.`);
        }
        if (!constants/* MODES */.FN.includes(value)) {
            throw new errors/* ConfigurationError */.j1(`Unknown mode '${value}': use one of ${constants/* MODES */.FN.join(', ')}.`);
        }
        return value;
    }
}
/**
 * Registers every secret input with the host before anything else runs, so no later message,
 * even an error quoting an input, can print one.
 */
function registerSecrets(host) {
    const secrets = new Set();
    for (const [name, spec] of Object.entries(constants/* INPUTS */.mc)) {
        if (!('secret' in spec) || !spec.secret)
            continue;
        const raw = host.getMultilineInput(name);
        if (raw.trim() === '')
            continue;
        secrets.add(raw.trim());
        for (const line of raw.split(/\r?\n/)) {
            const trimmed = line.trim();
            if (trimmed === '')
                continue;
            secrets.add(trimmed);
            // Key-ring lines are `kid:key`: the key alone must be masked too.
            const colon = trimmed.indexOf(':');
            if (name === 'hmac-key' && colon > 0 && colon < trimmed.length - 1) {
                secrets.add(trimmed.slice(colon + 1).trim());
            }
        }
    }
    for (const secret of secrets)
        host.setSecret(secret);
}
function resolvePath(host, file) {
    return external_node_path_default().resolve(host.context.workspace, file);
}
function optionalPath(host, file) {
    return file === null ? null : resolvePath(host, file);
}
function keyRing(host) {
    const raw = host.getMultilineInput('hmac-key');
    return raw.trim() === '' ? null : (0,signature/* parseKeyRing */.NW)(raw);
}
function gateOptions(host, input) {
    const requireHmac = input.boolean('require-hmac');
    const ring = keyRing(host);
    if (requireHmac && ring === null) {
        throw new errors/* ConfigurationError */.j1("Input 'require-hmac' is true but 'hmac-key' is empty: pass the key from a secret.");
    }
    return {
        artifact: resolvePath(host, input.string('artifact')),
        schemaPath: optionalPath(host, input.optional('schema')),
        maxArtifactBytes: Math.floor(input.decimal('max-artifact-mb', 4096) * 1024 * 1024),
        requireHmac,
        keyRing: ring,
        sarifRepository: input.string('repository') || host.context.repository,
    };
}
function signOptions(host, input) {
    const ring = keyRing(host);
    if (ring === null) {
        throw new errors/* ConfigurationError */.j1("Mode 'sign' needs 'hmac-key': pass the key from a secret.");
    }
    return {
        gate: { ...gateOptions(host, input), requireHmac: false, keyRing: null },
        keyRing: ring,
        keyId: input.optional('hmac-key-id'),
    };
}
/** Parses every input the chosen mode uses, once; a bad value is a ConfigurationError now. */
function parseOptions(host) {
    const input = new InputReader(host);
    const mode = input.mode();
    const metrics = {
        metricsFile: optionalPath(host, input.optional('metrics-file')),
        pushgatewayUrl: input.optional('pushgateway-url'),
    };
    switch (mode) {
        case 'validate':
            return { mode, gate: gateOptions(host, input), metrics };
        case 'sign':
            return { mode, sign: signOptions(host, input), metrics };
        case 'fallback':
            return {
                mode,
                gate: gateOptions(host, input),
                fallback: (0,options/* parseFallbackOptions */.aY)(host, input),
                metrics,
            };
        case 'purge':
            return { mode, purge: parsePurgeOptions(host, input), metrics };
        case 'file':
            return { mode, file: (0,filer_options/* parseFileOptions */.Qd)(host, input, gateOptions(host, input)), metrics };
    }
}


/***/ }),

/***/ 32930:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ renderFailureSummary),
/* harmony export */   o: () => (/* binding */ renderGateSummary)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(54285);

const TOP = 10;
/** Job summary of a gated artifact: what it holds and how far it can be trusted. */
function renderGateSummary(gated) {
    const { artifact } = gated;
    const hits = artifact.org_unregistered_hits;
    const byRepo = countBy(hits.map((hit) => hit.repo));
    const byPattern = countBy(hits.map((hit) => hit.pattern));
    const rows = [
        [
            'Artifact',
            `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(gated.displayPath)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(gated.bytes)}, ${gated.format === 'sarif' ? 'SARIF 2.1.0' : 'consumer artifact'})`,
        ],
        [
            'Hits',
            `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(hits.length, 'hit')} in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(byRepo.size, 'repository', 'repositories')}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(byPattern.size, 'pattern')}`,
        ],
        ['Signature', signatureText(gated)],
        ['Audit id', artifact.audit_id ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(artifact.audit_id) : '(none)'],
        ['Scope', artifact.scope ? (artifact.scope.complete ? 'complete' : 'partial') : '(not stated)'],
        ['Generated at', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(artifact.generated_at)],
    ];
    let markdown = `### audit-gate: artifact valid\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', ''], rows)}`;
    if (hits.length > 0) {
        markdown += `\n<details><summary>Top repositories and patterns</summary>\n\n`;
        markdown += (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Repository', 'Hits'], top(byRepo).map(([k, n]) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(k), String(n)]));
        markdown += '\n';
        markdown += (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Pattern', 'Hits'], top(byPattern).map(([k, n]) => [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(k), String(n)]));
        markdown += '\n</details>\n';
    }
    return markdown;
}
/** Job summary of a refused artifact: the one-line reason and the first violations. */
function renderFailureSummary(title, message, details) {
    let markdown = `### audit-gate: ${title}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(message)}\n`;
    if (details.length > 0) {
        const shown = details.slice(0, TOP);
        markdown += `\n${shown.map((line) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(line)}`).join('\n')}\n`;
        if (details.length > shown.length)
            markdown += `- … ${details.length - shown.length} more in the log\n`;
    }
    return markdown;
}
function signatureText(gated) {
    switch (gated.signature.state) {
        case 'verified':
            return `verified HMAC-SHA256${gated.signature.kid ? ` (kid ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(gated.signature.kid)})` : ''}`;
        case 'unsigned':
            return 'none (not required)';
        case 'not-checked':
            return 'present, not checked (no `hmac-key`)';
    }
}
function countBy(values) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
}
function top(counts) {
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP);
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   oh: () => (/* binding */ thousands),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _filer_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31539);

/**
 * Markdown for text that comes from scanned repositories or users. Such text must not be able
 * to open a table cell, a link, an HTML comment or a mention in our summaries.
 */
/**
 * A code span for a table cell: the filer's code span (fence longer than any backtick run,
 * control and bidi characters replaced), with `|` escaped, since a pipe ends a cell in
 * GitHub's tables even inside code.
 */
function inlineCode(text, max = 500) {
    return (0,_filer_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(text, max).replace(/\|/g, '\\|');
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}
function plural(count, one, many = `${one}s`) {
    return `${thousands(count)} ${count === 1 ? one : many}`;
}
/**
 * `12345` -> `12,345`. Not `toLocaleString`: loading ICU's locale data costs ~20 ms of
 * start-up, a tenth of the action's cold-start budget.
 */
function thousands(count) {
    return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** `2048` -> `2.0 KiB`, binary units as `du -h` prints them. */
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${thousands(bytes)} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}


/***/ }),

/***/ 36479:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ writeMetrics),
/* harmony export */   gB: () => (/* binding */ labelledSample)
/* harmony export */ });
/* unused harmony export METRICS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(27768);


/** The metric names kept from the seed, with their help text and Prometheus type. */
const METRICS = {
    github_api_quota_remaining: ['gauge', 'GitHub API core requests remaining after the run'],
    audit_issue_create_failures_total: ['counter', 'Issue creations that failed'],
    audit_hits_total: ['counter', 'Hits in the gated artifact'],
    audit_issues_created_total: ['counter', 'Issues created'],
    audit_issues_updated_total: ['counter', 'Issues updated'],
    audit_issues_closed_total: ['counter', 'Issues closed'],
    audit_issues_reopened_total: ['counter', 'Issues reopened'],
    audit_fallback_artifacts_total: ['counter', 'Fallback copies written'],
    audit_suppressed_hits_total: ['counter', 'Hits suppressed as false positives'],
    audit_false_positive_issues: ['gauge', 'Owned issues marked as false positives'],
    audit_purged_total: ['counter', 'Fallback artifacts and files deleted by purge'],
    audit_purged_bytes_total: ['counter', 'Bytes of fallback copies deleted by purge'],
    audit_api_requests_total: ['counter', 'GitHub API requests by method and status'],
    audit_run_duration_seconds: ['gauge', 'Duration of the audit-gate run in seconds'],
};
/**
 * The sample key of a labelled metric, `name{label="value",…}`, so a mode's plain samples can
 * carry labelled series too (`audit_api_requests_total{method="GET",status="200"}`).
 */
function labelledSample(name, labels) {
    const pairs = Object.entries(labels).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
    return `${name}{${pairs.join(',')}}`;
}
const LABELLED_KEY = /^([a-z_]+)\{(.*)\}$/;
const LABEL_PAIR = /([a-zA-Z_][a-zA-Z0-9_]*)=("(?:[^"\\]|\\.)*")/g;
/** The series of one metric in `samples`: the plain key, and every `name{…}` key. */
function seriesOf(samples, name) {
    const series = [];
    for (const [key, value] of Object.entries(samples)) {
        if (value === undefined)
            continue;
        if (key === name) {
            series.push({ labels: {}, value });
            continue;
        }
        const match = LABELLED_KEY.exec(key);
        if (match?.[1] !== name)
            continue;
        const labels = {};
        for (const pair of match[2].matchAll(LABEL_PAIR))
            labels[pair[1]] = JSON.parse(pair[2]);
        series.push({ labels, value });
    }
    return series;
}
/**
 * Writes the run's metrics in Prometheus text format (atomically, so a scraper never reads half
 * a file) and pushes them to a Pushgateway when asked. prom-client is loaded only then, to keep
 * it out of the start-up of runs that want no metrics. A failing push only warns.
 */
async function writeMetrics(options, mode, samples, startedAt, host) {
    if (!options.metricsFile && !options.pushgatewayUrl)
        return;
    const prom = await __nccwpck_require__.e(/* import() */ 222).then(__nccwpck_require__.t.bind(__nccwpck_require__, 95222, 19));
    const registry = new prom.Registry();
    registry.setDefaultLabels({ mode });
    const values = {
        ...samples,
        audit_run_duration_seconds: (performance.now() - startedAt) / 1000,
    };
    for (const [name, [type, help]] of Object.entries(METRICS)) {
        const series = seriesOf(values, name);
        if (series.length === 0)
            continue;
        const labelNames = [...new Set(series.flatMap((s) => Object.keys(s.labels)))];
        const config = { name, help, labelNames, registers: [registry] };
        const metric = type === 'gauge' ? new prom.Gauge(config) : new prom.Counter(config);
        for (const { labels, value } of series) {
            if (metric instanceof prom.Gauge)
                metric.set(labels, value);
            else
                metric.inc(labels, value);
        }
    }
    if (options.metricsFile) {
        await (0,_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)(options.metricsFile, await registry.metrics());
    }
    if (options.pushgatewayUrl) {
        try {
            const gateway = new prom.Pushgateway(options.pushgatewayUrl, { timeout: 5000 }, registry);
            await gateway.pushAdd({ jobName: 'audit-gate' });
        }
        catch (error) {
            host.warning(`Could not push metrics to the Pushgateway: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
        }
    }
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 29907:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("cluster");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 82987:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("perf_hooks");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 11493:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("v8");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(79407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map