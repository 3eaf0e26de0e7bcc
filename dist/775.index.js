export const id = 775;
export const ids = [775];
export const modules = {

/***/ 42516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ keepFallback)
});

// EXTERNAL MODULE: ./src/gate/gate.ts
var gate = __webpack_require__(4512);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/fallback/notify.ts

const WEBHOOK_TIMEOUT_MS = 10_000;
/**
 * POSTs Slack's `{ "text": … }` to `url`. Never throws: resolves to null when the webhook
 * took it, else to a one-line reason fit to print. The URL is a secret (its path is the
 * credential), and fetch's errors can quote it, so every form of it is cut from the reason.
 */
async function postWebhook(url, text, options = {}) {
    const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
    try {
        const response = await (options.fetch ?? fetch)(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ text }),
            signal: AbortSignal.timeout(timeoutMs),
        });
        // Read the body so the connection is released; its content is not needed.
        await response.arrayBuffer().catch(() => undefined);
        return response.ok ? null : `the webhook answered HTTP ${response.status}`;
    }
    catch (error) {
        if (isTimeout(error))
            return `the webhook did not answer within ${timeoutMs / 1000} s`;
        return redactUrl(describe(error), url);
    }
}
/** Slack reads `&`, `<` and `>` as markup; text from outside must show as written. */
function escapeSlack(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** `message` with the URL, in any form fetch may print it, replaced by a placeholder. */
function redactUrl(message, url) {
    const forms = new Set([url]);
    try {
        const parsed = new URL(url);
        forms.add(parsed.href);
        const secretPart = `${parsed.pathname}${parsed.search}`;
        // The path and query are the credential; the host alone (hooks.slack.com) is not.
        if (secretPart.length > 1)
            forms.add(secretPart);
        if (parsed.username || parsed.password)
            forms.add(`${parsed.username}:${parsed.password}`);
    }
    catch {
        // Not a URL: options refuse those, and the whole string is already in `forms`.
    }
    let result = message;
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
        if (form !== '')
            result = result.split(form).join('<webhook URL>');
    }
    return result;
}
function isTimeout(error) {
    const name = error?.name;
    return name === 'TimeoutError' || name === 'AbortError';
}
/** fetch says only "fetch failed"; the reason (refused, DNS, TLS) is in its cause. */
function describe(error) {
    const cause = error?.cause;
    const message = (0,errors/* errorMessage */.gJ)(error);
    return cause === undefined ? message : `${message}: ${(0,errors/* errorMessage */.gJ)(cause)}`;
}

// EXTERNAL MODULE: ./src/fallback/reason.ts
var reason = __webpack_require__(2136);
// EXTERNAL MODULE: ./src/fallback/redact.ts
var redact = __webpack_require__(67425);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/fs/atomic-write.ts
var atomic_write = __webpack_require__(27768);
;// CONCATENATED MODULE: ./src/fallback/write.ts



/** `fallback_<run_id>_<attempt>_<YYYYMMDDTHHMMSSZ>.json`, with `_<n>` if that name is taken. */
const FALLBACK_FILE = /^fallback_[A-Za-z0-9-]+_[A-Za-z0-9-]+_\d{8}T\d{6}Z(?:_\d+)?\.json$/;
/**
 * The temp files writeFileAtomic makes for a fallback (`.fallback_….json.<hex>.tmp`). Hidden
 * and never matching FALLBACK_FILE, so no reader takes one for a fallback copy.
 */
const FALLBACK_TEMP = /^\.fallback_.+\.tmp$/;
/**
 * A temp file untouched for this long belongs to a writer that died (SIGKILL, power loss: no
 * code runs to remove it). A live writer touches its temp file with every chunk it writes.
 */
const STALE_TEMP_MS = 60_000;
/** `20261125T020000Z`: the UTC time to the second, safe in file names on every platform. */
function utcStamp(date) {
    return date
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
        .replace(/[-:]/g, '');
}
/** Run ids and attempts are digits on GitHub; anything else (a CLI run: '') gets a safe stand-in. */
function namePart(value, fallback) {
    const safe = value.replace(/[^A-Za-z0-9-]/g, '-').slice(0, 40);
    return safe === '' ? fallback : safe;
}
function fallbackFileName(runId, attempt, at) {
    return `fallback_${namePart(runId, 'local')}_${namePart(attempt, '1')}_${utcStamp(at)}.json`;
}
/**
 * Writes `content` as a new fallback file in `dir` (made if missing) and returns its path.
 * A crash leaves either the whole file or none under a FALLBACK_FILE name: writeFileAtomic
 * writes a temp file, fsyncs, renames, fsyncs the directory, and removes the temp on any
 * error it sees. Temp files of writers killed earlier are swept first (see STALE_TEMP_MS).
 */
async function writeFallbackFile(dir, content, options) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    await sweepStaleTemps(dir, options.now);
    const file = await freeName(dir, fallbackFileName(options.runId, options.attempt, options.now));
    await (0,atomic_write/* writeFileAtomic */.Z)(file, content);
    return file;
}
/**
 * Removes FALLBACK_TEMP files in `dir` not modified for `maxAgeMs`; returns their names.
 * Younger ones may belong to a writer still running (a parallel job in a shared workspace).
 */
async function sweepStaleTemps(dir, now, maxAgeMs = STALE_TEMP_MS) {
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const removed = [];
    for (const name of names.filter((n) => FALLBACK_TEMP.test(n))) {
        const file = external_node_path_default().join(dir, name);
        const stats = await (0,promises_.lstat)(file).catch(() => null);
        if (!stats?.isFile() || now.getTime() - stats.mtimeMs < maxAgeMs)
            continue;
        // Another sweeper may have got there first.
        if (await (0,promises_.unlink)(file).then(() => true, () => false))
            removed.push(name);
    }
    return removed;
}
/**
 * `name`, or `name` with `_2`, `_3`… when taken: rename replaces its target, so two copies
 * written in the same second by one run must not share a name.
 */
async function freeName(dir, name) {
    const stem = name.replace(/\.json$/, '');
    for (let n = 1; n <= 1000; n++) {
        const candidate = external_node_path_default().join(dir, n === 1 ? name : `${stem}_${n}.json`);
        const taken = await (0,promises_.lstat)(candidate).then(() => true, (error) => {
            if (error.code === 'ENOENT')
                return false;
            throw error;
        });
        if (!taken)
            return candidate;
    }
    throw new Error(`${dir} already holds 1000 fallback files named ${name}`);
}

;// CONCATENATED MODULE: ./src/fallback/upload.ts


/**
 * `<artifact-name>-<run_id>-<attempt>`: GitHub refuses a second artifact of one name in a run,
 * and a re-run attempt is the same run, so the attempt keeps each upload's name its own.
 */
function uploadName(prefix, runId, attempt) {
    return `${prefix}-${namePart(runId, 'local')}-${namePart(attempt, '1')}`;
}
/**
 * The upload through @actions/artifact (the runtime token and results URL come from the
 * runner's environment). Imported only when a fallback is uploaded: it adds about 300 ms to
 * the start-up of every run otherwise.
 */
const uploadWithActionsArtifact = async (name, file, retentionDays) => {
    // Outside a job (the CLI on a laptop) there is nothing to upload to; @actions/artifact would
    // load, print its own lines among the CLI's outputs on stdout, and fail on the missing token.
    if (!process.env.ACTIONS_RUNTIME_TOKEN) {
        throw new Error('not in a GitHub Actions job (no ACTIONS_RUNTIME_TOKEN), where workflow artifacts live');
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(500)]).then(__webpack_require__.bind(__webpack_require__, 97500));
    const result = await new DefaultArtifactClient().uploadArtifact(name, [file], external_node_path_default().dirname(file), { retentionDays });
    return { id: result.id ?? null };
};

;// CONCATENATED MODULE: ./src/fallback/keep.ts








/**
 * Keeps `request.hits` where no one loses them: a redacted copy written atomically under
 * `fallback-dir`, uploaded as a workflow artifact, announced with a warning and the webhook.
 * Only the write can fail the call (it throws, leaving no partial file); a failed upload or
 * webhook is a warning, since the local copy already holds everything.
 */
async function keepFallback(request, options, host, deps = {}) {
    const now = (deps.now ?? (() => new Date()))();
    const { runId, runAttempt, workspace } = host.context;
    const artifact = (0,redact/* redactArtifact */.gC)(request.source, request.hits, fallbackRecord(request, host, now));
    const content = `${JSON.stringify(artifact, null, 2)}\n`;
    let file;
    try {
        file = await writeFallbackFile(options.fallbackDir, content, {
            runId,
            attempt: runAttempt,
            now,
        });
    }
    catch (error) {
        throw new Error(`Could not write the fallback copy in ${(0,gate/* displayPathOf */.r)(options.fallbackDir, workspace)}: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    const displayPath = (0,gate/* displayPathOf */.r)(file, workspace);
    host.info(`Wrote ${(0,markdown/* plural */.LS)(request.hits.length, 'redacted hit')} to ${displayPath} (${(0,markdown/* thousands */.oh)(content.length)} characters).`);
    const artifactName = uploadName(options.artifactName, runId, runAttempt);
    let artifactId = null;
    let uploadError = null;
    try {
        ({ id: artifactId } = await (deps.upload ?? uploadWithActionsArtifact)(artifactName, file, options.retentionDays));
    }
    catch (error) {
        uploadError = (0,errors/* errorMessage */.gJ)(error);
        host.warning(`Could not upload the fallback copy as workflow artifact ${artifactName}: ${uploadError}. ` +
            `The redacted copy is kept at ${displayPath} in the workspace.`, { title: 'audit-gate: fallback not uploaded' });
    }
    const where = uploadError === null
        ? `${displayPath}, uploaded as workflow artifact ${artifactName}${artifactId === null ? '' : ` (id ${artifactId})`} for ${(0,markdown/* plural */.LS)(options.retentionDays, 'day')}`
        : `${displayPath} (not uploaded)`;
    host.warning(`${(0,markdown/* plural */.LS)(request.hits.length, 'finding')} kept in a redacted fallback copy at ${where}. ` +
        `${reason/* REASON_TEXT */.$H[request.reason]}${request.detail ? ` (${request.detail})` : ''}`, { title: 'audit-gate: findings kept in the fallback' });
    let notified = false;
    let webhookError = null;
    if (options.notifyWebhook) {
        const text = webhookText(request, host, { displayPath, artifactName, artifactId, uploadError });
        webhookError = await postWebhook(options.notifyWebhook, text, {
            ...(deps.fetch && { fetch: deps.fetch }),
            ...(deps.webhookTimeoutMs !== undefined && { timeoutMs: deps.webhookTimeoutMs }),
        });
        notified = webhookError === null;
        if (webhookError !== null) {
            host.warning(`Could not notify the webhook about the fallback: ${webhookError}.`, {
                title: 'audit-gate: webhook failed',
            });
        }
    }
    return {
        path: file,
        displayPath,
        artifactName,
        artifactId,
        retentionDays: options.retentionDays,
        hits: request.hits.length,
        uploadError,
        notified,
        webhookError,
    };
}
function fallbackRecord(request, host, now) {
    const { repository, runId, runAttempt } = host.context;
    return {
        reason: request.reason,
        ...(request.detail ? { detail: request.detail } : {}),
        created_at: now.toISOString(),
        ...(repository ? { repository } : {}),
        ...(runId ? { run_id: runId } : {}),
        ...(runAttempt ? { run_attempt: runAttempt } : {}),
        source_hits: request.source.org_unregistered_hits.length,
        signature_removed: request.source.signature !== undefined,
    };
}
/** The Slack-compatible message: repository, run, reason and where the copy is. */
function webhookText(request, host, upload) {
    const { repository, runId, runAttempt, serverUrl } = host.context;
    const run = repository && runId
        ? `${repository}, run ${runId} (attempt ${runAttempt}): ${serverUrl}/${repository}/actions/runs/${runId}`
        : `${repository || 'a local run'}`;
    const artifact = upload.uploadError === null
        ? `workflow artifact ${upload.artifactName}${upload.artifactId === null ? '' : ` (id ${upload.artifactId})`}`
        : `${upload.displayPath} on the runner (the upload of ${upload.artifactName} failed)`;
    return [
        `audit-gate kept ${(0,markdown/* plural */.LS)(request.hits.length, 'finding')} in a redacted fallback copy instead of filing them.`,
        `Repository: ${run}`,
        `Reason: ${request.reason}${request.detail ? ` (${request.detail})` : ''}`,
        `Copy: ${artifact}`,
    ]
        .map(escapeSlack)
        .join('\n');
}


/***/ }),

/***/ 2136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ REASON_TEXT)
/* harmony export */ });
/* unused harmony exports FALLBACK_REASONS, TOKEN_DOCS_URL */
const FALLBACK_REASONS = (/* unused pure expression or super */ null && ([
    'no-permission',
    'issues-disabled',
    'repository-not-found',
    'quota-exhausted',
    'requested',
]));
/** GitHub's page on granting the workflow token `issues: write`. */
const TOKEN_DOCS_URL = 'https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token';
/** One sentence per reason: what happened and how to fix it. */
const REASON_TEXT = {
    'no-permission': 'The token may not write issues in the central repository (403 "Resource not accessible by integration"). ' +
        `Grant the job \`permissions: issues: write\` (${TOKEN_DOCS_URL}), or pass a token that can write issues there.`,
    'issues-disabled': 'Issues are disabled in the central repository (410). Enable them under Settings > General > Features > Issues.',
    'repository-not-found': 'The central repository was not found (404): check the `repository` input. The workflow token only reaches the repository running the workflow; ' +
        'for another repository pass a GitHub App or fine-grained token that can write its issues.',
    'quota-exhausted': 'The GitHub API quota is exhausted, so nothing more could be filed. Run again after the quota resets.',
    requested: '`mode: fallback` was requested: the findings were kept without filing.',
};


/***/ }),

