export const id = 512;
export const ids = [512];
export const modules = {

/***/ 10779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 24951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(23430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 23430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 4512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ gateArtifact),
/* harmony export */   r: () => (/* binding */ displayPathOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _read_artifact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22886);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48117);
/* harmony import */ var _sarif_detect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36472);
/* harmony import */ var _signature_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65933);





/**
 * The ingest gate: read, parse, schema-check and signature-check an artifact. Throws
 * ArtifactError (exit 2) or SignatureError (exit 3) before anything is filed; the schema runs
 * first, as in the seed, so a malformed artifact is a schema failure whatever its signature.
 */
async function gateArtifact(options, host) {
    const displayPath = displayPathOf(options.artifact, host.context.workspace);
    const read = await (0,_read_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .readArtifactFile */ .vt)(options.artifact, {
        maxBytes: options.maxArtifactBytes,
        displayPath,
    });
    if (read.bomStripped) {
        host.notice(`${displayPath}: a UTF-8 byte order mark was ignored.`, { file: displayPath });
    }
    const format = (0,_sarif_detect_js__WEBPACK_IMPORTED_MODULE_4__/* .isSarifLog */ .i)(read.value) ? 'sarif' : 'native';
    // Ajv itself is loaded only for what was not compiled ahead of time: SARIF, a custom schema.
    const validate = options.schemaPath
        ? (await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(440)]).then(__webpack_require__.bind(__webpack_require__, 50440))).customValidator(options.schemaPath)
        : undefined;
    const native = format === 'sarif'
        ? (await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(270)]).then(__webpack_require__.bind(__webpack_require__, 39270))).sarifToArtifact(read.value, {
            repository: options.sarifRepository,
            file: displayPath,
            warn: (message) => host.warning(message, { file: displayPath }),
        })
        : read.value;
    const artifact = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .validateArtifactSchema */ .mX)(native, { file: displayPath, validate });
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
    const { kid } = (0,_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyDocument */ .kR)(document, format, options.keyRing);
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
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, file);
    return relative && !relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative) ? relative : file;
}


/***/ }),

/***/ 22886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   vt: () => (/* binding */ readArtifactFile)
/* harmony export */ });
/* unused harmony exports MAX_NESTING_DEPTH, firstInvalidUtf8Offset, describeParseError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


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
    const fail = (reason) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtifactError */ .nE(`${name}: ${reason}`);
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
        before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
    }
    catch (error) {
        throw fail(describeOpenError(error));
    }
    checkFile(before, maxBytes, fail);
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
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
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArtifactError */ .nE)
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


/***/ }),

/***/ 36472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ isSarifLog)
/* harmony export */ });
// Kept apart from sarif.ts, so telling a SARIF log apart does not load the SARIF reader and Ajv.
/** A SARIF log: `version` 2.1.0 with a `runs` array, or a `$schema` that names SARIF. */
function isSarifLog(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const record = value;
    if (record.version === '2.1.0' && Array.isArray(record.runs))
        return true;
    return typeof record.$schema === 'string' && /sarif/i.test(record.$schema);
}


/***/ }),

/***/ 48117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K3: () => (/* binding */ schemaViolations),
  mX: () => (/* binding */ validateArtifactSchema)
});

// UNUSED EXPORTS: CONSUMER_ARTIFACT_SCHEMA, MAX_REPORTED_VIOLATIONS, PATTERN_HINT_PATHS

;// CONCATENATED MODULE: ./schemas/consumer-artifact.schema.json
const consumer_artifact_schema_namespaceObject = {};
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(24951);
var equal_namespaceObject = /*#__PURE__*/__webpack_require__.t(equal, 2);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(10779);
var formats_namespaceObject = /*#__PURE__*/__webpack_require__.t(formats, 2);
;// CONCATENATED MODULE: ./src/gate/generated/consumer-artifact.validate.js
// Generated by scripts/compile-schema.mjs from schemas/consumer-artifact.schema.json: do not edit.
/* eslint-disable */


