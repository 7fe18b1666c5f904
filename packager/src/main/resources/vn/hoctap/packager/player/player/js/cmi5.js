/*
 * HocTap player: the cmi5 AU launch (cmi5 spec §8, §10, §11): read the launch parameters, get the auth token from
 * the fetch URL (once: kept in sessionStorage for a reload of the same session), read LMS.LaunchData and the
 * learner preferences, then hand over to an LrsTracker in cmi5 mode.
 */
(function (global) {
  'use strict';
  var HocTap = global.HocTap = global.HocTap || {};
  var RESERVED = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];

  /** The cmi5 launch parameters, or null when the page was not launched by a cmi5 LMS. */
  function readLaunch(params) {
    for (var i = 0; i < RESERVED.length; i++) {
      if (!params[RESERVED[i]]) { return null; }
    }
    return {
      endpoint: params.endpoint, fetch: params.fetch, actor: JSON.parse(params.actor),
      registration: params.registration, activityId: params.activityId
    };
  }

  function sessionStore() {
    try { return global.sessionStorage; } catch (e) { return new HocTap.MemoryStorage(); }
  }

  /** POSTs the fetch URL once; resolves with the "Basic ..." authorization. */
  function authToken(fetchUrl) {
    var store = sessionStore();
    var key = 'hoctap.cmi5.token.' + fetchUrl;
    var cached = store.getItem(key);
    if (cached) { return Promise.resolve(cached); }
    return global.fetch(fetchUrl, { method: 'POST' }).then(function (response) {
      if (!response.ok) { throw new Error('fetch URL answered HTTP ' + response.status); }
      return response.json();
    }).then(function (body) {
      if (!body || !body['auth-token']) {
        throw new Error('fetch URL gave no auth-token' + (body && body['error-text'] ? ': ' + body['error-text'] : ''));
      }
      var auth = 'Basic ' + body['auth-token'];
      store.setItem(key, auth);
      return auth;
    });
  }

  /**
   * Starts a cmi5 session. Resolves with {tracker, launchData, preferences, languages}.
   * @param launch   readLaunch's result
   * @param lesson   the lesson of course-data.js (its masteryScore applies when LaunchData has none)
   * @param queue    the device's StatementQueue
   */
  function start(launch, lesson, queue) {
    return authToken(launch.fetch).then(function (auth) {
      var lrs = new HocTap.Lrs(launch.endpoint, auth);
      return Promise.all([
        lrs.getState(launch.activityId, launch.actor, launch.registration, 'LMS.LaunchData'),
        lrs.getAgentProfile(launch.actor, 'cmi5LearnerPreferences').catch(function () { return null; })
      ]).then(function (documents) {
        var launchData = documents[0];
        var preferences = documents[1] || {};
        if (!launchData || !launchData.contextTemplate) {
          throw new Error('LMS.LaunchData is missing');
        }
        var languages = preferences.languagePreference ?
          String(preferences.languagePreference).split(',').map(function (s) { return s.trim(); }) : [];
        var mastery = launchData.masteryScore !== undefined ? launchData.masteryScore : lesson.masteryScore;
        var tracker = new HocTap.LrsTracker({
          lrs: lrs, queue: queue, actor: launch.actor, registration: launch.registration,
          activityId: launch.activityId, activityName: HocTap.StatementFactory.languageMap(lesson.title),
          cmi5: true, contextTemplate: launchData.contextTemplate, launchMode: launchData.launchMode || 'Normal',
          masteryScore: mastery, returnURL: launchData.returnURL,
          language: languages.length ? languages[0] : undefined
        });
        tracker.kind = 'cmi5';
        tracker.moveOn = launchData.moveOn;
        tracker.audioPreference = preferences.audioPreference;
        return { tracker: tracker, launchData: launchData, preferences: preferences, languages: languages };
      });
    });
  }

  HocTap.cmi5 = { readLaunch: readLaunch, start: start, authToken: authToken };
})(this);