/***/ 67425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ REDACTED),
/* harmony export */   gC: () => (/* binding */ redactArtifact)
/* harmony export */ });
/* unused harmony exports MAX_DETAIL, redactHit */
/** What every snippet becomes in a fallback copy (the seed's marker, kept). */
const REDACTED = '<REDACTED>';
/** The schema caps `fallback.detail` at this many characters. */
const MAX_DETAIL = 1000;
/**
 * The redacted copy of `source` holding `hits`. Pure: `source` and `hits` are deep-copied
 * first (the seed copied shallowly and so rewrote its caller's hits).
 *
 * Only `snippet` is redacted, and that is not configurable: it is the one field that carries
 * source text from the scanned repositories; the others are what a reader needs to find the
 * hit again. A configurable list would let a typo silently keep the secrets in.
 *
 * The signature is dropped: it covered the original content, so on the copy it could only
 * fail to verify. A `fallback` record from an earlier copy is replaced by this one.
 */
function redactArtifact(source, hits, record) {
    const { org_unregistered_hits: _hits, signature: _signature, fallback: _previous, ...rest } = source;
    return {
        ...structuredClone(rest),
        org_unregistered_hits: hits.map(redactHit),
        fallback: record.detail === undefined ? record : { ...record, detail: clip(record.detail) },
    };
}
/** A deep copy of `hit` with its snippet, if it has one, replaced; every other field kept. */
function redactHit(hit) {
    const copy = structuredClone(hit);
    // Assigned on the copy so the snippet keeps its place among the hit's keys.
    if (Object.hasOwn(copy, 'snippet'))
        copy.snippet = REDACTED;
    return copy;
}
function clip(detail) {
    return detail.length <= MAX_DETAIL ? detail : `${detail.slice(0, MAX_DETAIL - 1)}…`;
}


/***/ }),

/***/ 74146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ renderFallbackSummary)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);
/* harmony import */ var _reason_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2136);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67425);



/** Job-summary Markdown for a fallback: why, what was kept, where it is. */
function renderFallbackSummary(request, result) {
    const total = request.source.org_unregistered_hits.length;
    const rows = [
        ['Reason', `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(request.reason)}: ${escapeCell(_reason_js__WEBPACK_IMPORTED_MODULE_0__/* .REASON_TEXT */ .$H[request.reason])}`],
        ...(request.detail ? [['Detail', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(request.detail)]] : []),
        ['Hits kept', `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(result.hits, 'hit')} (of ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .thousands */ .oh)(total)} in the artifact)`],
        ['File', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(result.displayPath)],
        [
            'Workflow artifact',
            result.uploadError === null
                ? `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(result.artifactName)}${result.artifactId === null ? '' : ` (id ${result.artifactId})`}, kept ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(result.retentionDays, 'day')}`
                : `not uploaded: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(result.uploadError)}`,
        ],
        [
            'Redaction',
            `every ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)('snippet')} replaced by ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .REDACTED */ .XF)}; ${request.source.signature ? 'the signature removed (it covered the original content)' : 'no signature to remove'}`,
        ],
    ];
    if (result.notified || result.webhookError !== null) {
        rows.push([
            'Webhook',
            result.notified ? 'notified' : `failed: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(result.webhookError ?? '')}`,
        ]);
    }
    return `### audit-gate: findings kept in the fallback\n\n${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['', ''], rows)}`;
}
/** Reason texts hold backticks for code and no pipes, but a pipe would end the cell. */
function escapeCell(text) {
    return text.replace(/\|/g, '\\|');
}


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony exports ApiTelemetry, isLoopback */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62203);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27242);





/** What the run saw of the API: per-request counts for metrics and the last quota header. */
class ApiTelemetry {
    /** `METHOD status` -> count, e.g. `POST 201`. */
    requests = new Map();
    /** `x-ratelimit-remaining` of the latest response that carried it. */
    quotaRemaining = null;
    record(method, status, headers) {
        const key = `${method.toUpperCase()} ${status}`;
        this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
        const remaining = Number(headers?.['x-ratelimit-remaining']);
        if (headers?.['x-ratelimit-remaining'] !== undefined && Number.isFinite(remaining)) {
            this.quotaRemaining = remaining;
        }
    }
    get total() {
        let sum = 0;
        for (const count of this.requests.values())
            sum += count;
        return sum;
    }
}
/**
 * The one GitHub client of a run: throttling (GitHub's pacing of writes and content creation,
 * `retry-after` honoured), retries of 5xx for idempotent requests, the user agent and the
 * request counter. A primary rate limit is never waited out: a reset can be an hour away, so
 * the run stops and accounts for what it did not file.
 */
function createGitHubClient(options, host) {
    const telemetry = new ApiTelemetry();
    const secondaryRetries = options.secondaryLimitRetries ?? 3;
    const client = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: `audit-gate/${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .xv}`,
        throttle: {
            onRateLimit: (retryAfter, request) => {
                host.warning(`GitHub API quota exhausted on ${request.method} ${request.url} (resets in ${retryAfter} s): stopping writes.`);
                return false;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                const again = retryCount < secondaryRetries;
                host.warning(`GitHub secondary rate limit on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}.`);
                return again;
            },
            ...(isLoopback(options.apiUrl) ? unpacedGroups() : {}),
        },
    }, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L);
    client.hook.after('request', (response, request) => {
        telemetry.record(request.method, response.status, response.headers);
    });
    client.hook.error('request', (error, request) => {
        const failure = error;
        telemetry.record(request.method, failure.status ?? 0, failure.response?.headers);
        throw error;
    });
    return { client, telemetry };
}
/**
 * GitHub asks for writes one at a time and a pause between content-creating requests, which
 * plugin-throttling enforces process-wide. A GitHub on the loopback interface (the project's
 * own local server, a proxy) has no such limits, so its runs skip the pauses.
 */
