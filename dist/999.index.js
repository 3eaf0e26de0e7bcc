export const id = 999;
export const ids = [999];
export const modules = {

/***/ 4999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   purgeMode: () => (/* binding */ purgeMode)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** `mode: purge` — delete fallback copies older than ttl-days. */
async function purgeMode(_options, _host) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Mode 'purge' is not implemented yet in this version of audit-gate.");
}


/***/ })

};

//# sourceMappingURL=999.index.js.map