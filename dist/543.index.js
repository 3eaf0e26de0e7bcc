export const id = 543;
export const ids = [543];
export const modules = {

/***/ 73543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signMode: () => (/* binding */ signMode)
/* harmony export */ });
/* harmony import */ var _gate_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4512);
/* harmony import */ var _gate_signature_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65933);
/* harmony import */ var _fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27768);



/**
 * `mode: sign` — the producer's side: check the artifact against the schema (a bad artifact is
 * never signed), then add an HMAC signature in place. The file is replaced atomically, so a
 * reader never sees half a file.
 */
async function signMode(options, host) {
    const gated = await (0,_gate_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .gateArtifact */ .O)(options.gate, host);
    const signed = (0,_gate_signature_js__WEBPACK_IMPORTED_MODULE_1__/* .signDocument */ .Tt)(gated.document, gated.format, options.keyRing, options.keyId ?? undefined);
    await (0,_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(options.gate.artifact, JSON.stringify(signed, null, 2) + '\n');
    const kid = signatureKid(signed, gated.format);
    const hits = gated.artifact.org_unregistered_hits.length;
    host.info(`${gated.displayPath}: signed with HMAC-SHA256${kid ? ` (kid ${kid})` : ''}.`);
    return {
        outputs: { valid: true, hits },
        summary: `### audit-gate: signed\n\n\`${gated.displayPath}\` (${hits} hits) now carries an ` +
            `HMAC-SHA256 signature${kid ? ` with key id \`${kid}\`` : ''}.\n`,
    };
}
function signatureKid(signed, format) {
    const holder = format === 'native' ? signed : (signed.properties ?? {});
    const signature = holder.signature;
    return typeof signature?.kid === 'string' ? signature.kid : null;
}


/***/ })

};

//# sourceMappingURL=543.index.js.map