export const id = 979;
export const ids = [979];
export const modules = {

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

/***/ 15979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  purgeMode: () => (/* binding */ purgeMode)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
;// CONCATENATED MODULE: ./src/purge/decide.ts
/**
 * What purge deletes: a pure function of the listing, the clock and the options, so the rules
 * (prefix, age, expiry, cap, order) are table-tested without GitHub or a disk.
 */
const DAY_MS = 86_400_000;
/**
 * Uploads are named `<artifact-name>-<run_id>-<attempt>`, so the prefix includes the hyphen:
 * `audit-fallback` must not take `audit-fallbackx-1-1`, which some other job owns.
 */
function isFallbackArtifact(name, artifactName) {
    return name.startsWith(`${artifactName}-`);
}
/** Age in days (fractional) at `now`; negative for a clock skewed into the future. */
function ageInDays(createdMs, now) {
    return (now.getTime() - createdMs) / DAY_MS;
}
/** "Older than ttl-days" is strict: an artifact exactly ttl-days old stays one more run. */
function isExpiredByTtl(createdMs, ttlDays, now) {
    return now.getTime() - createdMs > ttlDays * DAY_MS;
}
function planArtifactPurge(artifacts, rules) {
    const due = [];
    let young = 0;
    let expired = 0;
    let undated = 0;
    for (const artifact of artifacts) {
        if (!isFallbackArtifact(artifact.name, rules.artifactName))
            continue;
        if (artifact.expired) {
            expired++;
            continue;
        }
        const createdMs = artifact.createdAt === null ? Number.NaN : Date.parse(artifact.createdAt);
        if (!Number.isFinite(createdMs)) {
            undated++;
            continue;
        }
        if (isExpiredByTtl(createdMs, rules.ttlDays, rules.now))
            due.push({ artifact, createdMs });
        else
            young++;
    }
    // Oldest first, so a capped run always frees the copies that have waited longest.
    due.sort((a, b) => a.createdMs - b.createdMs || a.artifact.id - b.artifact.id);
    const taken = due.slice(0, rules.maxDeletions);
    return {
        delete: taken.map(({ artifact, createdMs }) => ({
            artifact,
            ageDays: ageInDays(createdMs, rules.now),
        })),
        deferred: due.length - taken.length,
        young,
        expired,
        undated,
    };
}
/** The names the fallback writes: `fallback_<run_id>_<attempt>_<utc timestamp>.json`. */
const FALLBACK_FILE = /^fallback_.+\.json$/;
/**
 * Only regular files are deleted. The fallback writes regular files (temp + rename), so a
 * symlink or directory with such a name was put there by someone else and is left alone.
 */
function planLocalPurge(entries, rules) {
    const remove = [];
    const young = [];
    const skipped = [];
    for (const entry of entries) {
        if (!FALLBACK_FILE.test(entry.name))
            continue;
        if (entry.kind !== 'file')
            skipped.push(entry);
        else if (isExpiredByTtl(entry.mtimeMs, rules.ttlDays, rules.now)) {
            remove.push({ entry, ageDays: ageInDays(entry.mtimeMs, rules.now) });
        }
        else
            young.push(entry);
    }
    remove.sort((a, b) => b.ageDays - a.ageDays || a.entry.name.localeCompare(b.entry.name));
    return { delete: remove, young, skipped };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/purge/api-errors.ts

function classifyFailure(error) {
    const { status, response } = (error ?? {});
    const message = (0,errors/* errorMessage */.gJ)(error);
    if (status === 404)
        return 'not-found';
    // GitHub answers both a missing permission and a rate limit with 403; only the limits say so.
    const rateLimited = status === 429 ||
        String(response?.headers?.['x-ratelimit-remaining']) === '0' ||
        /rate limit/i.test(message);
    if ((status === 403 || status === 429) && rateLimited)
        return 'rate-limit';
    if (status === 403)
        return 'permission';
    return 'other';
}
function missingPermission(repository, error) {
    return new errors/* ConfigurationError */.j1(`The token lacks actions: write on ${repository} (GitHub said: 403 ${(0,errors/* errorMessage */.gJ)(error)}); ` +
        'add `permissions: actions: write` to the job, or pass a token that has it in `token`.');
}
function repositoryNotFound(repository) {
    return new errors/* ConfigurationError */.j1(`Repository ${repository} was not found, or the token cannot see it (404): check 'repository' and 'token'.`);
}
function listingRateLimited(error) {
    return new errors/* QuotaExhaustedError */.m8(`GitHub rate limit reached while listing workflow artifacts; nothing was deleted (${(0,errors/* errorMessage */.gJ)(error)}).`);
}
function rateLimited(deleted, left, error) {
    return new errors/* QuotaExhaustedError */.m8(`GitHub rate limit reached after ${deleted} deletion(s); ${left} fallback artifact(s) left for the next run (${(0,errors/* errorMessage */.gJ)(error)}).`);
}

;// CONCATENATED MODULE: ./src/purge/workflow-artifacts.ts

function splitRepository(repository) {
    const [owner = '', repo = ''] = repository.split('/');
    return { owner, repo };
}
/**
 * Every workflow artifact of the repository, 100 per page. The endpoint's `name` filter is an
 * exact match, so the prefix is applied after listing.
 */
async function listWorkflowArtifacts(client, repository) {
    try {
        const artifacts = await client.paginate(client.rest.actions.listArtifactsForRepo, {
            ...splitRepository(repository),
            per_page: 100,
        });
        return artifacts.map((a) => ({
            id: a.id,
            name: a.name,
            sizeInBytes: a.size_in_bytes,
            createdAt: a.created_at ?? null,
            expired: a.expired,
        }));
    }
    catch (error) {
        const failure = classifyFailure(error);
        if (failure === 'permission')
            throw missingPermission(repository, error);
        if (failure === 'not-found')
            throw repositoryNotFound(repository);
        if (failure === 'rate-limit')
            throw listingRateLimited(error);
        throw error;
    }
}
/** One DELETE through the run's client, whose throttling paces writes one at a time. */
async function deleteWorkflowArtifact(client, repository, artifactId) {
    await client.rest.actions.deleteArtifact({
        ...splitRepository(repository),
        artifact_id: artifactId,
    });
}

;// CONCATENATED MODULE: ./src/purge/delete-artifacts.ts



/**
 * Deletes one artifact after the other. The run's client paces writes (plugin-throttling: one
 * at a time, a second apart), which keeps a large backlog clear of GitHub's secondary limits.
 * A 403 stops at once (no later delete can succeed); a 5xx that survives the retries is
 * reported and the rest go on.
 */
async function deleteArtifacts(candidates, client, repository, host) {
    const deleted = [];
    const gone = [];
    const failed = [];
    for (const [index, candidate] of candidates.entries()) {
        const { id, name } = candidate.artifact;
        try {
            await deleteWorkflowArtifact(client, repository, id);
            deleted.push(candidate);
            host.info(`Deleted workflow artifact ${name} (id ${id}).`);
        }
        catch (error) {
            switch (classifyFailure(error)) {
                case 'permission':
                    throw missingPermission(repository, error);
                case 'rate-limit':
                    throw rateLimited(deleted.length, candidates.length - index, error);
                case 'not-found':
                    gone.push(candidate);
                    host.info(`Workflow artifact ${name} (id ${id}) was already gone.`);
                    break;
                case 'other': {
                    const message = (0,errors/* errorMessage */.gJ)(error);
                    failed.push({ candidate, message });
                    host.warning(`Could not delete workflow artifact ${name} (id ${id}): ${message}`);
                }
            }
        }
    }
    return { deleted, gone, failed };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/purge/local-files.ts



/**
 * The entries directly inside fallback-dir, each described by lstat: a symlink is reported as
 * a symlink and never followed, so nothing outside the directory is ever looked at. A missing
 * directory is an empty one (no fallback was ever written on this runner).
 */
async function scanFallbackDir(dir) {
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return null;
        if (code === 'ENOTDIR') {
            throw new errors/* ConfigurationError */.j1(`Input 'fallback-dir' is not a directory: ${dir}.`);
        }
        throw new Error(`Cannot read fallback-dir ${dir}: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    const entries = [];
    for (const name of names.sort()) {
        try {
            const stats = await (0,promises_.lstat)(external_node_path_default().join(dir, name));
            entries.push({
                name,
                kind: stats.isSymbolicLink() ? 'symlink' : stats.isFile() ? 'file' : 'other',
                sizeInBytes: stats.isFile() ? stats.size : 0,
                mtimeMs: stats.mtimeMs,
            });
        }
        catch (error) {
            // Removed between readdir and lstat (a concurrent purge): nothing to account for.
            if (error.code !== 'ENOENT')
                throw error;
        }
    }
    return entries;
}
/**
 * Removes one entry by name. unlink never follows a link: had the file been swapped for a
 * symlink since the scan, only the link would go, never its target. Returns false when the
 * file was already gone.
 */
async function deleteLocalFile(dir, name) {
    try {
        await (0,promises_.unlink)(external_node_path_default().join(dir, name));
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}
function diskUsage(entries) {
    let files = 0;
    let bytes = 0;
    for (const entry of entries) {
        if (entry.kind !== 'file')
            continue;
        files++;
        bytes += entry.sizeInBytes;
    }
    return { files, bytes };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/purge/summary.ts

/** Rows beyond this are counted, not listed: a job summary holds at most 1 MiB. */
const MAX_ROWS = 100;
function totalBytes(items) {
    return items.reduce((sum, item) => sum + item.sizeInBytes, 0);
}
function renderPurgeSummary(report) {
    const bytes = totalBytes(report.purged);
    const lines = [
        `### audit-gate: purge${report.dryRun ? ' (dry run: nothing was deleted)' : ''}`,
        '',
        `Fallback copies older than ${(0,markdown/* plural */.LS)(report.ttlDays, 'day')}: workflow artifacts of ` +
            `${(0,markdown/* inlineCode */.ti)(report.repository)} named ${(0,markdown/* inlineCode */.ti)(`${report.artifactName}-*`)}, and ` +
            `${(0,markdown/* inlineCode */.ti)('fallback_*.json')} files in ${(0,markdown/* inlineCode */.ti)(report.fallbackDir)}.`,
        '',
        `**${report.dryRun ? 'Would delete' : 'Deleted'} ${(0,markdown/* plural */.LS)(report.purged.length, 'copy', 'copies')}, ` +
            `${(0,markdown/* formatBytes */.z3)(bytes)}** (${(0,markdown/* thousands */.oh)(bytes)} bytes).`,
        '',
    ];
    if (report.purged.length > 0) {
        const rows = report.purged
            .slice(0, MAX_ROWS)
            .map((item) => [
            (0,markdown/* inlineCode */.ti)(item.name),
            item.kind,
            item.ageDays.toFixed(1),
            (0,markdown/* formatBytes */.z3)(item.sizeInBytes),
        ]);
        lines.push((0,markdown/* table */.tp)(['Name', 'Kind', 'Age (days)', 'Size'], rows));
        if (report.purged.length > MAX_ROWS) {
            lines.push(`… and ${report.purged.length - MAX_ROWS} more (see the log).`, '');
        }
    }
    if (report.deferred > 0) {
        lines.push(`${(0,markdown/* plural */.LS)(report.deferred, 'more old workflow artifact')} left for the next run: ` +
            `at most ${report.maxDeletions} are deleted per run (\`max-deletions\`).`, '');
    }
    if (report.failed.length > 0) {
        lines.push(`**${(0,markdown/* plural */.LS)(report.failed.length, 'deletion')} failed:**`, '');
        for (const failure of report.failed.slice(0, MAX_ROWS)) {
            lines.push(`- ${(0,markdown/* inlineCode */.ti)(failure.name)}: ${(0,markdown/* inlineCode */.ti)(failure.message)}`);
        }
        lines.push('');
    }
    if (report.expiredSkipped > 0) {
        lines.push(`${(0,markdown/* plural */.LS)(report.expiredSkipped, 'workflow artifact')} already expired by GitHub ` +
            '(contents gone, no storage used) left as they are.', '');
    }
    if (report.notRegular.length > 0) {
        lines.push(`Not regular files, left alone: ${report.notRegular.map(markdown/* inlineCode */.ti).join(', ')}.`, '');
    }
    lines.push(`**Disk usage left in ${(0,markdown/* inlineCode */.ti)(report.fallbackDir)}:** ${describeUsage(report)}`);
    return lines.join('\n') + '\n';
}
function describeUsage(report) {
    if (report.remaining === null)
        return 'the directory does not exist.';
    const { fallback, all } = report.remaining;
    return (`${(0,markdown/* plural */.LS)(fallback.files, 'fallback file')} (${(0,markdown/* formatBytes */.z3)(fallback.bytes)}); ` +
        `${(0,markdown/* plural */.LS)(all.files, 'file')} in all (${(0,markdown/* formatBytes */.z3)(all.bytes)}, ${(0,markdown/* thousands */.oh)(all.bytes)} bytes).`);
}

;// CONCATENATED MODULE: ./src/modes/purge.ts








/**
 * `mode: purge` — delete fallback workflow artifacts and local fallback files older than
 * ttl-days. A dry run lists and plans the same way and deletes nothing.
 */
async function purgeMode(options, host) {
    const now = new Date();
    const { client, telemetry } = (0,github_client/* createGitHubClient */.LX)({ token: options.token, apiUrl: host.context.apiUrl }, host);
    const listed = await listWorkflowArtifacts(client, options.repository);
    const plan = planArtifactPurge(listed, { ...options, now });
    host.info(`${options.repository}: ${listed.length} workflow artifact(s), ${plan.delete.length + plan.deferred} ` +
        `${options.artifactName}-* older than ${options.ttlDays} day(s), ${plan.young} younger, ` +
        `${plan.expired} already expired by GitHub.`);
    if (plan.undated > 0) {
        host.warning(`${plan.undated} fallback artifact(s) have no created_at and were kept.`);
    }
    const purged = [];
    const failed = [];
    if (options.dryRun) {
        for (const { artifact, ageDays } of plan.delete) {
            host.info(`Dry run: would delete workflow artifact ${artifact.name} (id ${artifact.id}).`);
            purged.push(artifactItem(artifact.name, ageDays, artifact.sizeInBytes));
        }
    }
    else if (plan.delete.length > 0) {
        const result = await host.group(`Deleting ${plan.delete.length} workflow artifact(s)`, () => deleteArtifacts(plan.delete, client, options.repository, host));
        for (const { artifact, ageDays } of result.deleted) {
            purged.push(artifactItem(artifact.name, ageDays, artifact.sizeInBytes));
        }
        for (const { candidate, message } of result.failed) {
            failed.push({ name: candidate.artifact.name, message });
        }
    }
    if (plan.deferred > 0) {
        host.notice(`${plan.deferred} old fallback artifact(s) left for the next run (max-deletions ${options.maxDeletions}).`);
    }
    const entries = await scanFallbackDir(options.fallbackDir);
    const local = planLocalPurge(entries ?? [], { ttlDays: options.ttlDays, now });
    const removed = new Set();
    for (const { entry, ageDays } of local.delete) {
        if (options.dryRun) {
            host.info(`Dry run: would delete ${entry.name}.`);
        }
        else if (await deleteLocalFile(options.fallbackDir, entry.name)) {
            host.info(`Deleted ${entry.name}.`);
        }
        else {
            continue;
        }
        removed.add(entry.name);
        purged.push({ kind: 'local file', name: entry.name, ageDays, sizeInBytes: entry.sizeInBytes });
    }
    for (const entry of local.skipped) {
        host.warning(`${entry.name} in fallback-dir is a ${entry.kind === 'symlink' ? 'symbolic link' : 'non-regular file'}: left alone (purge deletes only regular files and never follows links).`);
    }
    const left = (entries ?? []).filter((entry) => !removed.has(entry.name));
    const report = {
        dryRun: options.dryRun,
        repository: options.repository,
        artifactName: options.artifactName,
        fallbackDir: displayPath(host, options.fallbackDir),
        ttlDays: options.ttlDays,
        maxDeletions: options.maxDeletions,
        purged,
        failed,
        deferred: plan.deferred,
        expiredSkipped: plan.expired,
        notRegular: local.skipped.map((entry) => entry.name),
        remaining: entries === null
            ? null
            : {
                fallback: diskUsage(left.filter((entry) => FALLBACK_FILE.test(entry.name))),
                all: diskUsage(left),
            },
    };
    // Outputs and metrics count what was deleted: a dry run deletes nothing.
    const count = options.dryRun ? 0 : purged.length;
    const bytes = options.dryRun ? 0 : totalBytes(purged);
    host.info(options.dryRun
        ? `Dry run: would delete ${purged.length} fallback copies (${(0,markdown/* formatBytes */.z3)(totalBytes(purged))}); deleted nothing.`
        : `Deleted ${count} fallback copies (${(0,markdown/* formatBytes */.z3)(bytes)}).`);
    if (failed.length > 0) {
        host.error(`${failed.length} workflow artifact deletion(s) failed; the next run tries again.`, {
            title: 'audit-gate: purge incomplete',
        });
    }
    const quota = telemetry.quotaRemaining;
    return {
        outputs: {
            'purged-count': count,
            'purged-bytes': bytes,
            ...(quota === null ? {} : { 'quota-remaining': quota }),
        },
        summary: renderPurgeSummary(report),
        exitCode: failed.length > 0 ? 1 : 0,
        ...(failed.length > 0 ? { failureReason: 'internal' } : {}),
        metrics: {
            audit_purged_total: count,
            audit_purged_bytes_total: bytes,
            ...(quota === null ? {} : { github_api_quota_remaining: quota }),
        },
    };
}
function artifactItem(name, ageDays, sizeInBytes) {
    return { kind: 'workflow artifact', name, ageDays, sizeInBytes };
}
function displayPath(host, dir) {
    const relative = external_node_path_default().relative(host.context.workspace, dir);
    return relative === '' ? '.' : relative.startsWith('..') ? dir : relative;
}


/***/ })

};

//# sourceMappingURL=979.index.js.map