/*
 * HocTap player: drives the SCORM 1.2 (window.API) or SCORM 2004 (window.API_1484_11) runtime of the LMS.
 * The API is looked for in the parent frames (up to 500 levels), then in the opener and its parents, as the
 * SCORM run-time environment books describe.
 */
(function (global) {
  'use strict';
  var HocTap = global.HocTap = global.HocTap || {};
  var util = HocTap.util;

  function findIn(win, name) {
    var tries = 0;
    while (win && tries < 500) {
      try {
        if (win[name]) { return win[name]; }
      } catch (e) { return null; /* a frame of another origin */ }
      if (!win.parent || win.parent === win) { break; }
      win = win.parent;
      tries++;
    }
    return null;
  }

  /** The runtime API object called `name` (API or API_1484_11), or null. */
  function findApi(win, name) {
    var api = findIn(win, name);
    if (!api && win.opener) {
      try { api = findIn(win.opener, name); } catch (e) { api = null; }
    }
    return api;
  }

  /** Calls of SCORM 1.2 and 2004 by purpose. */
  var DIALECTS = {
    '1.2': {
      apiName: 'API', init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit',
      finish: 'LMSFinish', lastError: 'LMSGetLastError'
    },
    '2004': {
      apiName: 'API_1484_11', init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit',
      finish: 'Terminate', lastError: 'GetLastError'
    }
  };

  /**
   * @param version '1.2' or '2004'
   * @param api     the runtime object found by findApi
   * @param lesson  the lesson of course-data.js
   */
  function ScormTracker(version, api, lesson) {
    this.version = version;
    this.d = DIALECTS[version];
    this.api = api;
    this.lesson = lesson;
    this.interactions = 0;
    this.finished = false;
  }

  ScormTracker.prototype.kind = 'scorm';

  ScormTracker.prototype.call = function (method, a, b) {
    var result = b === undefined ? (a === undefined ? this.api[method]('') : this.api[method](a))
      : this.api[method](a, b);
    return result === undefined || result === null ? '' : String(result);
  };

  ScormTracker.prototype.get = function (element) { return this.call(this.d.get, element); };
  ScormTracker.prototype.set = function (element, value) { return this.call(this.d.set, element, String(value)); };

  ScormTracker.prototype.start = function () {
    this.startedAt = Date.now();
    if (this.call(this.d.init) !== 'true') {
      return Promise.reject(new Error('the LMS refused to initialize (error ' + this.call(this.d.lastError) + ')'));
    }
    var mastery = this.lesson.masteryScore;
    var resume;
    var suspend = this.get('cmi.suspend_data');
    try { resume = suspend ? JSON.parse(suspend) : null; } catch (e) { resume = null; }
    if (this.version === '1.2') {
      var status = this.get('cmi.core.lesson_status');
      if (status === 'not attempted' || status === '') { this.set('cmi.core.lesson_status', 'incomplete'); }
      var lmsMastery = parseFloat(this.get('cmi.student_data.mastery_score'));
      if (!isNaN(lmsMastery)) { mastery = lmsMastery / 100; }
      this.completedBefore = status === 'completed' || status === 'passed';
    } else {
      var completion = this.get('cmi.completion_status');
      if (completion === 'not attempted' || completion === 'unknown' || completion === '') {
        this.set('cmi.completion_status', 'incomplete');
      }
      var passing = parseFloat(this.get('cmi.scaled_passing_score'));
      if (!isNaN(passing)) { mastery = passing; }
      this.completedBefore = completion === 'completed';
    }
    this.masteryScore = mastery;
    this.call(this.d.commit);
    return Promise.resolve({ launchMode: 'Normal', masteryScore: mastery, resumeBlock: resume ? resume.block : undefined });
  };

  ScormTracker.prototype.saveProgress = function (block) {
    if (this.finished) { return Promise.resolve(); }
    this.set('cmi.suspend_data', JSON.stringify({ block: block }));
    if (this.version === '1.2') { this.set('cmi.core.lesson_location', String(block)); } else {
      this.set('cmi.location', String(block));
    }
    this.call(this.d.commit);
    return Promise.resolve();
  };

  /** Records one answer as a cmi.interactions.n entry. */
  ScormTracker.prototype.answered = function (quiz, question, responseIds, success) {
    if (this.finished) { return; }
    var n = 'cmi.interactions.' + this.interactions++ + '.';
    var trueFalse = question.kind === 'true-false';
    var correct = question.choices.filter(function (c) { return c.correct; }).map(function (c) { return c.id; });
    this.set(n + 'id', question.id);
    this.set(n + 'type', trueFalse ? 'true-false' : 'choice');
    if (this.version === '1.2') {
      // SCORM 1.2 true-false answers are t/f; choice responses are comma separated
      var mapTf = function (id) { return id === 'true' ? 't' : 'f'; };
      this.set(n + 'student_response', trueFalse ? responseIds.map(mapTf).join(',') : responseIds.join(','));
      this.set(n + 'correct_responses.0.pattern', trueFalse ? correct.map(mapTf).join(',') : correct.join(','));
      this.set(n + 'result', success ? 'correct' : 'wrong');
      this.set(n + 'weighting', question.points);
    } else {
      this.set(n + 'learner_response', responseIds.join('[,]'));
      this.set(n + 'correct_responses.0.pattern', correct.join('[,]'));
      this.set(n + 'result', success ? 'correct' : 'incorrect');
      this.set(n + 'weighting', question.points);
      this.set(n + 'timestamp', new Date().toISOString().replace(/Z$/, '').substring(0, 22));
    }
    this.call(this.d.commit);
  };

  ScormTracker.prototype.video = function () { return null; };

  ScormTracker.prototype.finish = function (outcome) {
    var mastery = this.masteryScore;
    var passed = outcome.scored && mastery !== undefined && mastery !== null ? outcome.scaled >= mastery : null;
    if (this.version === '1.2') {
      if (outcome.scored) {
        this.set('cmi.core.score.min', 0);
        this.set('cmi.core.score.max', 100);
        this.set('cmi.core.score.raw', util.round(outcome.scaled * 100, 2));
      }
      this.set('cmi.core.lesson_status', passed === null ? 'completed' : (passed ? 'passed' : 'failed'));
    } else {
      this.set('cmi.completion_status', 'completed');
      this.set('cmi.progress_measure', 1);
      if (outcome.scored) {
        this.set('cmi.score.scaled', util.round(outcome.scaled, 4));
        this.set('cmi.score.raw', outcome.raw);
        this.set('cmi.score.min', outcome.min);
        this.set('cmi.score.max', outcome.max);
      }
      if (passed !== null) { this.set('cmi.success_status', passed ? 'passed' : 'failed'); }
    }
    this.call(this.d.commit);
    return [];
  };

  ScormTracker.prototype.exit = function () {
    if (this.finished) { return Promise.resolve(); }
    var elapsed = Date.now() - this.startedAt;
    if (this.version === '1.2') {
      this.set('cmi.core.session_time', util.scorm12Time(elapsed));
      this.set('cmi.core.exit', '');
    } else {
      this.set('cmi.session_time', util.isoDuration(elapsed));
      this.set('cmi.exit', 'normal');
    }
    this.call(this.d.commit);
    this.call(this.d.finish);
    this.finished = true;
    return Promise.resolve();
  };

  /** Leaving before finishing: keep the attempt open (suspend) so the LMS resumes it. */
  ScormTracker.prototype.suspend = function () {
    if (this.finished) { return; }
    var elapsed = Date.now() - this.startedAt;
    if (this.version === '1.2') {
      this.set('cmi.core.session_time', util.scorm12Time(elapsed));
      this.set('cmi.core.exit', 'suspend');
    } else {
      this.set('cmi.session_time', util.isoDuration(elapsed));
      this.set('cmi.exit', 'suspend');
    }
    this.call(this.d.commit);
    this.call(this.d.finish);
    this.finished = true;
  };

  HocTap.scorm = { findApi: findApi, ScormTracker: ScormTracker, DIALECTS: DIALECTS };
})(this);