function unpacedGroups() {
    const group = () => new (bottleneck__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1, minTime: 0 });
    return { write: group(), notifications: group(), search: group() };
}
function isLoopback(apiUrl) {
    try {
        const { hostname } = new URL(apiUrl);
        return (hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname));
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 20775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fileMode: () => (/* binding */ fileMode)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/fallback/keep.ts + 3 modules
var keep = __webpack_require__(42516);
// EXTERNAL MODULE: ./src/gate/gate.ts
var gate = __webpack_require__(4512);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
;// CONCATENATED MODULE: ./src/filer/api-errors.ts
/**
 * What a failed GitHub request means for the run. GitHub answers 403 for three different
 * things (the primary quota, a secondary limit, a missing permission), and each calls for a
 * different response: stop and account, wait and retry, or fall back.
 */
function failureOf(error) {
    return typeof error === 'object' && error !== null ? error : {};
}
function statusOf(error) {
    const status = failureOf(error).status;
    return typeof status === 'number' ? status : null;
}
/**
 * `repositoryLevel`: the request names only the repository (list, create), so a 404 means the
 * repository is gone or hidden; on one issue's URL a 404 means that issue is gone.
 */
function classifyApiError(error, repositoryLevel) {
    const failure = failureOf(error);
    const status = statusOf(error);
    const message = typeof failure.message === 'string' ? failure.message : '';
    const headers = failure.response?.headers ?? {};
    if (status === null || status >= 500)
        return 'lost';
    if (status === 401)
        return 'bad-credentials';
    if (status === 403 || status === 429) {
        if (/\bsecondary rate\b/i.test(message))
            return 'secondary-rate-limit';
        if (String(headers['x-ratelimit-remaining']) === '0')
            return 'primary-rate-limit';
        if (status === 429 || headers['retry-after'] !== undefined)
            return 'secondary-rate-limit';
        return 'no-permission';
    }
    if (status === 410)
        return 'no-permission';
    if (status === 404)
        return repositoryLevel ? 'no-permission' : 'rejected';
    return 'rejected';
}
/** One line for the log: status and GitHub's message, never the request body. */
function describeApiError(error) {
    const failure = failureOf(error);
    const status = statusOf(error);
    const message = (typeof failure.message === 'string' ? failure.message : String(error)).split(/\r?\n/)[0];
    return status === null ? message : `${status} ${message}`;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/filer/fingerprint.ts
/**
 * Stable identities. Each is the sha256 of a versioned key (`v1\0kind\0…`), so it is the same
 * in every run and process, and a future change of the key format bumps the version instead of
 * silently re-keying every issue. Only our own hex ever reaches an issue body as an identity.
 */

/** 96 bits: collisions between the groups of one repository are not a practical concern. */
const FINGERPRINT_HEX = 24;
/** Hit ids only need to be unique inside one group. */
const HIT_ID_HEX = 16;
const REPO_HASH_HEX = 16;
function digest(parts, hex) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(['v1', ...parts].join('\0'), 'utf8')
        .digest('hex')
        .slice(0, hex);
}
/**
 * GitHub treats `Org/Repo` and `org/repo` as one repository, and a scanner may spell it either
 * way; the key uses the lower-case form so the spelling does not re-key the group.
 */
function repoKey(repo) {
    return repo.toLowerCase();
}
/** The parts of a group's key, in order; also what the renderer shows. */
function groupKeyParts(hit, groupBy) {
    switch (groupBy) {
        case 'repo':
            return [repoKey(hit.repo)];
        case 'repo-pattern':
            return [repoKey(hit.repo), hit.pattern];
        case 'pattern':
            return [hit.pattern];
    }
}
function groupFingerprint(groupBy, keyParts) {
    return digest(['group', groupBy, ...keyParts], FINGERPRINT_HEX);
}
/**
 * What makes a hit "the same hit" across audits: where (repo, path), what (pattern) and the
 * code itself (snippet with whitespace runs collapsed, so re-indenting does not matter). The
 * line number is left out, so code moving up or down keeps its id and its "ignore" tick; an
 * edited snippet is new code and asks for a fresh look. `ordinal` tells apart identical code
 * found more than once in one file (the 2nd occurrence, in line order, is ordinal 1).
 */
function hitId(hit, ordinal) {
    return hitIdOf(hitIdentityKey(hit), ordinal);
}
/** The identity part of `hitId` without the ordinal, to count occurrences. */
function hitIdentityKey(hit) {
    return [repoKey(hit.repo), hit.path, hit.pattern, normalizeSnippet(hit.snippet)].join('\0');
}
/** `hitId` from a key `hitIdentityKey` already made: grouping needs both, and normalising twice costs. */
function hitIdOf(identityKey, ordinal) {
    return digest(['hit', identityKey, String(ordinal)], HIT_ID_HEX);
}
function normalizeSnippet(snippet) {
    return (snippet ?? '').replace(/\s+/g, ' ').trim();
}
/** Lets auto-close check a closed group's repositories against the scope without user text. */
function repoHash(repo) {
    return digest(['repo', repoKey(repo)], REPO_HASH_HEX);
}

// EXTERNAL MODULE: ./src/filer/markdown.ts
var filer_markdown = __webpack_require__(31539);
;// CONCATENATED MODULE: ./src/filer/marker.ts
/**
 * Every hidden comment the filer writes, and the strict parsers that read them back. The
 * marker on a body's first line is what makes an issue ours; the meta lines right under it
 * and the hit comments on task items carry only our own hex, never text from an artifact.
 */
/** Characters an audit id keeps as they are; everything else is percent-encoded. */
const SAFE_ID_CHAR = /[A-Za-z0-9._~/:-]/;
/**
 * Percent-encodes the UTF-8 bytes of everything outside a small safe set, so no audit id can
 * contain `>`, a space or a newline and end the comment or the line early.
 */
function encodeAuditId(auditId) {
    let out = '';
    for (const char of auditId) {
        if (SAFE_ID_CHAR.test(char))
            out += char;
        else
            for (const byte of Buffer.from(char, 'utf8'))
                out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
function decodeAuditId(encoded) {
    try {
        const decoded = decodeURIComponent(encoded);
        // Only the canonical spelling counts, so one audit id has exactly one marker.
        return encodeAuditId(decoded) === encoded ? decoded : null;
    }
    catch {
        return null;
    }
}
function renderMarker(marker) {
    if (marker.kind === 'group')
        return `<!-- audit-gate:v1 kind=group fp=${marker.fingerprint} -->`;
    // An empty id would render a marker no parser accepts, and every run would add a digest.
    if (marker.auditId === '')
        throw new Error('The audit id of a digest must not be empty.');
    const part = marker.part > 1 ? ` part=${marker.part}` : '';
    return `<!-- audit-gate:v1 kind=digest audit=${encodeAuditId(marker.auditId)}${part} -->`;
}
const GROUP_MARKER = /^<!-- audit-gate:v1 kind=group fp=([0-9a-f]{24}) -->$/;
const DIGEST_MARKER = /^<!-- audit-gate:v1 kind=digest audit=([A-Za-z0-9._~/:%-]+)(?: part=([2-9]|[1-9][0-9]{1,3}))? -->$/;
/** Lines as GitHub returns them: bodies edited in the web UI come back with CRLF. */
function bodyLines(body) {
    return (body ?? '').split(/\r?\n/);
}
/**
 * The marker on the first line of `body`, or null. Only an exact first line counts: no
 * leading whitespace or BOM (we never write one, so such a body is not one we wrote), no
 * marker further down (text from a repository is never on a first line, so it cannot forge
 * one), no non-canonical audit id.
 */
function parseMarker(body) {
    const first = bodyLines(body)[0] ?? '';
    const group = GROUP_MARKER.exec(first);
    if (group)
        return { kind: 'group', fingerprint: group[1] };
    const digest = DIGEST_MARKER.exec(first);
    if (!digest)
        return null;
    const auditId = decodeAuditId(digest[1]);
    return auditId === null ? null : { kind: 'digest', auditId, part: Number(digest[2] ?? '1') };
}
const REPOS_META = /^<!-- audit-gate:repos=([0-9a-f]{16}(?:,[0-9a-f]{16})*|many) -->$/;
const CLOSED_META = '<!-- audit-gate:closed -->';
function renderGroupMeta(meta) {
    const repos = meta.repoHashes === null ? 'many' : meta.repoHashes.join(',');
    return [`<!-- audit-gate:repos=${repos} -->`, ...(meta.closedByAudit ? [CLOSED_META] : [])];
}
/** Reads the meta lines directly under a group marker; missing lines mean "unknown". */
function parseGroupMeta(body) {
    let repoHashes = null;
    let closedByAudit = false;
    for (const line of bodyLines(body).slice(1)) {
        const repos = REPOS_META.exec(line);
        if (repos)
            repoHashes = repos[1] === 'many' ? null : repos[1].split(',');
        else if (line === CLOSED_META)
            closedByAudit = true;
        else
            break;
    }
    return { repoHashes, closedByAudit };
}
/**
 * The body of an issue we close as resolved: the body as it was, plus the meta line that lets
 * the next run tell "we closed it" from "a person reopened it" (and then leave it open).
 */
function markClosedByAudit(body) {
    const lines = bodyLines(body);
    let at = 1;
    while (at < lines.length && (REPOS_META.test(lines[at]) || lines[at] === CLOSED_META)) {
        if (lines[at] === CLOSED_META)
            return lines.join('\n');
        at += 1;
    }
    return [...lines.slice(0, at), CLOSED_META, ...lines.slice(at)].join('\n');
}
function renderHitComment(id) {
    return `<!-- audit-gate:hit=${id} -->`;
}
/**
 * A ticked task item of ours: `- [x] <!-- audit-gate:hit=<id> -->` at the start of a line. Our
 * renderer never puts text from an artifact at the start of a line (snippets are indented
 * inside their fence, other text follows a fixed prefix), so only real items match.
 */
const TICKED_ITEM = /^- \[[xX]\] <!-- audit-gate:hit=([0-9a-f]{16}) -->/;
function parseIgnoredHits(body) {
    const ids = new Set();
    for (const line of bodyLines(body)) {
        const match = TICKED_ITEM.exec(line);
        if (match)
            ids.add(match[1]);
    }
    return ids;
}

;// CONCATENATED MODULE: ./src/filer/owned.ts
/**
 * Which existing issues are ours, and which one of several speaks for a fingerprint. State is
 * read from the issues list (never the search API, whose index lags and lets a retry
 * duplicate); an issue is ours only with the owner label *and* a well-formed first-line marker.
 */

/** GitHub matches label names case-insensitively. */
function hasLabel(issue, label) {
    const wanted = label.toLowerCase();
    return issue.labels.some((l) => l.toLowerCase() === wanted);
}
/** Oldest first; on equal or unreadable dates (NaN, which is falsy) the lower number first. */
function byAge(a, b) {
    return Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.number - b.number;
}
function push(map, key, issue) {
    const list = map.get(key);
    if (list)
        list.push(issue);
    else
        map.set(key, [issue]);
}
function indexOwned(issues, ownerLabel) {
    const groups = new Map();
    const digests = new Map();
    for (const issue of issues) {
        if (issue.isPullRequest || !hasLabel(issue, ownerLabel))
            continue;
        const marker = parseMarker(issue.body);
        if (marker?.kind === 'group')
            push(groups, marker.fingerprint, issue);
        // A digest issue's own body is part 1; a part marker there is not ours.
        else if (marker?.kind === 'digest' && marker.part === 1)
            push(digests, marker.auditId, issue);
    }
    for (const list of [...groups.values(), ...digests.values()])
        list.sort(byAge);
    return { groups, digests };
}
/**
 * The issue that speaks for a fingerprint: the oldest, so racing runs converge on the same
 * one. An issue closed as a duplicate is never it (it points at another), unless all are.
 */
function canonicalIssue(issues) {
    return (issues.find((i) => !(i.state === 'closed' && i.stateReason === 'duplicate')) ??
        issues[0] ??
        null);
}
/** Open issues other than the canonical one: each is closed as its duplicate. */
function duplicatesOf(issues, canonical) {
    return issues.filter((i) => i !== canonical && i.state === 'open');
}
/**
 * Why a group is suppressed, or null. `fp-label` on any of its issues counts (the label says
 * "false positive" and nothing else); `not_planned` only on the canonical one, because people
 * also close plain duplicates as not planned.
 */
function suppression(issues, canonical, fpLabel) {
    if (fpLabel !== '' && issues.some((i) => hasLabel(i, fpLabel)))
        return 'fp-label';
    if (canonical.state === 'closed' && canonical.stateReason === 'not_planned')
        return 'not-planned';
    return null;
}
/** The digest issue of an audit, so the caller knows whose comments to read before planning. */
function digestIssueFor(index, auditId) {
    return canonicalIssue(index.digests.get(auditId) ?? []);
}

;// CONCATENATED MODULE: ./src/filer/render-issue.ts
/**
 * The title and body of one group's issue. Rendering is deterministic (same group and ticks,
 * same bytes) and carries nothing run-specific such as a timestamp or run id, so an unchanged
 * audit leaves every body as it is and re-running writes nothing.
 */




/** GitHub rejects an issue body or comment over 65,536 characters. */
const BODY_LIMIT = 65_536;
/**
 * What we fill up to: a margin under the limit, because GitHub's count (code points, after its
 * own normalisation) and ours (UTF-16 code units) may differ at the edges.
 */
const BODY_BUDGET = 65_000;
/** Titles must stay under 256 characters. */
const TITLE_LIMIT = 255;
/** More repositories than this and the issue records `repos=many` (auto-close then needs a scope without a list). */
const MAX_REPO_HASHES = 256;
const SNIPPET = { maxChars: 1_000, maxLines: 20 };
const FOOTER_RESERVE = 400;
/** Hits of the group that are not ticked "ignore". */
function liveHits(group, ignored) {
    return group.hits.filter((h) => !ignored.has(h.id));
}
function fileCount(hits) {
    return new Set(hits.map((h) => `${repoKey(h.hit.repo)}\0${h.hit.path}`)).size;
}
function hitsWord(count) {
    return (0,markdown/* plural */.LS)(count, 'hit');
}
function renderIssueTitle(group, live, prefix) {
    const head = `${(0,filer_markdown/* plainTitleText */.Yz)(prefix)}: ${hitsWord(live)}`;
    const where = group.repo === null
        ? `in ${(0,markdown/* plural */.LS)(group.repos.length, 'repository', 'repositories')}`
        : `in ${(0,filer_markdown/* plainTitleText */.Yz)(group.repo)}`;
    if (group.pattern === null)
        return (0,filer_markdown/* truncate */.xv)(`${head} ${where}`, TITLE_LIMIT);
    // The pattern is the part that gets shortened, so the count and the place stay readable.
    const room = TITLE_LIMIT - head.length - where.length - ' of  '.length;
    const pattern = (0,filer_markdown/* truncate */.xv)((0,filer_markdown/* plainTitleText */.Yz)(group.pattern), Math.max(16, room));
    return (0,filer_markdown/* truncate */.xv)(`${head} of ${pattern} ${where}`, TITLE_LIMIT);
}
function summaryLine(group, live, ignored) {
    const parts = [`**${hitsWord(live.length)}**`];
    if (group.pattern !== null)
        parts.push(`of ${(0,filer_markdown/* inlineCode */.ti)(group.pattern)}`);
    if (group.repo !== null)
        parts.push(`in ${(0,filer_markdown/* inlineCode */.ti)(group.repo)}`);
    else
        parts.push(`in ${(0,markdown/* plural */.LS)(group.repos.length, 'repository', 'repositories')}`);
    parts.push(`(${(0,markdown/* plural */.LS)(fileCount(live), 'file')})`);
    const ignoredNote = ignored > 0 ? `; ${(0,markdown/* plural */.LS)(ignored, 'hit')} ignored` : '';
    return `${parts.join(' ')}${ignoredNote}.`;
}
function itemLine(group, gh, ticked, serverUrl) {
    const { hit } = gh;
    const where = (0,filer_markdown/* inlineCode */.ti)(`${hit.path}:${hit.line_number}`, 240);
    const url = (0,filer_markdown/* blobUrl */.b0)(hit.repo, hit.commit, hit.path, hit.line_number, serverUrl);
    const parts = [`- [${ticked ? 'x' : ' '}] ${renderHitComment(gh.id)} ignore ·`];
    if (group.repo === null)
        parts.push((0,filer_markdown/* inlineCode */.ti)(hit.repo, 120));
    parts.push(url === null ? where : `[${where}](${url})`);
    if (group.pattern === null)
        parts.push(`· ${(0,filer_markdown/* inlineCode */.ti)(hit.pattern)}`);
    return parts.join(' ');
}
function liveItem(group, gh, serverUrl) {
    const lines = [itemLine(group, gh, false, serverUrl)];
    if (gh.hit.snippet !== undefined && gh.hit.snippet.trim() !== '') {
        lines.push(...(0,filer_markdown/* codeFence */.d6)(gh.hit.snippet, '  ', SNIPPET));
    }
    return lines.join('\n');
}
/** Takes items in order while they fit; the rest is counted, never half-rendered. */
function fit(items, room) {
    const taken = [];
    let used = 0;
    for (const item of items) {
        const cost = item.length + 1;
        if (used + cost > room)
            break;
        taken.push(item);
        used += cost;
    }
    return { taken, used };
}
function renderIssueBody(group, options) {
    const live = liveHits(group, options.ignored);
    const ticked = group.hits.filter((h) => options.ignored.has(h.id));
    const hashes = group.repos.map(repoHash);
    const header = [
        renderMarker({ kind: 'group', fingerprint: group.fingerprint }),
        ...renderGroupMeta({
            repoHashes: hashes.length > MAX_REPO_HASHES ? null : hashes,
            closedByAudit: false,
        }),
        '',
        summaryLine(group, live, ticked.length),
        '',
        `Tick **ignore** on a hit to suppress it in later audits. To suppress the whole group, ` +
            `close this issue as *not planned* or add the label ${(0,filer_markdown/* inlineCode */.ti)(options.fpLabel)}.`,
        '',
    ].join('\n');
    let room = BODY_BUDGET - header.length - FOOTER_RESERVE;
    // Ticked items are placed first: a tick that is not rendered is forgotten on the next run.
    const ignoredFit = fit(ticked.map((gh) => itemLine(group, gh, true, options.serverUrl)), room);
    room -= ignoredFit.used;
    const liveFit = fit(live.map((gh) => liveItem(group, gh, options.serverUrl)), room);
    const sections = [header, ...liveFit.taken];
    const omittedLive = live.slice(liveFit.taken.length);
    if (ignoredFit.taken.length > 0)
        sections.push('', `**Ignored** (${ticked.length}):`, '', ...ignoredFit.taken);
    const limit = `an issue body holds at most ${(0,markdown/* thousands */.oh)(BODY_LIMIT)} characters`;
    if (omittedLive.length > 0) {
        const files = (0,markdown/* plural */.LS)(fileCount(omittedLive), 'file');
        sections.push('', `_…and ${(0,markdown/* plural */.LS)(omittedLive.length, 'more hit')} in ${files} (${limit})._`);
    }
    const omittedTicked = ticked.length - ignoredFit.taken.length;
    if (omittedTicked > 0) {
        sections.push('', `_…and ${(0,markdown/* plural */.LS)(omittedTicked, 'more ignored hit')}, whose ticks are not kept (${limit})._`);
    }
    return sections.join('\n') + '\n';
}
function renderIssue(group, options) {
    return {
        title: renderIssueTitle(group, liveHits(group, options.ignored).length, options.titlePrefix),
        body: renderIssueBody(group, options),
    };
}

;// CONCATENATED MODULE: ./src/filer/render-digest.ts
/**
 * The digest: one issue per audit id listing every group that is not suppressed. A digest too
 * long for one body continues in comments on the same issue, each with its own marker
 * (`part=2`, …), so a re-run finds and updates them in place instead of adding new ones.
 */




/** Room kept for a part's header lines besides its marker (their audit id is capped at 200). */
const HEADER_RESERVE = 1_000;
function entryLine(entry) {
    const parts = ['-'];
    if (entry.repo !== null)
        parts.push((0,filer_markdown/* inlineCode */.ti)(entry.repo, 120));
    if (entry.pattern !== null)
        parts.push(`${parts.length > 1 ? '· ' : ''}${(0,filer_markdown/* inlineCode */.ti)(entry.pattern)}`);
    const where = entry.repo === null
        ? `${(0,markdown/* plural */.LS)(entry.repos, 'repository', 'repositories')}, ${(0,markdown/* plural */.LS)(entry.files, 'file')}`
        : (0,markdown/* plural */.LS)(entry.files, 'file');
    parts.push(`· ${(0,markdown/* plural */.LS)(entry.hits, 'hit')} in ${where}`);
    if (entry.issueNumber !== null)
        parts.push(`· #${entry.issueNumber}`);
    return parts.join(' ');
}
/** Splits lines into parts of at most `room` characters each; never drops or splits a line. */
function partition(lines, room) {
    const parts = [[]];
    let used = 0;
    for (const line of lines) {
        const cost = line.length + 1;
        if (used + cost > room && parts[parts.length - 1].length > 0) {
            parts.push([]);
            used = 0;
        }
        parts[parts.length - 1].push(line);
        used += cost;
    }
    return parts;
}
function renderDigestTitle(input) {
    const hits = input.entries.reduce((sum, e) => sum + e.hits, 0);
    const tail = ` — ${(0,markdown/* plural */.LS)(hits, 'hit')} in ${(0,markdown/* plural */.LS)(input.entries.length, 'group')}`;
    const head = `${(0,filer_markdown/* plainTitleText */.Yz)(input.titlePrefix)}: digest of `;
    const id = (0,filer_markdown/* truncate */.xv)((0,filer_markdown/* plainTitleText */.Yz)(input.auditId), Math.max(16, TITLE_LIMIT - head.length - tail.length));
    return (0,filer_markdown/* truncate */.xv)(`${head}${id}${tail}`, TITLE_LIMIT);
}
function renderDigest(input) {
    const total = input.entries.length;
    const hits = input.entries.reduce((sum, e) => sum + e.hits, 0);
    // Entry lines are short (their user text is capped), so each fits a part with room to spare.
    const longestMarker = renderMarker({ kind: 'digest', auditId: input.auditId, part: 9999 });
    const room = BODY_BUDGET - HEADER_RESERVE - longestMarker.length;
    const parts = partition(input.entries.map(entryLine), room);
    const audit = (0,filer_markdown/* inlineCode */.ti)(input.auditId);
    let first = 1;
    const bodies = parts.map((lines, index) => {
        const range = lines.length === 0 ? 'no groups' : `groups ${first}–${first + lines.length - 1} of ${total}`;
        first += lines.length;
        const marker = renderMarker({ kind: 'digest', auditId: input.auditId, part: index + 1 });
        const head = index === 0
            ? [
                marker,
                '',
                `Audit ${audit}: **${(0,markdown/* plural */.LS)(hits, 'hit')}** in ${(0,markdown/* plural */.LS)(total, 'group')}` +
                    (input.suppressedHits > 0
                        ? `; ${(0,markdown/* plural */.LS)(input.suppressedHits, 'hit')} suppressed as false positives.`
                        : '.'),
                '',
                `Part 1 of ${parts.length}: ${range}.` +
                    (parts.length > 1 ? ' The list continues in the comments below.' : ''),
            ]
            : [marker, '', `Audit ${audit}, part ${index + 1} of ${parts.length}: ${range}.`];
        return [...head, '', ...lines].join('\n') + '\n';
    });
    return {
        title: renderDigestTitle(input),
        body: bodies[0],
        continuations: bodies.slice(1),
        entriesPerPart: parts.map((lines) => lines.length),
    };
}
/** A continuation comment no longer needed: kept (with its marker) rather than deleted, and reused when the digest grows again. */
function renderUnusedPart(auditId, part) {
    return ([
        renderMarker({ kind: 'digest', auditId, part }),
        '',
        `Audit ${(0,filer_markdown/* inlineCode */.ti)(auditId)}, part ${part}: no longer needed; the digest is shorter now.`,
    ].join('\n') + '\n');
}

;// CONCATENATED MODULE: ./src/filer/plan.ts







/** API calls per operation: a PATCH or POST each, plus one for the comment that goes with it. */
const CALLS = {
    create: 1,
    update: 1,
    reopen: 2,
    'close-resolved': 2,
    'close-duplicate': 2,
    'create-digest': 1,
    'update-digest': 1,
    'create-digest-comment': 1,
    'update-digest-comment': 1,
};
function op(action) {
    return { ...action, calls: CALLS[action.kind] };
}
/** A candidate op already built. */
function ready(action) {
    const built = op(action);
    return { calls: built.calls, build: () => built };
}
/** A candidate op built when taken. */
function later(kind, action) {
    return { calls: CALLS[kind], build: () => op(action()) };
}
function analyse(input, index, suppressed) {
    const analysed = [];
    for (const group of input.groups) {
        const issues = index.groups.get(group.fingerprint) ?? [];
        const canonical = canonicalIssue(issues);
        const reason = canonical && suppression(issues, canonical, input.options.fpLabel);
        if (canonical && reason) {
            suppressed.push({
                fingerprint: group.fingerprint,
                issueNumber: canonical.number,
                reason,
                hits: group.hits.length,
            });
            continue;
        }
        // Ticks are read from the body the list call returned; a tick on code that is gone goes with it.
        const ticked = parseIgnoredHits(canonical?.body ?? null);
        const live = liveHits(group, ticked);
        const ignored = new Set(group.hits.filter((h) => ticked.has(h.id)).map((h) => h.id));
        if (canonical && ignored.size > 0) {
            suppressed.push({
                fingerprint: group.fingerprint,
                issueNumber: canonical.number,
                reason: 'ignored-hits',
                hits: ignored.size,
            });
        }
        analysed.push({ group, canonical, ignored, live: live.map((h) => h.hit) });
    }
    return analysed;
}
/** Auto-close may act only where the artifact saw everything: a complete scope listing the issue's repositories. */
function scopeCovers(scope, issue) {
    if (scope?.complete !== true)
        return false;
    if (scope.repositories === undefined)
        return true;
    const hashes = parseGroupMeta(issue.body).repoHashes;
    if (hashes === null)
        return false;
    const scanned = new Set(scope.repositories.map(repoHash));
    return hashes.every((h) => scanned.has(h));
}
function groupCandidates(input, index, analysed) {
    const { options } = input;
    const titlePrefix = options.labels[0] ?? 'audit-gate';
    const audit = (0,filer_markdown/* inlineCode */.ti)(options.auditId);
    const filing = [];
    for (const { group, canonical, ignored, live } of analysed) {
        const fingerprint = group.fingerprint;
        const render = () => {
            const known = input.renderings?.get(fingerprint);
            if (known)
                return known;
            const rendered = renderIssue(group, {
                titlePrefix,
                fpLabel: options.fpLabel,
                ignored,
                ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
            });
            input.renderings?.set(fingerprint, rendered);
            return rendered;
        };
        const carries = [{ fingerprint, hits: live }];
        if (canonical === null) {
            const create = later('create', () => ({
                kind: 'create',
                fingerprint,
                ...render(),
                labels: options.labels,
                hits: live.length,
            }));
            filing.push({ op: create, carries });
        }
        else if (canonical.state === 'open') {
            // Only here does the plan need the text to decide: an issue that says it already is left alone.
            const { title, body } = render();
            if (canonical.title !== title || canonical.body !== body) {
                const update = ready({
                    kind: 'update',
                    issueNumber: canonical.number,
                    fingerprint,
                    title,
                    body,
                    hits: live.length,
                });
                filing.push({ op: update, carries });
            }
        }
        else if (live.length > 0) {
            const comment = `Reopened: audit ${audit} found ${(0,markdown/* plural */.LS)(live.length, 'hit')} of this group again.`;
            const reopen = later('reopen', () => ({
                kind: 'reopen',
                issueNumber: canonical.number,
                fingerprint,
                ...render(),
                comment,
                hits: live.length,
            }));
            filing.push({ op: reopen, carries });
        }
    }
    const present = new Set(input.groups.map((g) => g.fingerprint));
    const duplicates = [];
    const resolved = [];
    for (const [fingerprint, issues] of index.groups) {
        const canonical = canonicalIssue(issues);
        for (const duplicate of duplicatesOf(issues, canonical)) {
            const comment = `Closed as a duplicate of #${canonical.number}, which tracks the same findings.`;
            duplicates.push({
                op: ready({
                    kind: 'close-duplicate',
                    issueNumber: duplicate.number,
                    duplicateOf: canonical.number,
                    comment,
                }),
                carries: [],
            });
        }
        const closable = options.autoClose &&
            !present.has(fingerprint) &&
            canonical.state === 'open' &&
            suppression(issues, canonical, options.fpLabel) === null &&
            // Still open although we closed it: a person reopened it, so it stays open (no flapping).
            !parseGroupMeta(canonical.body).closedByAudit &&
            scopeCovers(options.scope, canonical);
        if (closable) {
            const comment = `Closed as completed: audit ${audit} scanned this group's repositories in full and found no hits.`;
            const body = markClosedByAudit(canonical.body ?? '');
            resolved.push({
                op: ready({
                    kind: 'close-resolved',
                    issueNumber: canonical.number,
                    fingerprint,
                    body,
                    comment,
                }),
                carries: [],
            });
        }
    }
    // Filing first: when the budget runs short, findings matter more than tidying up.
    return [...filing, ...duplicates, ...resolved];
}
function digestCandidates(input, index, analysed, suppressedHits) {
    const { options } = input;
    const listed = analysed.filter((a) => a.live.length > 0);
    const entries = listed.map(({ group, canonical, live }) => ({
        fingerprint: group.fingerprint,
        repo: group.repo,
        pattern: group.pattern,
        repos: new Set(live.map((h) => repoKey(h.repo))).size,
        files: new Set(live.map((h) => `${repoKey(h.repo)}\0${h.path}`)).size,
        hits: live.length,
        issueNumber: canonical?.number ?? null,
    }));
    const digest = renderDigest({
        auditId: options.auditId,
        titlePrefix: options.labels[0] ?? 'audit-gate',
        entries,
        suppressedHits,
    });
    let offset = 0;
    const carriesOf = digest.entriesPerPart.map((count) => {
        const part = listed
            .slice(offset, offset + count)
            .map((a) => ({ fingerprint: a.group.fingerprint, hits: a.live }));
        offset += count;
        return part;
    });
    const auditId = options.auditId;
    const issues = index.digests.get(auditId) ?? [];
    const existing = canonicalIssue(issues);
    const candidates = [];
    if (existing === null) {
        const create = ready({
            kind: 'create-digest',
            auditId,
            title: digest.title,
            body: digest.body,
            labels: options.labels,
        });
        candidates.push({ op: create, carries: carriesOf[0] });
        digest.continuations.forEach((body, i) => {
            const comment = ready({
                kind: 'create-digest-comment',
                issueNumber: null,
                auditId,
                part: i + 2,
                body,
            });
            candidates.push({ op: comment, carries: carriesOf[i + 1], needsNewDigest: true });
        });
        return candidates;
    }
    // A closed digest is updated but left closed: someone closed it on purpose.
    if (existing.title !== digest.title || existing.body !== digest.body) {
        const update = ready({
            kind: 'update-digest',
            issueNumber: existing.number,
            auditId,
            title: digest.title,
            body: digest.body,
        });
        candidates.push({ op: update, carries: carriesOf[0] });
    }
    else {
        candidates.push({ op: null, carries: carriesOf[0] });
    }
    const parts = existingParts(input.digestComments ?? [], auditId);
    const partCount = digest.continuations.length + 1;
    const lastPart = Math.max(partCount, ...parts.keys());
    for (let part = 2; part <= lastPart; part += 1) {
        const body = part <= partCount ? digest.continuations[part - 2] : renderUnusedPart(auditId, part);
        const carries = part <= partCount ? carriesOf[part - 1] : [];
        const comment = parts.get(part);
        if (comment === undefined) {
            candidates.push({
                op: ready({
                    kind: 'create-digest-comment',
                    issueNumber: existing.number,
                    auditId,
                    part,
                    body,
                }),
                carries,
            });
        }
        else if (comment.body !== body) {
            const update = ready({
                kind: 'update-digest-comment',
                issueNumber: existing.number,
                commentId: comment.id,
                auditId,
                part,
                body,
            });
            candidates.push({ op: update, carries });
        }
        else {
            candidates.push({ op: null, carries });
        }
    }
    for (const duplicate of duplicatesOf(issues, existing)) {
        const comment = `Closed as a duplicate of #${existing.number}, the digest of the same audit.`;
        candidates.push({
            op: ready({
                kind: 'close-duplicate',
                issueNumber: duplicate.number,
                duplicateOf: existing.number,
                comment,
            }),
            carries: [],
        });
    }
    return candidates;
}
/**
 * Continuation comments by part; the oldest comment wins when a part appears twice. Other
 * comments (people's, other audits') are skipped; a part-1 marker in a comment is never read,
 * as continuations start at part 2.
 */
function existingParts(comments, auditId) {
    const parts = new Map();
    for (const comment of [...comments].sort((a, b) => a.id - b.id)) {
        const marker = parseMarker(comment.body);
        if (marker?.kind !== 'digest' || marker.auditId !== auditId)
            continue;
        if (!parts.has(marker.part))
            parts.set(marker.part, comment);
    }
    return parts;
}
/** Suppression, then every op the mode would make, before the budget. */
function prepare(input) {
    const { options } = input;
    const index = indexOwned(input.issues, options.labels[0] ?? '');
    const suppressed = [];
    const analysed = analyse(input, index, suppressed);
    const suppressedHits = suppressed.reduce((sum, s) => sum + s.hits, 0);
    const candidates = options.mode === 'individual'
        ? groupCandidates(input, index, analysed)
        : digestCandidates(input, index, analysed, suppressedHits);
    return { index, suppressed, analysed, suppressedHits, candidates };
}
/**
 * The `calls` and `newGroups` of the plan `planFiling` makes without a budget, without building
 * its ops: the quota decision needs only these, and a run that goes on to a digest would
 * otherwise render an issue for every group just to count it.
 */
function planCost(input) {
    const { analysed, candidates } = prepare(input);
    return {
        calls: candidates.reduce((sum, c) => sum + (c.op?.calls ?? 0), 0),
        newGroups: analysed.filter((a) => a.canonical === null).length,
    };
}
function planFiling(input) {
    const { options } = input;
    const { index, suppressed, analysed, suppressedHits, candidates } = prepare(input);
    const ops = [];
    const opCarries = [];
    const deferred = [];
    let left = input.budget ?? Number.POSITIVE_INFINITY;
    let createdDigest = false;
    let delivered = 0;
    const written = new Set();
    for (const candidate of candidates) {
        const fits = candidate.op === null ||
            (candidate.op.calls <= left && (!candidate.needsNewDigest || createdDigest));
        if (fits && candidate.op !== null) {
            const built = candidate.op.build();
            ops.push(built);
            opCarries.push(candidate.carries.map((c) => ({ fingerprint: c.fingerprint, hits: c.hits })));
            left -= built.calls;
            if (built.kind === 'create-digest')
                createdDigest = true;
        }
        for (const carried of candidate.carries) {
            written.add(carried.fingerprint);
            if (fits)
                delivered += carried.hits.length;
            else
                deferred.push(carried);
        }
    }
    // Groups with an open, up-to-date issue: their hits are already in front of people.
    const unchanged = [];
    if (options.mode === 'individual') {
        for (const a of analysed) {
            if (a.canonical?.state === 'open' && !written.has(a.group.fingerprint)) {
                unchanged.push({ issueNumber: a.canonical.number, fingerprint: a.group.fingerprint });
                delivered += a.live.length;
            }
        }
    }
    else if (!ops.some((o) => o.kind === 'update-digest')) {
        // A plan that creates the digest finds none here.
        const existing = canonicalIssue(index.digests.get(options.auditId) ?? []);
        if (existing)
            unchanged.push({ issueNumber: existing.number, fingerprint: null });
    }
    const total = input.groups.reduce((sum, g) => sum + g.hits.length, 0);
    const deferredHits = deferred.reduce((sum, d) => sum + d.hits.length, 0);
    const fullySuppressed = suppressed.filter((s) => s.reason !== 'ignored-hits').length;
    return {
        mode: options.mode,
        ops,
        opCarries,
        calls: ops.reduce((sum, o) => sum + o.calls, 0),
        unchanged,
        suppressed,
        suppressedGroups: fullySuppressed + analysed.filter((a) => a.live.length === 0).length,
        newGroups: analysed.filter((a) => a.canonical === null).length,
        deferred,
        accounting: {
            total,
            filed: options.mode === 'individual' ? delivered : 0,
            inDigest: options.mode === 'digest' ? delivered : 0,
            suppressed: suppressedHits,
            deferred: deferredHits,
        },
    };
}

;// CONCATENATED MODULE: ./src/filer/read-state.ts
const STATE_REASONS = new Set(['completed', 'not_planned', 'reopened', 'duplicate']);
function toExistingIssue(item) {
    const reason = item.state_reason ?? null;
    return {
        number: item.number,
        state: item.state === 'closed' ? 'closed' : 'open',
        stateReason: reason !== null && STATE_REASONS.has(reason) ? reason : null,
        labels: item.labels.flatMap((l) => (typeof l === 'string' ? [l] : l.name ? [l.name] : [])),
        body: item.body ?? null,
        title: item.title,
        createdAt: item.created_at,
        isPullRequest: item.pull_request !== undefined && item.pull_request !== null,
    };
}
/**
 * How far before a listing a later one with `since` reaches back: GitHub's frontends agree on
 * the time within seconds, and a minute more costs nothing but an issue or two on the page.
 */
const SINCE_MARGIN_MS = 60_000;
/**
 * The `since` of a listing that must see every issue changed after an earlier listing answered
 * at `listedAt` (GitHub's clock); undefined, so a full listing, when that time is unknown.
 */
function sinceListing(listedAt) {
    return listedAt != null ? new Date(listedAt.getTime() - SINCE_MARGIN_MS) : undefined;
}
/**
 * The owned issues, or with `since` only those updated at or after it (GitHub's `since`
 * compares with `updated_at`, on GitHub's clock).
 */
async function listOwnedIssues(client, repository, ownerLabel, since) {
    let pages = 0;
    let listedAt = null;
    const items = await client.paginate(client.rest.issues.listForRepo, {
        owner: repository.owner,
        repo: repository.repo,
        labels: ownerLabel,
        state: 'all',
        per_page: 100,
        ...(since ? { since: since.toISOString().replace(/\.\d{3}Z$/, 'Z') } : {}),
    }, (response) => {
        pages += 1;
        if (pages === 1)
            listedAt = serverTime(response.headers.date);
        return response.data;
    });
    const issues = items.map((item) => toExistingIssue(item));
    return { issues: issues.filter((i) => !i.isPullRequest), pages, listedAt };
}
function serverTime(header) {
    const ms = header === undefined ? Number.NaN : Date.parse(header);
    return Number.isNaN(ms) ? null : new Date(ms);
}
async function listComments(client, repository, issueNumber) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        owner: repository.owner,
        repo: repository.repo,
        issue_number: issueNumber,
        per_page: 100,
    });
    return comments.map((c) => ({ id: c.id, body: c.body ?? null }));
}

