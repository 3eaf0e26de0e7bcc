export const id = 312;
export const ids = [312];
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

/***/ 33312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fallbackMode: () => (/* binding */ fallbackMode)
/* harmony export */ });
/* harmony import */ var _fallback_keep_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42516);
/* harmony import */ var _fallback_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74146);
/* harmony import */ var _gate_gate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4512);
/* harmony import */ var _report_gate_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32930);




/** `mode: fallback` — gate the artifact, then keep a redacted copy locally and as an artifact. */
async function fallbackMode(gate, options, host, deps = {}) {
    // A bad or forged artifact is refused (exit 2/3) here, as in every mode that reads one.
    const gated = await (0,_gate_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .gateArtifact */ .O)(gate, host);
    const hits = gated.artifact.org_unregistered_hits;
    const request = { source: gated.artifact, hits, reason: 'requested' };
    const result = await (0,_fallback_keep_js__WEBPACK_IMPORTED_MODULE_0__/* .keepFallback */ .i)(request, options, host, deps);
    // An empty artifact still gets its (empty) copy, but no finding went anywhere to fail for.
    const fail = options.failOnFallback && result.hits > 0;
    if (fail) {
        host.error(`${result.hits} finding(s) went to the fallback and 'fail-on-fallback' is true: failing the step.`, { title: 'audit-gate: fallback used' });
    }
    return {
        outputs: {
            valid: true,
            hits: hits.length,
            'mode-used': 'fallback',
            'fallback-path': result.path,
            // Unset when nothing was uploaded, as in `file` mode.
            ...(result.artifactId !== null ? { 'fallback-artifact-id': result.artifactId } : {}),
        },
        summary: `${(0,_fallback_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderFallbackSummary */ .r)(request, result)}\n${(0,_report_gate_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderGateSummary */ .o)(gated)}`,
        exitCode: fail ? 1 : 0,
        metrics: { audit_hits_total: hits.length, audit_fallback_artifacts_total: 1 },
    };
}


/***/ })

};

//# sourceMappingURL=312.index.js.map