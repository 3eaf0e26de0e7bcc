export const id = 270;
export const ids = [270,440];
export const modules = {

/***/ 50440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAjv: () => (/* binding */ createAjv),
/* harmony export */   customValidator: () => (/* binding */ customValidator)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _read_artifact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22886);





/*
 * Ajv at run time, for the schemas not compiled ahead of time: a user's `schema` input and the
 * SARIF subset. Imported only when one of them is needed.
 */
/**
 * Ajv for artifact schemas: every error, standard formats. Our own schemas are compiled fully
 * strict. A user's schema (`ours: false`) is checked against the meta-schema and refused for
 * unknown keywords (a typo like "requird" would silently check nothing), but not held to the
 * stylistic rules (a `required` without `properties`, a keyword without its `type`).
 */
function createAjv(options) {
    const ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_4__.Ajv2020({
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
    ajv_formats__WEBPACK_IMPORTED_MODULE_1___default()["default"](ajv);
    return ajv;
}
const custom = new Map();
function customValidator(schemaPath) {
    let validate = custom.get(schemaPath);
    if (validate)
        return validate;
    const fail = (reason) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`schema ${(0,_read_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(schemaPath)}: ${(0,_read_artifact_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(reason)}`);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(schemaPath, 'utf8');
    }
    catch (error) {
        const code = error?.code;
        throw fail(code === 'ENOENT' ? 'no such file' : `cannot be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    let schema;
    try {
        schema = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw fail(`not valid JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
        throw fail('a JSON Schema must be a JSON object');
    }
    try {
        // A fresh Ajv per file: a custom schema may reuse the bundled schema's $id.
        validate = createAjv({ ours: false }).compile(schema);
    }
    catch (error) {
        throw fail(`not a usable JSON Schema 2020-12: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
    }
    custom.set(schemaPath, validate);
    return validate;
}


/***/ }),

/***/ 39270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SARIF_SUBSET_SCHEMA: () => (/* binding */ SARIF_SUBSET_SCHEMA),
/* harmony export */   isSarifLog: () => (/* reexport safe */ _sarif_detect_js__WEBPACK_IMPORTED_MODULE_4__.i),
/* harmony export */   repositoryFromUri: () => (/* binding */ repositoryFromUri),
/* harmony export */   sarifToArtifact: () => (/* binding */ sarifToArtifact)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _read_artifact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22886);
/* harmony import */ var _ajv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50440);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48117);
/* harmony import */ var _sarif_detect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36472);






/**
 * Converts a SARIF log into a consumer artifact (not yet checked by the consumer schema: the
 * caller validates it like a native one). Throws ArtifactError when the log is malformed or
 * cannot be converted: no repository known, a result without a location or a rule id.
 */
function sarifToArtifact(log, options) {
    const validate = sarifValidator();
    if (!validate(log)) {
        throw (0,_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaViolations */ .K3)(options.file, validate.errors ?? [], 'SARIF violation');
    }
    const sarif = log;
    const file = (0,_read_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(options.file);
    const fail = (reason) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtifactError */ .nE(`${file}: SARIF: ${reason}`);
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
const text = { type: 'object', properties: { text: string } };
const index = { type: 'integer', minimum: 0 };
const region = {
    type: 'object',
    properties: {
        startLine: { type: 'integer', minimum: 1 },
        startColumn: { type: 'integer', minimum: 1 },
        snippet: text,
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
                                message: text,
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
    sarifValidate ??= (0,_ajv_js__WEBPACK_IMPORTED_MODULE_2__.createAjv)({ ours: true }).compile(SARIF_SUBSET_SCHEMA);
    return sarifValidate;
}


/***/ })

};

//# sourceMappingURL=270.index.js.map