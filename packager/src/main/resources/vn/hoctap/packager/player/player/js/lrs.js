/* HocTap player: a minimal xAPI client (statements, state, agent profile) over fetch. */
(function (global) {
  'use strict';
  var HocTap = global.HocTap = global.HocTap || {};
  var VERSION = '1.0.3';

  function base(endpoint) {
    return endpoint.charAt(endpoint.length - 1) === '/' ? endpoint : endpoint + '/';
  }

  function headers(auth, json) {
    var h = { 'X-Experience-API-Version': VERSION };
    if (auth) { h.Authorization = auth; }
    if (json) { h['Content-Type'] = 'application/json'; }
    return h;
  }

  function failure(response, what) {
    var error = new Error(what + ' failed: HTTP ' + response.status);
    error.status = response.status;
    // 4xx other than 408/429 will not get better by sending the same request again (401/403: the session's
    // token has expired); the queue sets such statements aside on the device instead of blocking the others
    error.permanent = response.status >= 400 && response.status < 500 && response.status !== 408 &&
      response.status !== 429;
    return error;
  }

  function Lrs(endpoint, auth) {
    this.endpoint = base(endpoint);
    this.auth = auth;
  }

  /** POSTs statements; resolves when stored. A 409 is a refusal (a different statement has the id). */
  Lrs.postStatements = function (endpoint, auth, statements) {
    var body = JSON.stringify(statements);
    // keepalive lets the last statements of a page that is being closed still leave; browsers cap it at 64 KiB
    return global.fetch(base(endpoint) + 'statements', {
      method: 'POST', headers: headers(auth, true), body: body, keepalive: body.length < 60000
    }).then(function (response) {
      if (!response.ok) { throw failure(response, 'sending statements'); }
      return true;
    });
  };

  Lrs.prototype.documentUrl = function (resource, params) {
    var q = new URLSearchParams();
    Object.keys(params).forEach(function (k) {
      if (params[k] !== undefined && params[k] !== null) {
        q.set(k, typeof params[k] === 'string' ? params[k] : JSON.stringify(params[k]));
      }
    });
    return this.endpoint + resource + '?' + q.toString();
  };

  /** GETs a JSON document; resolves with null when there is none (404). */
  Lrs.prototype.getDocument = function (resource, params) {
    return global.fetch(this.documentUrl(resource, params), { headers: headers(this.auth, false) })
      .then(function (response) {
        if (response.status === 404) { return null; }
        if (!response.ok) { throw failure(response, 'reading ' + resource); }
        return response.text().then(function (text) { return text ? JSON.parse(text) : null; });
      });
  };

  /** PUTs a JSON document (last write wins: our own documents only). */
  Lrs.prototype.putDocument = function (resource, params, document) {
    return global.fetch(this.documentUrl(resource, params), {
      method: 'PUT', headers: headers(this.auth, true), body: JSON.stringify(document)
    }).then(function (response) {
      if (!response.ok) { throw failure(response, 'writing ' + resource); }
      return true;
    });
  };

  Lrs.prototype.getState = function (activityId, agent, registration, stateId) {
    return this.getDocument('activities/state',
      { activityId: activityId, agent: agent, registration: registration, stateId: stateId });
  };

  Lrs.prototype.putState = function (activityId, agent, registration, stateId, document) {
    return this.putDocument('activities/state',
      { activityId: activityId, agent: agent, registration: registration, stateId: stateId }, document);
  };

  Lrs.prototype.getAgentProfile = function (agent, profileId) {
    return this.getDocument('agents/profile', { agent: agent, profileId: profileId });
  };

  Lrs.VERSION = VERSION;
  HocTap.Lrs = Lrs;
})(this);
