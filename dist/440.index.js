export const id = 440;
export const ids = [440];
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


/***/ })

};

//# sourceMappingURL=440.index.js.map