;// CONCATENATED MODULE: ./src/filer/close-race-duplicates.ts
/**
 * After a run has created issues, it lists again and closes every extra issue of a
 * fingerprint (or digest) as a duplicate of the oldest. Two runs that raced both created an
 * issue for the same group; whichever lists last sees both, and both agree which one is the
 * oldest, so the repository converges to one open issue per group.
 */



/**
 * With the run's first listing (`earlier`) and GitHub's time of it (`ctx.listedAt`), only
 * issues updated since then are listed again: every issue a racing run created is among them,
 * and the rest is as the first listing saw it. So a repository with thousands of owned issues pays one page, not all of
 * them again. Only fingerprints with such an issue are looked at: duplicates among the others
 * were already in the plan (and the budget may have deferred closing them).
 */
async function closeRaceDuplicates(executor, ctx, earlier) {
    const since = sinceListing(ctx.listedAt);
    const { issues: fresh } = await listOwnedIssues(ctx.client, ctx.repository, ctx.ownerLabel, since);
    let issues = fresh;
    let touched = null;
    if (since !== undefined && earlier !== undefined) {
        const merged = new Map(earlier.map((i) => [i.number, i]));
        for (const issue of fresh)
            merged.set(issue.number, issue);
        issues = [...merged.values()];
        const recent = indexOwned(fresh, ctx.ownerLabel);
        touched = (kind, key) => (kind === 'digest' ? recent.digests : recent.groups).has(key);
    }
    const index = indexOwned(issues, ctx.ownerLabel);
    let closed = 0;
    for (const [kind, map] of [
        ['findings', index.groups],
        ['digest', index.digests],
    ]) {
        for (const [key, list] of map) {
            if (touched !== null && !touched(kind, key))
                continue;
            const canonical = canonicalIssue(list);
            if (canonical === null)
                continue;
            for (const duplicate of duplicatesOf(list, canonical)) {
                const comment = kind === 'digest'
                    ? `Closed as a duplicate of #${canonical.number}, the digest of the same audit.`
                    : `Closed as a duplicate of #${canonical.number}, which tracks the same findings.`;
                await executor.execute({
                    kind: 'close-duplicate',
                    issueNumber: duplicate.number,
                    duplicateOf: canonical.number,
                    comment,
                    calls: CALLS['close-duplicate'],
                }, []);
                closed += 1;
            }
        }
    }
    return closed;
}

