/* HocTap player: small helpers shared by every module. No external request is ever made from the player. */
(function (global) {
  'use strict';
  var HocTap = global.HocTap = global.HocTap || {};

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) { s = '0' + s; }
    return s;
  }

  HocTap.util = {
    /** A random (version 4) UUID, made on the device: statement ids are generated here so a resend is idempotent. */
    uuid: function () {
      var c = global.crypto;
      if (c && typeof c.randomUUID === 'function') { return c.randomUUID(); }
      var b = new Uint8Array(16);
      if (c && c.getRandomValues) { c.getRandomValues(b); } else {
        for (var i = 0; i < 16; i++) { b[i] = Math.floor(Math.random() * 256); }
      }
      b[6] = (b[6] & 0x0f) | 0x40;
      b[8] = (b[8] & 0x3f) | 0x80;
      var h = [];
      for (var j = 0; j < 16; j++) { h.push(pad(b[j].toString(16), 2)); }
      return h.slice(0, 4).join('') + '-' + h.slice(4, 6).join('') + '-' + h.slice(6, 8).join('') + '-' +
        h.slice(8, 10).join('') + '-' + h.slice(10).join('');
    },

    /** The query parameters of a search string as a plain object (last value wins). */
    query: function (search) {
      var params = {};
      new URLSearchParams(search || '').forEach(function (value, key) { params[key] = value; });
      return params;
    },

    /** ISO 8601 duration of milliseconds with at most 2 decimals of seconds (xAPI, SCORM 2004): PT1H2M3.45S. */
    isoDuration: function (ms) {
      var cs = Math.max(0, Math.round(ms / 10));
      var h = Math.floor(cs / 360000); cs -= h * 360000;
      var m = Math.floor(cs / 6000); cs -= m * 6000;
      var s = cs / 100;
      return 'PT' + (h ? h + 'H' : '') + (m ? m + 'M' : '') + (Math.round(s * 100) / 100) + 'S';
    },

    /** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
    scorm12Time: function (ms) {
      var cs = Math.max(0, Math.round(ms / 10));
      var h = Math.floor(cs / 360000); cs -= h * 360000;
      var m = Math.floor(cs / 6000); cs -= m * 6000;
      var s = Math.floor(cs / 100); cs -= s * 100;
      return pad(Math.min(h, 9999), 4) + ':' + pad(m, 2) + ':' + pad(s, 2) + '.' + pad(cs, 2);
    },

    now: function () { return new Date().toISOString(); },

    /** The text of a localized map ({vi: .., en: ..}) in the first language of `languages` that has one. */
    text: function (localized, languages) {
      if (!localized) { return ''; }
      for (var i = 0; i < languages.length; i++) {
        if (Object.prototype.hasOwnProperty.call(localized, languages[i])) { return localized[languages[i]]; }
      }
      for (var key in localized) {
        if (Object.prototype.hasOwnProperty.call(localized, key)) { return localized[key]; }
      }
      return '';
    },

    /** A copy of a JSON-compatible value. */
    clone: function (value) { return value === undefined ? undefined : JSON.parse(JSON.stringify(value)); },

    /** Rounds to at most `digits` decimals. */
    round: function (value, digits) {
      var f = Math.pow(10, digits);
      return Math.round(value * f) / f;
    }
  };
})(this);
