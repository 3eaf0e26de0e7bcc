export const id = 444;
export const ids = [444];
export const modules = {

/***/ 11444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateMode: () => (/* binding */ validateMode)
/* harmony export */ });
/* harmony import */ var _gate_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4512);
/* harmony import */ var _report_gate_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32930);


/** `mode: validate` — the ingest gate on its own. */
async function validateMode(options, host) {
    const gated = await (0,_gate_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .gateArtifact */ .O)(options, host);
    const hits = gated.artifact.org_unregistered_hits.length;
    host.info(`${gated.displayPath}: valid, ${hits} hit(s), signature ${describe(gated)}.`);
    return {
        outputs: { valid: true, hits },
        summary: (0,_report_gate_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderGateSummary */ .o)(gated),
        metrics: { audit_hits_total: hits },
    };
}
function describe(gated) {
    switch (gated.signature.state) {
        case 'verified':
            return gated.signature.kid ? `verified (kid ${gated.signature.kid})` : 'verified';
        case 'unsigned':
            return 'absent (not required)';
        case 'not-checked':
            return 'present but not checked (no hmac-key)';
    }
}


/***/ })

};

//# sourceMappingURL=444.index.js.map