;// CONCATENATED MODULE: ./src/filer/describe-plan.ts

function describeOp(op) {
    switch (op.kind) {
        case 'create':
            return `create: ${op.title} (${(0,markdown/* plural */.LS)(op.hits, 'hit')})`;
        case 'update':
            return `update #${op.issueNumber}: ${op.title} (${(0,markdown/* plural */.LS)(op.hits, 'hit')})`;
        case 'reopen':
            return `reopen #${op.issueNumber}: ${op.title} (${(0,markdown/* plural */.LS)(op.hits, 'hit')})`;
        case 'close-resolved':
            return `close #${op.issueNumber} as completed: no hits in a complete scope`;
        case 'close-duplicate':
            return `close #${op.issueNumber} as a duplicate of #${op.duplicateOf}`;
        case 'create-digest':
            return `create digest: ${op.title}`;
        case 'update-digest':
            return `update digest #${op.issueNumber}: ${op.title}`;
        case 'create-digest-comment':
            return `add digest part ${op.part} on ${op.issueNumber === null ? 'the new digest' : `#${op.issueNumber}`}`;
        case 'update-digest-comment':
            return `update digest part ${op.part} (comment ${op.commentId}) on #${op.issueNumber}`;
    }
}
function describePlan(plan) {
    const a = plan.accounting;
    return [
        `${plan.mode} plan: ${plan.ops.length} writes, ${plan.calls} API calls; ${plan.unchanged.length} issues unchanged.`,
        ...plan.ops.map((op) => `  ${describeOp(op)}`),
        `hits: ${a.total} = ${a.filed} filed + ${a.inDigest} in the digest + ${a.suppressed} suppressed + ${a.deferred} deferred` +
            ` (${plan.suppressedGroups} groups suppressed, ${plan.newGroups} new groups).`,
    ];
}