const consumer_artifact_validate_validate = validate20;
/* harmony default export */ const consumer_artifact_validate = ((/* unused pure expression or super */ null && (validate20)));
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:audit-gate:schema:consumer-artifact:1","title":"audit-gate consumer artifact","description":"Findings of an org-wide code audit, as produced by a scanner and consumed by audit-gate. Unknown properties are rejected at every level, so a typo is an error rather than a silently ignored field.","type":"object","required":["schema_version","generated_at","org_unregistered_hits"],"additionalProperties":false,"properties":{"$schema":{"description":"Optional URI of this schema, so editors can validate and complete the file. Ignored by audit-gate.","type":"string","maxLength":2048},"schema_version":{"description":"Version of this format as \"1.<minor>\". Minor versions only add optional fields; a major version other than 1 is refused.","type":"string","pattern":"^1\\.[0-9]+$"},"audit_id":{"description":"Stable identifier of the audit run (for example \"nightly-2026-11-25\"). The digest issue is keyed on it, so re-running the same audit updates that issue instead of opening a new one. Defaults to <source.repository>/<source.run_id>.","type":"string","$ref":"#/$defs/singleLine","maxLength":200},"generated_at":{"description":"When the scanner produced the artifact: an RFC 3339 date-time with a time zone, for example \"2026-11-25T02:00:00Z\".","type":"string","format":"date-time"},"source":{"description":"The workflow run that produced the artifact.","type":"object","additionalProperties":false,"properties":{"repository":{"description":"owner/name of the repository whose workflow ran the scan.","$ref":"#/$defs/repository"},"run_id":{"description":"GitHub Actions run id of the scan (a string, as in the GITHUB_RUN_ID variable).","type":"string","$ref":"#/$defs/singleLine","maxLength":100},"commit":{"description":"Commit of the scanner repository that ran, as hex.","$ref":"#/$defs/commit"}}},"scope":{"description":"Which repositories the audit covered. Issues are closed as resolved only for repositories listed in a complete scope: a partial scan proves nothing about the repositories it skipped.","type":"object","required":["complete"],"additionalProperties":false,"properties":{"complete":{"description":"true when every listed repository was scanned to the end.","type":"boolean"},"repositories":{"description":"owner/name of each repository scanned, each listed once.","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/repository"}}}},"org_unregistered_hits":{"description":"The findings, one per matched line. May be empty: an audit that found nothing is still a valid artifact.","type":"array","items":{"$ref":"#/$defs/hit"}},"signature":{"description":"HMAC-SHA256 over the RFC 8785 canonical JSON of the artifact without this property.","type":"object","required":["alg","value"],"additionalProperties":false,"properties":{"alg":{"description":"The only algorithm accepted.","const":"HMAC-SHA256"},"kid":{"description":"Id of the key that signed, to pick it when several keys are configured for rotation. No colon: keys are configured as kid:key lines.","type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$"},"value":{"description":"The HMAC as 64 lower-case hex digits.","type":"string","pattern":"^[0-9a-f]{64}$"}}},"fallback":{"description":"Present only in a redacted fallback copy written by audit-gate: why the hits were kept instead of filed, and by which run. Snippets in such a copy read <REDACTED> and its signature is removed. The copy can be filed later with mode file.","type":"object","required":["reason","created_at","source_hits","signature_removed"],"additionalProperties":false,"properties":{"reason":{"description":"Why the hits went to the fallback: no-permission (403), issues-disabled (410), repository-not-found (404), quota-exhausted, or requested (mode fallback).","type":"string","enum":["no-permission","issues-disabled","repository-not-found","quota-exhausted","requested"]},"detail":{"description":"More about the reason, for example the API's error message.","type":"string","maxLength":1000},"created_at":{"description":"When the copy was written, as an RFC 3339 date-time in UTC.","type":"string","format":"date-time"},"repository":{"description":"owner/name of the repository whose workflow wrote the copy.","type":"string","$ref":"#/$defs/singleLine","maxLength":200},"run_id":{"description":"GitHub Actions run id of the run that wrote the copy.","type":"string","$ref":"#/$defs/singleLine","maxLength":100},"run_attempt":{"description":"Attempt of that run (re-runs count up from 1).","type":"string","$ref":"#/$defs/singleLine","maxLength":20},"source_hits":{"description":"Hits in the artifact the copy was made from. The copy may hold fewer: only those not filed before permission was lost.","type":"integer","minimum":0},"signature_removed":{"description":"true when the source artifact was signed: the signature covered the original content, so the copy cannot keep it.","type":"boolean"}}}},"$defs":{"repository":{"description":"A GitHub repository as owner/name. The owner is 1-39 letters, digits, hyphens or underscores (underscores occur in managed-user accounts) and starts with a letter or digit; the name is 1-100 letters, digits, '.', '-' or '_', and is not '.' or '..'.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]{0,38}/(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}$"},"commit":{"description":"A git object id in hex: 7 to 40 digits for SHA-1 (abbreviated or full), up to 64 for SHA-256.","type":"string","pattern":"^[0-9a-fA-F]{7,64}$"},"singleLine":{"description":"Non-empty text without control characters (C0, DEL, C1), so it cannot break a log line or an issue marker.","type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001f\\u007f-\\u009f]+$"},"hit":{"description":"One finding: a pattern matched at a line of a file in a repository.","type":"object","required":["repo","path","line_number","pattern"],"additionalProperties":false,"properties":{"repo":{"description":"owner/name of the scanned repository the hit is in.","$ref":"#/$defs/repository"},"path":{"description":"Path of the file, relative to the repository root.","type":"string","minLength":1,"maxLength":4096},"line_number":{"description":"1-based line of the match.","type":"integer","minimum":1},"column":{"description":"1-based column of the match, when known.","type":"integer","minimum":1},"pattern":{"description":"The pattern (or rule id) that matched. Hits are grouped and fingerprinted on it, so keep it stable across runs.","type":"string","minLength":1,"maxLength":1000},"snippet":{"description":"The matched source line or lines. At most 65,536 characters, GitHub's limit for a whole issue body: a longer snippet could never be shown and means the producer dumped a file. Snippets are redacted in fallback copies.","type":"string","maxLength":65536},"commit":{"description":"Commit of the scanned repository the hit was found at.","$ref":"#/$defs/commit"},"severity":{"description":"The scanner's severity, free text (for example error, warning, note, high).","type":"string","$ref":"#/$defs/singleLine","maxLength":50},"message":{"description":"A human explanation of the finding, shown in the issue.","type":"string","maxLength":8192}}}}};
const schema32 = {"description":"Non-empty text without control characters (C0, DEL, C1), so it cannot break a log line or an issue marker.","type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001f\\u007f-\\u009f]+$"};
const schema33 = {"description":"A GitHub repository as owner/name. The owner is 1-39 letters, digits, hyphens or underscores (underscores occur in managed-user accounts) and starts with a letter or digit; the name is 1-100 letters, digits, '.', '-' or '_', and is not '.' or '..'.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]{0,38}/(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}$"};
const schema35 = {"description":"A git object id in hex: 7 to 40 digits for SHA-1 (abbreviated or full), up to 64 for SHA-256.","type":"string","pattern":"^[0-9a-fA-F]{7,64}$"};
const func1 = Object.prototype.hasOwnProperty;
const func0 = (equal ?? equal_namespaceObject).default;
const pattern4 = new RegExp("^1\\.[0-9]+$", "u");
const pattern5 = new RegExp("^[^\\u0000-\\u001f\\u007f-\\u009f]+$", "u");
const pattern6 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]{0,38}/(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}$", "u");
const pattern8 = new RegExp("^[0-9a-fA-F]{7,64}$", "u");
const pattern13 = new RegExp("^[A-Za-z0-9._-]{1,64}$", "u");
const pattern14 = new RegExp("^[0-9a-f]{64}$", "u");
const formats0 = (formats ?? formats_namespaceObject).fullFormats["date-time"];
const schema37 = {"description":"One finding: a pattern matched at a line of a file in a repository.","type":"object","required":["repo","path","line_number","pattern"],"additionalProperties":false,"properties":{"repo":{"description":"owner/name of the scanned repository the hit is in.","$ref":"#/$defs/repository"},"path":{"description":"Path of the file, relative to the repository root.","type":"string","minLength":1,"maxLength":4096},"line_number":{"description":"1-based line of the match.","type":"integer","minimum":1},"column":{"description":"1-based column of the match, when known.","type":"integer","minimum":1},"pattern":{"description":"The pattern (or rule id) that matched. Hits are grouped and fingerprinted on it, so keep it stable across runs.","type":"string","minLength":1,"maxLength":1000},"snippet":{"description":"The matched source line or lines. At most 65,536 characters, GitHub's limit for a whole issue body: a longer snippet could never be shown and means the producer dumped a file. Snippets are redacted in fallback copies.","type":"string","maxLength":65536},"commit":{"description":"Commit of the scanned repository the hit was found at.","$ref":"#/$defs/commit"},"severity":{"description":"The scanner's severity, free text (for example error, warning, note, high).","type":"string","$ref":"#/$defs/singleLine","maxLength":50},"message":{"description":"A human explanation of the finding, shown in the issue.","type":"string","maxLength":8192}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.repo === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repo"},message:"must have required property '"+"repo"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.path === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.line_number === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "line_number"},message:"must have required property '"+"line_number"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.pattern === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema37.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.repo !== undefined){
let data0 = data.repo;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err5 = {instancePath:instancePath+"/repo",schemaPath:"#/$defs/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,38}/(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]{0,38}/(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]{0,38}/(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/repo",schemaPath:"#/$defs/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(typeof data1 === "string"){
if(data1.length > 4096){
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema37.properties.path,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.path,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.path.type,parentSchema:schema37.properties.path,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.line_number !== undefined){
let data2 = data.line_number;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/line_number",schemaPath:"#/properties/line_number/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.line_number.type,parentSchema:schema37.properties.line_number,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/line_number",schemaPath:"#/properties/line_number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37.properties.line_number,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.column !== undefined){
let data3 = data.column;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/column",schemaPath:"#/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.column.type,parentSchema:schema37.properties.column,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/column",schemaPath:"#/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37.properties.column,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.pattern !== undefined){
let data4 = data.pattern;
if(typeof data4 === "string"){
if(data4.length > 1000){
const err14 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema37.properties.pattern,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.length < 1){
const err15 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.properties.pattern,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.pattern.type,parentSchema:schema37.properties.pattern,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.snippet !== undefined){
let data5 = data.snippet;
if(typeof data5 === "string"){
if(data5.length > 65536){
const err17 = {instancePath:instancePath+"/snippet",schemaPath:"#/properties/snippet/maxLength",keyword:"maxLength",params:{limit: 65536},message:"must NOT have more than 65536 characters",schema:65536,parentSchema:schema37.properties.snippet,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/snippet",schemaPath:"#/properties/snippet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.snippet.type,parentSchema:schema37.properties.snippet,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.commit !== undefined){
let data6 = data.commit;
if(typeof data6 === "string"){
if(!pattern8.test(data6)){
const err19 = {instancePath:instancePath+"/commit",schemaPath:"#/$defs/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{7,64}$"},message:"must match pattern \""+"^[0-9a-fA-F]{7,64}$"+"\"",schema:"^[0-9a-fA-F]{7,64}$",parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/commit",schemaPath:"#/$defs/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.severity !== undefined){
let data7 = data.severity;
if(typeof data7 === "string"){
if(data7.length < 1){
const err21 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern5.test(data7)){
const err22 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f]+$",parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data7 === "string"){
if(data7.length > 50){
const err24 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema37.properties.severity,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.severity.type,parentSchema:schema37.properties.severity,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.message !== undefined){
let data8 = data.message;
if(typeof data8 === "string"){
if(data8.length > 8192){
const err26 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters",schema:8192,parentSchema:schema37.properties.message,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.message.type,parentSchema:schema37.properties.message,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:audit-gate:schema:consumer-artifact:1" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schema_version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schema_version"},message:"must have required property '"+"schema_version"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.generated_at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generated_at"},message:"must have required property '"+"generated_at"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.org_unregistered_hits === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "org_unregistered_hits"},message:"must have required property '"+"org_unregistered_hits"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 === "string"){
if(data0.length > 2048){
const err4 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.schema_version !== undefined){
let data1 = data.schema_version;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/pattern",keyword:"pattern",params:{pattern: "^1\\.[0-9]+$"},message:"must match pattern \""+"^1\\.[0-9]+$"+"\"",schema:"^1\\.[0-9]+$",parentSchema:schema31.properties.schema_version,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/schema_version",schemaPath:"#/properties/schema_version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.schema_version.type,parentSchema:schema31.properties.schema_version,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.audit_id !== undefined){
let data2 = data.audit_id;
if(typeof data2 === "string"){
if(data2.length < 1){
const err8 = {instancePath:instancePath+"/audit_id",schemaPath:"#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern5.test(data2)){
const err9 = {instancePath:instancePath+"/audit_id",schemaPath:"#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f]+$",parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/audit_id",schemaPath:"#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data2 === "string"){
if(data2.length > 200){
const err11 = {instancePath:instancePath+"/audit_id",schemaPath:"#/properties/audit_id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.audit_id,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/audit_id",schemaPath:"#/properties/audit_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.audit_id.type,parentSchema:schema31.properties.audit_id,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.generated_at !== undefined){
let data3 = data.generated_at;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err13 = {instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema31.properties.generated_at,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/generated_at",schemaPath:"#/properties/generated_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.generated_at.type,parentSchema:schema31.properties.generated_at,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.source !== undefined){
let data4 = data.source;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(((key1 === "repository") || (key1 === "run_id")) || (key1 === "commit"))){
const err15 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.source,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.repository !== undefined){
let data5 = data4.repository;
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
const err16 = {instancePath:instancePath+"/source/repository",schemaPath:"#/$defs/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,38}/(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]{0,38}/(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]{0,38}/(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}$",parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/source/repository",schemaPath:"#/$defs/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.run_id !== undefined){
let data6 = data4.run_id;
if(typeof data6 === "string"){
if(data6.length < 1){
const err18 = {instancePath:instancePath+"/source/run_id",schemaPath:"#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern5.test(data6)){
const err19 = {instancePath:instancePath+"/source/run_id",schemaPath:"#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f]+$",parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/source/run_id",schemaPath:"#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(typeof data6 === "string"){
if(data6.length > 100){
const err21 = {instancePath:instancePath+"/source/run_id",schemaPath:"#/properties/source/properties/run_id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.source.properties.run_id,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/source/run_id",schemaPath:"#/properties/source/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.source.properties.run_id.type,parentSchema:schema31.properties.source.properties.run_id,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data4.commit !== undefined){
let data7 = data4.commit;
if(typeof data7 === "string"){
if(!pattern8.test(data7)){
const err23 = {instancePath:instancePath+"/source/commit",schemaPath:"#/$defs/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{7,64}$"},message:"must match pattern \""+"^[0-9a-fA-F]{7,64}$"+"\"",schema:"^[0-9a-fA-F]{7,64}$",parentSchema:schema35,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/source/commit",schemaPath:"#/$defs/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.source.type,parentSchema:schema31.properties.source,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.scope !== undefined){
let data8 = data.scope;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.complete === undefined){
const err26 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/required",keyword:"required",params:{missingProperty: "complete"},message:"must have required property '"+"complete"+"'",schema:schema31.properties.scope.required,parentSchema:schema31.properties.scope,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data8){
if(!((key2 === "complete") || (key2 === "repositories"))){
const err27 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.scope,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.complete !== undefined){
let data9 = data8.complete;
if(typeof data9 !== "boolean"){
const err28 = {instancePath:instancePath+"/scope/complete",schemaPath:"#/properties/scope/properties/complete/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.scope.properties.complete.type,parentSchema:schema31.properties.scope.properties.complete,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.repositories !== undefined){
let data10 = data8.repositories;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err29 = {instancePath:instancePath+"/scope/repositories/" + i0,schemaPath:"#/$defs/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,38}/(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]{0,38}/(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]{0,38}/(?!\\.\\.?$)[A-Za-z0-9._-]{1,100}$",parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/scope/repositories/" + i0,schemaPath:"#/$defs/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
let i1 = data10.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data10[i1], data10[j0])){
const err31 = {instancePath:instancePath+"/scope/repositories",schemaPath:"#/properties/scope/properties/repositories/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31.properties.scope.properties.repositories,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/scope/repositories",schemaPath:"#/properties/scope/properties/repositories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.scope.properties.repositories.type,parentSchema:schema31.properties.scope.properties.repositories,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.scope.type,parentSchema:schema31.properties.scope,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.org_unregistered_hits !== undefined){
let data12 = data.org_unregistered_hits;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i2=0; i2<len1; i2++){
if(!(validate21(data12[i2], {instancePath:instancePath+"/org_unregistered_hits/" + i2,parentData:data12,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/org_unregistered_hits",schemaPath:"#/properties/org_unregistered_hits/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.org_unregistered_hits.type,parentSchema:schema31.properties.org_unregistered_hits,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.signature !== undefined){
let data14 = data.signature;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.alg === undefined){
const err35 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/required",keyword:"required",params:{missingProperty: "alg"},message:"must have required property '"+"alg"+"'",schema:schema31.properties.signature.required,parentSchema:schema31.properties.signature,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data14.value === undefined){
const err36 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema31.properties.signature.required,parentSchema:schema31.properties.signature,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key3 in data14){
if(!(((key3 === "alg") || (key3 === "kid")) || (key3 === "value"))){
const err37 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.signature,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data14.alg !== undefined){
let data15 = data14.alg;
if("HMAC-SHA256" !== data15){
const err38 = {instancePath:instancePath+"/signature/alg",schemaPath:"#/properties/signature/properties/alg/const",keyword:"const",params:{allowedValue: "HMAC-SHA256"},message:"must be equal to constant",schema:"HMAC-SHA256",parentSchema:schema31.properties.signature.properties.alg,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data14.kid !== undefined){
let data16 = data14.kid;
if(typeof data16 === "string"){
if(!pattern13.test(data16)){
const err39 = {instancePath:instancePath+"/signature/kid",schemaPath:"#/properties/signature/properties/kid/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,64}$"+"\"",schema:"^[A-Za-z0-9._-]{1,64}$",parentSchema:schema31.properties.signature.properties.kid,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/signature/kid",schemaPath:"#/properties/signature/properties/kid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.signature.properties.kid.type,parentSchema:schema31.properties.signature.properties.kid,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data14.value !== undefined){
let data17 = data14.value;
if(typeof data17 === "string"){
if(!pattern14.test(data17)){
const err41 = {instancePath:instancePath+"/signature/value",schemaPath:"#/properties/signature/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema31.properties.signature.properties.value,data:data17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/signature/value",schemaPath:"#/properties/signature/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.signature.properties.value.type,parentSchema:schema31.properties.signature.properties.value,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/signature",schemaPath:"#/properties/signature/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.signature.type,parentSchema:schema31.properties.signature,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.fallback !== undefined){
let data18 = data.fallback;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.reason === undefined){
const err44 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema31.properties.fallback.required,parentSchema:schema31.properties.fallback,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data18.created_at === undefined){
const err45 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'",schema:schema31.properties.fallback.required,parentSchema:schema31.properties.fallback,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data18.source_hits === undefined){
const err46 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/required",keyword:"required",params:{missingProperty: "source_hits"},message:"must have required property '"+"source_hits"+"'",schema:schema31.properties.fallback.required,parentSchema:schema31.properties.fallback,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data18.signature_removed === undefined){
const err47 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/required",keyword:"required",params:{missingProperty: "signature_removed"},message:"must have required property '"+"signature_removed"+"'",schema:schema31.properties.fallback.required,parentSchema:schema31.properties.fallback,data:data18};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key4 in data18){
if(!((((((((key4 === "reason") || (key4 === "detail")) || (key4 === "created_at")) || (key4 === "repository")) || (key4 === "run_id")) || (key4 === "run_attempt")) || (key4 === "source_hits")) || (key4 === "signature_removed"))){
const err48 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.fallback,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data18.reason !== undefined){
let data19 = data18.reason;
if(typeof data19 !== "string"){
const err49 = {instancePath:instancePath+"/fallback/reason",schemaPath:"#/properties/fallback/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.fallback.properties.reason.type,parentSchema:schema31.properties.fallback.properties.reason,data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!(((((data19 === "no-permission") || (data19 === "issues-disabled")) || (data19 === "repository-not-found")) || (data19 === "quota-exhausted")) || (data19 === "requested"))){
const err50 = {instancePath:instancePath+"/fallback/reason",schemaPath:"#/properties/fallback/properties/reason/enum",keyword:"enum",params:{allowedValues: schema31.properties.fallback.properties.reason.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.fallback.properties.reason.enum,parentSchema:schema31.properties.fallback.properties.reason,data:data19};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data18.detail !== undefined){
let data20 = data18.detail;
if(typeof data20 === "string"){
if(data20.length > 1000){
const err51 = {instancePath:instancePath+"/fallback/detail",schemaPath:"#/properties/fallback/properties/detail/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.fallback.properties.detail,data:data20};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/fallback/detail",schemaPath:"#/properties/fallback/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.fallback.properties.detail.type,parentSchema:schema31.properties.fallback.properties.detail,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data18.created_at !== undefined){
let data21 = data18.created_at;
if(typeof data21 === "string"){
if(!(formats0.validate(data21))){
const err53 = {instancePath:instancePath+"/fallback/created_at",schemaPath:"#/properties/fallback/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema31.properties.fallback.properties.created_at,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/fallback/created_at",schemaPath:"#/properties/fallback/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.fallback.properties.created_at.type,parentSchema:schema31.properties.fallback.properties.created_at,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data18.repository !== undefined){
let data22 = data18.repository;
if(typeof data22 === "string"){
if(data22.length < 1){
const err55 = {instancePath:instancePath+"/fallback/repository",schemaPath:"#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data22};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!pattern5.test(data22)){
const err56 = {instancePath:instancePath+"/fallback/repository",schemaPath:"#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f]+$",parentSchema:schema32,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/fallback/repository",schemaPath:"#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data22};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(typeof data22 === "string"){
if(data22.length > 200){
const err58 = {instancePath:instancePath+"/fallback/repository",schemaPath:"#/properties/fallback/properties/repository/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.fallback.properties.repository,data:data22};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/fallback/repository",schemaPath:"#/properties/fallback/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.fallback.properties.repository.type,parentSchema:schema31.properties.fallback.properties.repository,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data18.run_id !== undefined){
let data23 = data18.run_id;
if(typeof data23 === "string"){
if(data23.length < 1){
const err60 = {instancePath:instancePath+"/fallback/run_id",schemaPath:"#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data23};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!pattern5.test(data23)){
const err61 = {instancePath:instancePath+"/fallback/run_id",schemaPath:"#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f]+$",parentSchema:schema32,data:data23};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/fallback/run_id",schemaPath:"#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data23};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(typeof data23 === "string"){
if(data23.length > 100){
const err63 = {instancePath:instancePath+"/fallback/run_id",schemaPath:"#/properties/fallback/properties/run_id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.fallback.properties.run_id,data:data23};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/fallback/run_id",schemaPath:"#/properties/fallback/properties/run_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.fallback.properties.run_id.type,parentSchema:schema31.properties.fallback.properties.run_id,data:data23};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data18.run_attempt !== undefined){
let data24 = data18.run_attempt;
if(typeof data24 === "string"){
if(data24.length < 1){
const err65 = {instancePath:instancePath+"/fallback/run_attempt",schemaPath:"#/$defs/singleLine/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data24};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(!pattern5.test(data24)){
const err66 = {instancePath:instancePath+"/fallback/run_attempt",schemaPath:"#/$defs/singleLine/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f-\\u009f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f-\\u009f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f-\\u009f]+$",parentSchema:schema32,data:data24};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/fallback/run_attempt",schemaPath:"#/$defs/singleLine/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data24};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(typeof data24 === "string"){
if(data24.length > 20){
const err68 = {instancePath:instancePath+"/fallback/run_attempt",schemaPath:"#/properties/fallback/properties/run_attempt/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema31.properties.fallback.properties.run_attempt,data:data24};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/fallback/run_attempt",schemaPath:"#/properties/fallback/properties/run_attempt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.fallback.properties.run_attempt.type,parentSchema:schema31.properties.fallback.properties.run_attempt,data:data24};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data18.source_hits !== undefined){
let data25 = data18.source_hits;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err70 = {instancePath:instancePath+"/fallback/source_hits",schemaPath:"#/properties/fallback/properties/source_hits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.fallback.properties.source_hits.type,parentSchema:schema31.properties.fallback.properties.source_hits,data:data25};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err71 = {instancePath:instancePath+"/fallback/source_hits",schemaPath:"#/properties/fallback/properties/source_hits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.fallback.properties.source_hits,data:data25};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
if(data18.signature_removed !== undefined){
let data26 = data18.signature_removed;
if(typeof data26 !== "boolean"){
const err72 = {instancePath:instancePath+"/fallback/signature_removed",schemaPath:"#/properties/fallback/properties/signature_removed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.fallback.properties.signature_removed.type,parentSchema:schema31.properties.fallback.properties.signature_removed,data:data26};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.fallback.type,parentSchema:schema31.properties.fallback,data:data18};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

// EXTERNAL MODULE: ./src/gate/read-artifact.ts
var read_artifact = __webpack_require__(22886);
;// CONCATENATED MODULE: ./src/gate/schema.ts




/** Every violation goes to `details`, up to this many; the rest are counted. */
const MAX_REPORTED_VIOLATIONS = 50;
/** The bundled schema, as imported (the same object the bundle inlines). */
const CONSUMER_ARTIFACT_SCHEMA = (/* unused pure expression or super */ null && (bundledSchema));
/**
 * Checks an artifact against the bundled schema (or a user's) and returns it typed.
 * Throws ArtifactError (exit 2) whose message is one line naming the file, the count and the
 * first violation, and whose `details` list every violation as `<pointer> <rule>: <message>`.
 * The bundled schema is compiled ahead of time (scripts/compile-schema.mjs), so a run loads
 * neither Ajv's compiler nor pays for compiling.
 */
function validateArtifactSchema(value, options) {
    const validate = options.validate ?? consumer_artifact_validate_validate;
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
    return new src_errors/* ArtifactError */.nE(`${(0,read_artifact/* printable */.g$)(file)}: ${count}: first: ${first}`, details);
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
    return (0,read_artifact/* printable */.g$)(`${pointer} ${error.keyword}: ${message}`);
}
/** The offending value as JSON, cut short: enough to recognise it in the artifact. */
function excerpt(data) {
    // A long string is cut before it is escaped, so a huge one is not copied whole.
    const short = typeof data === 'string' ? data.slice(0, 80) : data;
    const json = JSON.stringify(short) ?? String(short);
    return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}


/***/ })

};

//# sourceMappingURL=512.index.js.map