;// CONCATENATED MODULE: ./src/filer/execute.ts




/** A create is tried at most this often, with a listing between attempts. */
const CREATE_ATTEMPTS = 3;
/** A create that has not answered in this long counts as lost and is reconciled. */
const CREATE_TIMEOUT_MS = 60_000;
const STOPPING = new Set([
    'primary-rate-limit',
    'secondary-rate-limit',
    'no-permission',
    'bad-credentials',
]);
function emptyExecution() {
    return {
        created: [],
        updated: [],
        reopened: [],
        closedResolved: [],
        closedDuplicates: [],
        digestIssue: null,
        unwritten: [],
        createFailures: 0,
        reconciled: 0,
        stop: null,
    };
}
class Executor {
    ctx;
    result = emptyExecution();
    constructor(ctx) {
        this.ctx = ctx;
    }
    get stopped() {
        return this.result.stop !== null;
    }
    async executePlan(plan) {
        for (const [index, op] of plan.ops.entries()) {
            await this.execute(op, plan.opCarries[index] ?? []);
        }
        return this.result;
    }
    /** Runs one op, or records it as unwritten (with the error, or because the run stopped). */
    async execute(op, carries) {
        if (this.stopped) {
            this.result.unwritten.push({ op, carries, error: null });
            return;
        }
        try {
            await this.run(op);
        }
        catch (error) {
            const repositoryLevel = op.kind === 'create' || op.kind === 'create-digest';
            const failure = classifyApiError(error, repositoryLevel);
            if (repositoryLevel)
                this.result.createFailures += 1;
            const message = describeApiError(error);
            if (STOPPING.has(failure)) {
                this.result.stop = {
                    failure: failure,
                    status: statusOf(error),
                    message,
                };
                this.ctx.host.warning(`Stopped writing at ${execute_describeOp(op)}: ${message}`);
            }
            else {
                this.ctx.host.warning(`Could not ${execute_describeOp(op)}: ${message}`);
            }
            this.result.unwritten.push({ op, carries, error: message });
        }
    }
    get where() {
        return { owner: this.ctx.repository.owner, repo: this.ctx.repository.repo };
    }
    async run(op) {
        const { client } = this.ctx;
        switch (op.kind) {
            case 'create': {
                const number = await this.createIssue(op.title, op.body, op.labels, () => this.findGroupIssue(op.fingerprint));
                this.result.created.push({ number, fingerprint: op.fingerprint });
                return;
            }
            case 'update':
                await client.rest.issues.update({
                    ...this.where,
                    issue_number: op.issueNumber,
                    title: op.title,
                    body: op.body,
                });
                this.result.updated.push(op.issueNumber);
                return;
            case 'reopen':
                await client.rest.issues.update({
                    ...this.where,
                    issue_number: op.issueNumber,
                    state: 'open',
                    state_reason: 'reopened',
                    title: op.title,
                    body: op.body,
                });
                this.result.reopened.push(op.issueNumber);
                // The reopen is what matters; the comment only explains it.
                await this.comment(op.issueNumber, op.comment, false);
                return;
            case 'close-resolved':
                await this.comment(op.issueNumber, op.comment, true);
                await client.rest.issues.update({
                    ...this.where,
                    issue_number: op.issueNumber,
                    state: 'closed',
                    state_reason: 'completed',
                    body: op.body,
                });
                this.result.closedResolved.push(op.issueNumber);
                return;
            case 'close-duplicate':
                await this.comment(op.issueNumber, op.comment, true);
                await client.rest.issues.update({
                    ...this.where,
                    issue_number: op.issueNumber,
                    state: 'closed',
                    // Typed loosely by the client's schema version; GitHub accepts `duplicate`.
                    state_reason: 'duplicate',
                });
                this.result.closedDuplicates.push(op.issueNumber);
                return;
            case 'create-digest': {
                const number = await this.createIssue(op.title, op.body, op.labels, () => this.findDigest(op.auditId));
                this.result.created.push({ number, fingerprint: null });
                this.result.digestIssue = number;
                return;
            }
            case 'update-digest':
                await client.rest.issues.update({
                    ...this.where,
                    issue_number: op.issueNumber,
                    title: op.title,
                    body: op.body,
                });
                this.result.updated.push(op.issueNumber);
                this.result.digestIssue = op.issueNumber;
                return;
            case 'create-digest-comment': {
                const issueNumber = op.issueNumber ?? this.result.digestIssue;
                if (issueNumber === null)
                    throw new Error('the digest issue this part belongs to was not created');
                await this.createPart(issueNumber, op.auditId, op.part, op.body);
                this.result.digestIssue ??= issueNumber;
                return;
            }
            case 'update-digest-comment':
                await client.rest.issues.updateComment({
                    ...this.where,
                    comment_id: op.commentId,
                    body: op.body,
                });
                this.result.digestIssue ??= op.issueNumber;
                return;
        }
    }
    /**
     * POST without the retry plugin (a retried POST whose first response was lost files a
     * duplicate); a lost response is reconciled by listing again, and only an issue that is
     * really missing is posted again.
     */
    async createIssue(title, body, labels, find) {
        for (let attempt = 1;; attempt += 1) {
            try {
                const { data } = await this.ctx.client.rest.issues.create({
                    ...this.where,
                    title,
                    body,
                    labels: [...labels],
                    request: { retries: 0, signal: AbortSignal.timeout(CREATE_TIMEOUT_MS) },
                });
                return data.number;
            }
            catch (error) {
                if (classifyApiError(error, true) !== 'lost' || attempt >= CREATE_ATTEMPTS)
                    throw error;
                this.ctx.host.warning(`The response to creating "${title}" was lost (${describeApiError(error)}): listing the issues before trying again.`);
                const found = await find();
                if (found !== null) {
                    this.result.reconciled += 1;
                    this.ctx.host.info(`It was created after all: #${found}.`);
                    return found;
                }
            }
        }
    }
    async createPart(issueNumber, auditId, part, body) {
        for (let attempt = 1;; attempt += 1) {
            try {
                await this.postComment(issueNumber, body);
                return;
            }
            catch (error) {
                if (classifyApiError(error, false) !== 'lost' || attempt >= CREATE_ATTEMPTS)
                    throw error;
                const comments = await listComments(this.ctx.client, this.ctx.repository, issueNumber);
                const exists = comments.some((c) => {
                    const marker = parseMarker(c.body);
                    return marker?.kind === 'digest' && marker.auditId === auditId && marker.part === part;
                });
                if (exists) {
                    this.result.reconciled += 1;
                    return;
                }
            }
        }
    }
    async postComment(issueNumber, body) {
        await this.ctx.client.rest.issues.createComment({
            ...this.where,
            issue_number: issueNumber,
            body,
            request: { retries: 0 },
        });
    }
    /**
     * An explanatory comment. `required`: the op must not go on without it (a close), except when
     * the response was lost (the comment most likely exists; posting again would repeat it).
     */
    async comment(issueNumber, body, required) {
        try {
            await this.postComment(issueNumber, body);
        }
        catch (error) {
            const failure = classifyApiError(error, false);
            if (failure === 'lost') {
                this.ctx.host.warning(`The response to commenting on #${issueNumber} was lost (${describeApiError(error)}); not posting it again.`);
                return;
            }
            if (required)
                throw error;
            if (STOPPING.has(failure)) {
                this.result.stop = {
                    failure: failure,
                    status: statusOf(error),
                    message: describeApiError(error),
                };
            }
            this.ctx.host.warning(`Could not comment on #${issueNumber}: ${describeApiError(error)}`);
        }
    }
    async findGroupIssue(fingerprint) {
        const found = (await this.listRecent()).groups.get(fingerprint) ?? [];
        return canonicalIssue(found)?.number ?? null;
    }
    async findDigest(auditId) {
        const found = (await this.listRecent()).digests.get(auditId) ?? [];
        return canonicalIssue(found)?.number ?? null;
    }
    /** The owned issues updated since the first listing (all of them when its time is unknown). */
    async listRecent() {
        const { client, repository, ownerLabel, listedAt } = this.ctx;
        const { issues } = await listOwnedIssues(client, repository, ownerLabel, sinceListing(listedAt));
        return indexOwned(issues, ownerLabel);
    }
}
function execute_describeOp(op) {
    switch (op.kind) {
        case 'create':
            return `create "${op.title}"`;
        case 'create-digest':
            return `create the digest "${op.title}"`;
        case 'create-digest-comment':
            return `add part ${op.part} of the digest`;
        case 'update-digest-comment':
            return `update part ${op.part} of the digest (comment ${op.commentId})`;
        case 'update':
        case 'update-digest':
            return `update #${op.issueNumber}`;
        case 'reopen':
            return `reopen #${op.issueNumber}`;
        case 'close-resolved':
            return `close #${op.issueNumber} as completed`;
        case 'close-duplicate':
            return `close #${op.issueNumber} as a duplicate of #${op.duplicateOf}`;
    }
}

;// CONCATENATED MODULE: ./src/filer/group.ts

/** Code-unit order: unlike localeCompare it is the same on every machine and ICU build. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareHits(a, b) {
    return (compareText(repoKey(a.repo), repoKey(b.repo)) ||
        compareText(a.path, b.path) ||
        a.line_number - b.line_number ||
        (a.column ?? 0) - (b.column ?? 0) ||
        compareText(a.pattern, b.pattern) ||
        compareText(a.snippet ?? '', b.snippet ?? '') ||
        compareText(a.commit ?? '', b.commit ?? '') ||
        compareText(a.repo, b.repo) ||
        compareText(a.severity ?? '', b.severity ?? '') ||
        compareText(a.message ?? '', b.message ?? ''));
}
function groupHits(hits, groupBy) {
    const buckets = new Map();
    for (const hit of hits) {
        const parts = groupKeyParts(hit, groupBy);
        const key = parts.join('\0');
        const bucket = buckets.get(key);
        if (bucket)
            bucket.hits.push(hit);
        else
            buckets.set(key, { parts, hits: [hit] });
    }
    return [...buckets.entries()]
        .sort(([a], [b]) => compareText(a, b))
        .map(([, bucket]) => toGroup(bucket.parts, bucket.hits, groupBy));
}
function toGroup(parts, hits, groupBy) {
    const sorted = [...hits].sort(compareHits);
    const seen = new Map();
    const grouped = sorted.map((hit) => {
        const identity = hitIdentityKey(hit);
        const ordinal = seen.get(identity) ?? 0;
        seen.set(identity, ordinal + 1);
        return { id: hitIdOf(identity, ordinal), hit };
    });
    const first = sorted[0];
    const repos = new Map();
    for (const hit of sorted)
        if (!repos.has(repoKey(hit.repo)))
            repos.set(repoKey(hit.repo), hit.repo);
    return {
        fingerprint: groupFingerprint(groupBy, parts),
        groupBy,
        repo: groupBy === 'pattern' ? null : first.repo,
        pattern: groupBy === 'repo' ? null : first.pattern,
        repos: [...repos.values()],
        hits: grouped,
    };
}

// EXTERNAL MODULE: ./src/filer/options.ts + 1 modules
var filer_options = __webpack_require__(5485);
;// CONCATENATED MODULE: ./src/filer/quota-decision.ts
function decideMode(input) {
    const { remaining, plannedCalls, threshold, newGroups, maxNewIssues } = input;
    // The caller exits 3 before planning when nothing is left; a total function still answers.
    if (!(remaining > 0)) {
        return {
            mode: 'digest',
            rule: 'quota-exhausted',
            reason: `No API quota is left (${remaining}).`,
        };
    }
    const after = remaining - plannedCalls;
    if (!(after >= threshold)) {
        return {
            mode: 'digest',
            rule: 'quota-threshold',
            reason: `Quota after the ${plannedCalls} planned calls would be ${after}, below the threshold of ${threshold}.`,
        };
    }
    if (newGroups > maxNewIssues) {
        return {
            mode: 'digest',
            rule: 'max-new-issues',
            reason: `${newGroups} new groups is more than max-new-issues (${maxNewIssues}).`,
        };
    }
    return {
        mode: 'individual',
        rule: 'within-limits',
        reason: `Quota after the ${plannedCalls} planned calls would be ${after} (threshold ${threshold}); ${newGroups} new groups (max ${maxNewIssues}).`,
    };
}

;// CONCATENATED MODULE: ./src/filer/plan-run.ts
/**
 * Chooses the mode and plans with it: the individual plan is counted first (pure, and cheap:
 * nothing it would create is rendered), its calls and new groups feed the quota decision, and
 * the plan of the chosen mode is made. The caller has already exited 3 when no quota is left.
 */


function planRun(input) {
    const { quota, budget, ...rest } = input;
    // The bodies counting had to render (to compare with open issues) are not rendered twice.
    const renderings = new Map();
    const individual = planCost({
        ...rest,
        renderings,
        options: { ...input.options, mode: 'individual' },
    });
    const decision = decideMode({
        remaining: quota.remaining,
        plannedCalls: individual.calls,
        threshold: quota.threshold,
        newGroups: individual.newGroups,
        maxNewIssues: quota.maxNewIssues,
    });
    const plan = planFiling({
        ...rest,
        budget,
        renderings,
        options: { ...input.options, mode: decision.mode },
    });
    return { decision, plan };
}

;// CONCATENATED MODULE: ./src/filer/read-quota.ts
/**
 * The quota guard's input: `GET /rate_limit` (it costs no quota). When it cannot be read the
 * run stops before writing: the seed went on "with caution" without knowing the quota.
 */


class QuotaUnknownError extends Error {
    name = 'QuotaUnknownError';
}
/** What a GitHub Enterprise Server with rate limiting switched off has: no limit at all. */
const UNLIMITED = { remaining: Number.MAX_SAFE_INTEGER, limit: 0, reset: 0 };
async function readQuota(client) {
    let core;
    try {
        const { data } = await client.rest.rateLimit.get();
        core = data.resources.core;
    }
    catch (error) {
        // GitHub Enterprise Server answers 404 "Rate limiting is not enabled." when it has none:
        // the quota is then known, and unlimited.
        if (isRateLimitingDisabled(error))
            return UNLIMITED;
        const what = `Could not read the API quota (GET /rate_limit: ${describeApiError(error)}); nothing was written.`;
        switch (classifyApiError(error, false)) {
            case 'primary-rate-limit':
            case 'secondary-rate-limit':
                throw new errors/* QuotaExhaustedError */.m8(what);
            case 'bad-credentials':
                throw new errors/* ConfigurationError */.j1(`${what} Check the 'token' input.`);
            default:
                throw new QuotaUnknownError(what);
        }
    }
    if (!Number.isFinite(core?.remaining)) {
        throw new QuotaUnknownError('GET /rate_limit returned no core quota; nothing was written (the quota must be known).');
    }
    return { remaining: core.remaining, limit: core.limit, reset: core.reset };
}
function isRateLimitingDisabled(error) {
    const failure = error;
    const message = failure?.response?.data?.message;
    return (failure?.status === 404 &&
        typeof message === 'string' &&
        /rate limiting is not enabled/i.test(message));
}

// EXTERNAL MODULE: ./src/fallback/summary.ts
var summary = __webpack_require__(74146);
// EXTERNAL MODULE: ./src/report/metrics.ts
var metrics = __webpack_require__(36479);
;// CONCATENATED MODULE: ./src/filer/report.ts



class AccountingError extends Error {
    name = 'AccountingError';
}
/** Throws when the buckets do not add up: a hit counted twice or lost is a bug, never a detail. */
function checkAccounting(a) {
    const sum = a.filed + a.inDigest + a.fallback + a.suppressed;
    const negative = [a.filed, a.inDigest, a.fallback, a.suppressed].some((n) => n < 0);
    if (sum !== a.total || negative) {
        throw new AccountingError(`Hit accounting does not add up: ${a.total} hits but ${a.filed} filed + ${a.inDigest} in the digest + ` +
            `${a.fallback} in the fallback + ${a.suppressed} suppressed = ${sum}.`);
    }
}
function accountingLine(a) {
    return (`hits ${a.total} = ${a.filed} filed + ${a.inDigest} in the digest + ` +
        `${a.fallback} in the fallback + ${a.suppressed} suppressed`);
}
function closedCount(e) {
    return e.closedResolved.length + e.closedDuplicates.length;
}
function fileOutputs(report) {
    const e = report.execution;
    const outputs = {
        valid: true,
        hits: report.accounting.total,
        groups: report.groups,
        'mode-used': report.modeUsed,
        'issues-created': e.created.filter((c) => c.fingerprint !== null).length,
        'issues-updated': e.updated.filter((n) => n !== e.digestIssue).length,
        'issues-closed': closedCount(e),
        'issues-reopened': e.reopened.length,
        suppressed: report.accounting.suppressed,
        'suppressed-groups': report.plan?.suppressedGroups ?? 0,
        'false-positive-issues': report.falsePositives.issues,
        'false-positive-rate': falsePositiveRate(report.falsePositives),
    };
    const digest = e.digestIssue ?? digestFromPlan(report.plan);
    if (digest !== null && report.plan?.mode === 'digest')
        outputs['digest-issue'] = digest;
    if (report.quotaAfter !== null)
        outputs['quota-remaining'] = report.quotaAfter;
    if (report.fallback) {
        outputs['fallback-path'] = report.fallback.result.path;
        if (report.fallback.result.artifactId !== null)
            outputs['fallback-artifact-id'] = report.fallback.result.artifactId;
    }
    return outputs;
}
/** False-positive issues over all owned issues, as a fraction rounded to 4 places. */
function falsePositiveRate(fp) {
    return fp.owned === 0 ? 0 : Math.round((10000 * fp.issues) / fp.owned) / 10000;
}
/** The digest issue the plan names: one it updates (a dry-run only plans it) or leaves unchanged. */
function digestFromPlan(plan) {
    if (plan?.mode !== 'digest')
        return null;
    for (const op of plan.ops)
        if (op.kind === 'update-digest')
            return op.issueNumber;
    return plan.unchanged.find((u) => u.fingerprint === null)?.issueNumber ?? null;
}
function fileMetrics(report) {
    const e = report.execution;
    const samples = {
        audit_hits_total: report.accounting.total,
        audit_issues_created_total: e.created.length,
        audit_issues_updated_total: e.updated.length,
        audit_issues_closed_total: closedCount(e),
        audit_issues_reopened_total: e.reopened.length,
        audit_issue_create_failures_total: e.createFailures,
        audit_suppressed_hits_total: report.accounting.suppressed,
        audit_false_positive_issues: report.falsePositives.issues,
        audit_fallback_artifacts_total: report.fallback ? 1 : 0,
    };
    if (report.quotaAfter !== null)
        samples.github_api_quota_remaining = report.quotaAfter;
    for (const [key, count] of report.requests) {
        const [method = '', status = ''] = key.split(' ');
        samples[(0,metrics/* labelledSample */.gB)('audit_api_requests_total', { method, status })] = count;
    }
    return samples;
}
/** Links to at most this many issues per row; the rest are counted. */
const MAX_LINKS = 30;
function links(report, numbers) {
    if (numbers.length === 0)
        return '';
    const base = `${report.serverUrl.replace(/\/+$/, '')}/${report.repository.fullName}/issues`;
    const shown = numbers.slice(0, MAX_LINKS).map((n) => `[#${n}](${base}/${n})`);
    const more = numbers.length - shown.length;
    return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}
function modeLine(report) {
    const rule = report.decision ? ` (rule ${(0,markdown/* inlineCode */.ti)(report.decision.rule)})` : '';
    const why = report.decision ? ` ${report.decision.reason}` : '';
    switch (report.modeUsed) {
        case 'dry-run':
            return `Mode: **dry-run** of a ${report.plan?.mode ?? 'filing'} plan${rule}: nothing was written.${why}`;
        case 'fallback':
            return `Mode: **fallback**: GitHub refused the writes, so what was not filed is kept in the fallback.${why}`;
        default:
            return `Mode: **${report.modeUsed}**${rule}.${why}`;
    }
}
function renderFileSummary(report) {
    const e = report.execution;
    const plan = report.plan;
    const a = report.accounting;
    const dry = report.modeUsed === 'dry-run';
    const unchanged = plan?.unchanged.map((u) => u.issueNumber) ?? [];
    const createdGroups = e.created.filter((c) => c.fingerprint !== null).map((c) => c.number);
    const createdDigest = e.created.filter((c) => c.fingerprint === null).map((c) => c.number);
    const rows = [
        [
            'created',
            String(createdGroups.length + createdDigest.length),
            links(report, [...createdGroups, ...createdDigest]),
        ],
        ['updated', String(e.updated.length), links(report, e.updated)],
        ['unchanged', String(unchanged.length), links(report, unchanged)],
        ['closed as completed', String(e.closedResolved.length), links(report, e.closedResolved)],
        ['closed as duplicates', String(e.closedDuplicates.length), links(report, e.closedDuplicates)],
        ['reopened', String(e.reopened.length), links(report, e.reopened)],
    ];
    const quota = (n) => (n === null ? 'unknown' : (0,markdown/* thousands */.oh)(n));
    const requests = [...report.requests.values()].reduce((sum, n) => sum + n, 0);
    const fp = report.falsePositives;
    const rate = 100 * falsePositiveRate(fp);
    const lines = [
        `### audit-gate: findings ${dry ? 'planned (dry-run)' : 'filed'}`,
        '',
        modeLine(report),
        '',
        `Central repository ${(0,markdown/* inlineCode */.ti)(report.repository.fullName)}, audit ${(0,markdown/* inlineCode */.ti)(report.auditId)}: ` +
            `${(0,markdown/* plural */.LS)(a.total, 'hit')} in ${(0,markdown/* plural */.LS)(report.groups, 'group')}.`,
        '',
        `API quota: ${quota(report.quotaBefore)} before, ${quota(report.quotaAfter)} after; ${(0,markdown/* plural */.LS)(requests, 'request')} made.`,
        '',
        (0,markdown/* table */.tp)(['issues', 'count', 'links'], rows),
        `Suppressed: ${(0,markdown/* plural */.LS)(a.suppressed, 'hit')} in ${(0,markdown/* plural */.LS)(plan?.suppressedGroups ?? 0, 'group')}; ` +
            `false-positive issues: ${fp.issues} of ${(0,markdown/* plural */.LS)(fp.owned, 'owned issue')} (${rate.toFixed(1)}%).`,
        '',
        `**Accounting: ${accountingLine(a)}.**`,
    ];
    if (e.reconciled > 0) {
        lines.push('', `${(0,markdown/* plural */.LS)(e.reconciled, 'lost response')} reconciled by listing again (nothing was posted twice).`);
    }
    const failed = e.unwritten.filter((u) => u.error !== null);
    if (failed.length > 0 || e.stop) {
        lines.push('', `Not written: ${(0,markdown/* plural */.LS)(e.unwritten.length, 'write')}.`);
        if (e.stop)
            lines.push(`Stopped writing: ${(0,markdown/* inlineCode */.ti)(e.stop.message)}.`);
    }
    for (const note of report.notes)
        lines.push('', note);
    if (report.planLines.length > 0) {
        // Titles come from artifacts: the fence is longer than any backtick run inside.
        const runs = report.planLines.join('\n').match(/`+/g) ?? [];
        const fence = '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
        lines.push('', '<details><summary>The plan</summary>', '', `${fence}text`);
        lines.push(...report.planLines, fence, '', '</details>');
    }
    if (report.fallback) {
        lines.push('', (0,summary/* renderFallbackSummary */.r)(report.fallback.request, report.fallback.result));
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/modes/file.ts
/**
 * `mode: file` — DESIGN.md's pipeline: gate (exit 2/3 before any API call), group, read the
 * quota and the owned issues, plan (pure), execute, list again to close race duplicates, and
 * report. Every hit ends up filed, in the digest, in the fallback or suppressed.
 */















async function fileMode(options, host) {
    const gated = await (0,gate/* gateArtifact */.O)(options.gate, host);
    const artifact = gated.artifact;
    const groups = groupHits(artifact.org_unregistered_hits, options.groupBy);
    const auditId = (0,filer_options/* resolveAuditId */.Xw)(options.auditId, artifact.audit_id, host.context);
    const run = { options, host, artifact, groups, auditId };
    host.info(`${gated.displayPath}: ${artifact.org_unregistered_hits.length} hit(s) in ${groups.length} group(s) by ${options.groupBy}; audit ${auditId}.`);
    const ownerLabel = options.labels[0];
    const { client, telemetry } = (0,github_client/* createGitHubClient */.LX)({ token: options.token, apiUrl: host.context.apiUrl }, host);
    const quota = await readQuota(client).catch(async (error) => {
        if (error instanceof errors/* QuotaExhaustedError */.m8)
            await quotaExhausted(run, error.message);
        throw error;
    });
    if (quota.remaining <= 0) {
        await quotaExhausted(run, `No GitHub API quota is left (0 of ${quota.limit}, resets at ${new Date(quota.reset * 1000).toISOString()}); nothing was written.`);
    }
    // State: the owned issues, and the digest's comments when this audit has a digest.
    let issues;
    let pages;
    let listedAt;
    try {
        ({ issues, pages, listedAt } = await listOwnedIssues(client, options.repository, ownerLabel));
    }
    catch (error) {
        return readFailure(run, error, quota.remaining, telemetry.requests);
    }
    // The latest response's header: it also counts what other jobs spent meanwhile.
    const quotaNow = () => Math.min(quota.remaining - pages, telemetry.quotaRemaining ?? Infinity);
    if (quotaNow() <= 0) {
        await quotaExhausted(run, 'Listing the issues used the last of the API quota; nothing was written.');
    }
    const planOptions = {
        labels: options.labels,
        fpLabel: options.fpLabel,
        autoClose: options.autoClose,
        scope: artifact.scope ?? null,
        auditId,
        serverUrl: host.context.serverUrl,
    };
    const plan = (digestComments) => planRun({
        groups,
        issues,
        ...(digestComments ? { digestComments } : {}),
        options: planOptions,
        quota: {
            remaining: quotaNow(),
            threshold: options.quotaThreshold,
            maxNewIssues: options.maxNewIssues,
        },
        // Room is kept to list again after the writes (closing race duplicates needs it).
        budget: Math.max(0, quotaNow() - pages),
    });
    let planned = plan();
    if (planned.plan.mode === 'digest') {
        const digest = digestIssueFor(indexOwned(issues, ownerLabel), auditId);
        if (digest !== null) {
            try {
                planned = plan(await listComments(client, options.repository, digest.number));
            }
            catch (error) {
                return readFailure(run, error, quota.remaining, telemetry.requests);
            }
        }
    }
    const { decision } = planned;
    const thePlan = planned.plan;
    const planLines = describePlan(thePlan);
    if (decision.rule === 'quota-threshold') {
        host.warning(`Filing one digest issue: ${decision.reason}`, {
            title: 'audit-gate: low API quota',
        });
    }
    else if (decision.rule === 'max-new-issues') {
        host.notice(`Filing one digest issue: ${decision.reason}`);
    }
    const falsePositives = countFalsePositives(issues, ownerLabel, options.fpLabel);
    const notes = autoCloseNotes(run);
    if (options.dryRun) {
        await host.group('The plan (dry-run: nothing is written)', async () => {
            for (const line of planLines)
                host.info(line);
        });
        const a = thePlan.accounting;
        const report = {
            ...reportBase(run, quota.remaining, telemetry),
            modeUsed: 'dry-run',
            decision,
            plan: thePlan,
            execution: emptyExecution(),
            accounting: {
                total: a.total,
                filed: a.filed,
                inDigest: a.inDigest,
                fallback: a.deferred,
                suppressed: a.suppressed,
            },
            fallback: null,
            falsePositives,
            notes,
            planLines,
        };
        return finish(report, false, host);
    }
    await host.group(`The plan: ${thePlan.ops.length} write(s)`, async () => {
        for (const line of planLines)
            host.info(line);
    });
    const ctx = {
        client,
        repository: options.repository,
        ownerLabel,
        host,
        listedAt,
    };
    const executor = new Executor(ctx);
    const execution = await executor.executePlan(thePlan);
    if (execution.created.length > 0 && !executor.stopped) {
        try {
            await closeRaceDuplicates(executor, ctx, issues);
        }
        catch (error) {
            host.warning(`Could not list the issues again to close duplicates: ${describeApiError(error)}. The next run closes them.`);
        }
    }
    const unwritten = execution.unwritten.flatMap((u) => u.carries.flatMap((c) => c.hits));
    const fallbackHits = [...thePlan.deferred.flatMap((d) => d.hits), ...unwritten];
    const a = thePlan.accounting;
    const accounting = {
        total: a.total,
        filed: a.filed - (thePlan.mode === 'individual' ? unwritten.length : 0),
        inDigest: a.inDigest - (thePlan.mode === 'digest' ? unwritten.length : 0),
        fallback: fallbackHits.length,
        suppressed: a.suppressed,
    };
    checkAccounting(accounting);
    let fallback = null;
    if (fallbackHits.length > 0) {
        const request = {
            source: artifact,
            hits: fallbackHits,
            reason: fallbackReason(execution.stop, thePlan),
            detail: fallbackDetail(execution.stop, execution.unwritten.length, thePlan),
        };
        fallback = { request, result: await (0,keep/* keepFallback */.i)(request, options.fallback, host) };
    }
    const refused = execution.stop?.failure === 'no-permission' || execution.stop?.failure === 'bad-credentials';
    const report = {
        ...reportBase(run, quota.remaining, telemetry),
        modeUsed: refused ? 'fallback' : thePlan.mode,
        decision,
        plan: thePlan,
        execution,
        accounting,
        fallback,
        falsePositives,
        notes,
        planLines: [],
    };
    return finish(report, fallback !== null && options.fallback.failOnFallback, host);
}
function reportBase(run, quotaBefore, telemetry) {
    return {
        repository: run.options.repository,
        serverUrl: run.host.context.serverUrl,
        auditId: run.auditId,
        groups: run.groups.length,
        quotaBefore,
        quotaAfter: telemetry.quotaRemaining ?? quotaBefore,
        requests: telemetry.requests,
    };
}
function finish(report, fail, host) {
    if (fail) {
        host.error(`${report.accounting.fallback} finding(s) went to the fallback and 'fail-on-fallback' is true: failing the step.`, { title: 'audit-gate: fallback used' });
    }
    return {
        outputs: fileOutputs(report),
        summary: renderFileSummary(report),
        metrics: fileMetrics(report),
        ...(fail ? { exitCode: 1 } : {}),
    };
}
/**
 * No quota: exit 3 with nothing written, and nothing lost either: every hit goes to the
 * fallback (not in dry-run, which writes nothing).
 */
async function quotaExhausted(run, message) {
    const hits = run.artifact.org_unregistered_hits;
    if (!run.options.dryRun && hits.length > 0) {
        const kept = await (0,keep/* keepFallback */.i)({ source: run.artifact, hits, reason: 'quota-exhausted', detail: message }, run.options.fallback, run.host);
        // The step fails, yet the copy's whereabouts must still reach the workflow.
        throw new errors/* QuotaExhaustedError */.m8(`${message} The ${hits.length} hit(s) are kept in ${kept.displayPath}.`, [], {
            valid: true,
            hits: hits.length,
            'mode-used': 'fallback',
            'fallback-path': kept.path,
            ...(kept.artifactId !== null ? { 'fallback-artifact-id': kept.artifactId } : {}),
        }, 
        // An alert on fallbacks must see this one too, though the step fails.
        {
            audit_hits_total: hits.length,
            audit_fallback_artifacts_total: 1,
            github_api_quota_remaining: 0,
        });
    }
    throw new errors/* QuotaExhaustedError */.m8(message);
}
/** Reading the state failed: a spent quota exits 3, a refusal falls back, the rest is an error. */
async function readFailure(run, error, quotaBefore, requests) {
    const where = run.options.repository.fullName;
    const message = describeApiError(error);
    switch (classifyApiError(error, true)) {
        case 'primary-rate-limit':
        case 'secondary-rate-limit':
            return quotaExhausted(run, `Reading the issues of ${where} hit the rate limit (${message}); nothing was written.`);
        case 'bad-credentials':
            throw new errors/* ConfigurationError */.j1(`GitHub refused the token (${message}): check the 'token' input.`);
        case 'no-permission':
            break;
        default:
            throw new Error(`Could not read the issues of ${where}: ${message}`, { cause: error });
    }
    const hits = run.artifact.org_unregistered_hits;
    const reason = reasonOfStatus(statusOf(error));
    const request = {
        source: run.artifact,
        hits,
        reason,
        detail: `${message} (listing the issues of ${where})`,
    };
    const fallback = run.options.dryRun || hits.length === 0
        ? null
        : { request, result: await (0,keep/* keepFallback */.i)(request, run.options.fallback, run.host) };
    if (run.options.dryRun)
        run.host.warning(`Dry-run: GitHub refused to list the issues of ${where} (${message}); a real run would keep the hits in the fallback.`);
    const report = {
        repository: run.options.repository,
        serverUrl: run.host.context.serverUrl,
        auditId: run.auditId,
        groups: run.groups.length,
        quotaBefore,
        quotaAfter: null,
        requests,
        modeUsed: run.options.dryRun ? 'dry-run' : 'fallback',
        decision: null,
        plan: null,
        execution: emptyExecution(),
        accounting: { total: hits.length, filed: 0, inDigest: 0, fallback: hits.length, suppressed: 0 },
        fallback,
        falsePositives: { issues: 0, owned: 0 },
        notes: [`GitHub refused to list the issues of ${'`'}${where}${'`'}: nothing was filed.`],
        planLines: [],
    };
    return finish(report, fallback !== null && run.options.fallback.failOnFallback, run.host);
}
function reasonOfStatus(status) {
    if (status === 404)
        return 'repository-not-found';
    if (status === 410)
        return 'issues-disabled';
    return 'no-permission';
}
function fallbackReason(stop, plan) {
    if (stop === null)
        return plan.deferred.length > 0 ? 'quota-exhausted' : 'no-permission';
    switch (stop.failure) {
        case 'primary-rate-limit':
        case 'secondary-rate-limit':
            return 'quota-exhausted';
        default:
            return reasonOfStatus(stop.status);
    }
}
function fallbackDetail(stop, unwritten, plan) {
    const parts = [];
    if (stop)
        parts.push(`stopped writing: ${stop.message}`);
    if (unwritten > 0)
        parts.push(`${unwritten} write(s) not done`);
    if (plan.deferred.length > 0)
        parts.push(`${plan.deferred.length} group(s) did not fit the API quota left`);
    return parts.join('; ');
}
function countFalsePositives(issues, ownerLabel, fpLabel) {
    const owned = [...indexOwned(issues, ownerLabel).groups.values()].flat();
    const fp = owned.filter((i) => (fpLabel !== '' && hasLabel(i, fpLabel)) ||
        (i.state === 'closed' && i.stateReason === 'not_planned'));
    return { issues: fp.length, owned: owned.length };
}
function autoCloseNotes(run) {
    if (!run.options.autoClose)
        return [];
    const scope = run.artifact.scope;
    if (scope?.complete === true)
        return [];
    return [
        "Auto-close is on, but nothing was closed as resolved: the artifact's scope is partial " +
            '(`scope.complete` is not true), so a missing group may simply not have been scanned.',
    ];
}


/***/ })

};

//# sourceMappingURL=775.index.js.map