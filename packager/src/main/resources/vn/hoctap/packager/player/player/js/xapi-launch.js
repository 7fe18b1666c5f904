/*
 * HocTap player: LrsTracker reports a lesson to an LRS (used by the cmi5 AU and by the TinCan launch), and
 * readTinCanLaunch reads the TinCan (xAPI package) launch parameters.
 *
 * Every statement goes through the device's StatementQueue first, then is sent when the device is online.
 */
(function (global) {
  'use strict';
  var HocTap = global.HocTap = global.HocTap || {};
  var util = HocTap.util;
  var SF = HocTap.StatementFactory;
  var PROGRESS_STATE = 'https://hoctap.vn/xapi/state/lesson-progress';
  var LESSON_TYPE = 'http://adlnet.gov/expapi/activities/lesson';
  var INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

  /**
   * @param c.lrs            an HocTap.Lrs
   * @param c.queue          an HocTap.StatementQueue
   * @param c.actor, c.registration, c.activityId, c.activityName (language map)
   * @param c.cmi5           true in a cmi5 AU: defined statements carry the cmi5 category, rules of cmi5 apply
   * @param c.contextTemplate, c.launchMode ('Normal' | 'Browse' | 'Review'), c.masteryScore, c.returnURL
   * @param c.extraContext   context added to every statement (TinCan: grouping with the course)
   * @param c.language       the learner's language
   */
  function LrsTracker(c) {
    this.c = c;
    this.launchMode = c.launchMode || 'Normal';
    this.masteryScore = c.masteryScore;
    this.factory = new SF({ actor: c.actor, registration: c.registration, contextTemplate: c.contextTemplate,
      language: c.language });
    this.progress = { completed: false, passed: false, failed: false };
    this.sent = {};
    this.terminated = false;
  }

  LrsTracker.prototype.kind = 'xapi';

  LrsTracker.prototype.lessonObject = function () {
    return SF.activity(this.c.activityId, LESSON_TYPE, this.c.activityName);
  };

  LrsTracker.prototype.emit = function (statements) {
    var ids = this.c.queue.enqueue(this.c.lrs.endpoint, this.c.lrs.auth, statements);
    if (global.navigator.onLine !== false) {
      this.c.queue.flush().catch(function () { /* kept in the queue */ });
    }
    return ids;
  };

  /** A statement about the lesson itself; in cmi5 a "cmi5 defined" one. */
  LrsTracker.prototype.lessonStatement = function (verbName, result, extensions, moveOn) {
    var context = { contextActivities: {}, extensions: extensions || {} };
    if (this.c.cmi5) {
      context.contextActivities.category = [{ id: SF.CMI5.category }];
      if (moveOn) { context.contextActivities.category.push({ id: SF.CMI5.moveOnCategory }); }
    }
    if (this.c.extraContext) { context = SF.mergeContext(context, this.c.extraContext); }
    if (!Object.keys(context.extensions).length) { delete context.extensions; }
    if (!Object.keys(context.contextActivities).length) { delete context.contextActivities; }
    var statement = this.factory.make(verbName, { objectType: 'Activity', id: this.c.activityId }, result, context);
    this.sent[verbName] = true;
    return statement;
  };

  /** Resolves with what the player needs: languages, launch mode, mastery score, saved progress. */
  LrsTracker.prototype.start = function () {
    var self = this;
    self.startedAt = Date.now();
    return self.c.lrs.getState(self.c.activityId, self.c.actor, self.c.registration, PROGRESS_STATE)
      .catch(function () { return null; })
      .then(function (saved) {
        if (saved) {
          self.progress.completed = !!saved.completed;
          self.progress.passed = !!saved.passed;
          self.progress.failed = !!saved.failed;
          self.progress.block = saved.block;
        }
        self.emit([self.lessonStatement('initialized')]);
        return { launchMode: self.launchMode, masteryScore: self.masteryScore, resumeBlock: self.progress.block };
      });
  };

  LrsTracker.prototype.saveProgress = function (block) {
    this.progress.block = block;
    var c = this.c;
    return c.lrs.putState(c.activityId, c.actor, c.registration, PROGRESS_STATE, this.progress)
      .catch(function () { /* offline: the next save carries it */ });
  };

  /** An `answered` statement with a cmi.interaction definition (allowed statement in cmi5). */
  LrsTracker.prototype.answered = function (quiz, question, responseIds, success, durationMs) {
    if (this.terminated) { return; }
    var trueFalse = question.kind === 'true-false';
    var definition = {
      type: INTERACTION_TYPE,
      name: SF.languageMap(question.prompt),
      interactionType: trueFalse ? 'true-false' : 'choice',
      correctResponsesPattern: [question.choices.filter(function (c) { return c.correct; })
        .map(function (c) { return c.id; }).join('[,]')]
    };
    if (!trueFalse) {
      definition.choices = question.choices.map(function (c) {
        return { id: c.id, description: SF.languageMap(c.text) };
      });
    }
    var statement = this.factory.make('answered', { objectType: 'Activity', id: question.iri, definition: definition },
      { response: responseIds.join('[,]'), success: success, duration: util.isoDuration(durationMs) },
      SF.mergeContext({ contextActivities: { parent: [{ id: quiz.iri }, { id: this.c.activityId }] } },
        this.c.extraContext));
    this.emit([statement]);
  };

  /** A statement built by the video tracker (Video Profile), sent with this launch's context. */
  LrsTracker.prototype.video = function (verbName, object, result, context, id) {
    if (this.terminated) { return null; }
    var extra = SF.mergeContext(context, { contextActivities: { parent: [{ id: this.c.activityId }] } });
    var statement = this.factory.make(verbName, object, result, SF.mergeContext(extra, this.c.extraContext), id);
    this.emit([statement]);
    return statement;
  };

  /**
   * The learner finished the lesson. outcome: {scored: bool, scaled, raw, min, max}. Sends completed, and
   * passed or failed against the mastery score, each only once per registration and never in Browse/Review.
   */
  LrsTracker.prototype.finish = function (outcome) {
    var statements = [];
    var duration = util.isoDuration(Date.now() - this.startedAt);
    if (this.launchMode === 'Normal') {
      if (!this.progress.completed) {
        statements.push(this.lessonStatement('completed', { completion: true, duration: duration }, null, true));
        this.progress.completed = true;
      }
      var mastery = this.masteryScore;
      if (outcome.scored && mastery !== undefined && mastery !== null && !this.progress.passed &&
          !this.sent.passed && !this.sent.failed) {
        var passed = outcome.scaled >= mastery;
        var extensions = {};
        if (this.c.cmi5) { extensions[SF.CMI5.masteryScore] = mastery; }
        statements.push(this.lessonStatement(passed ? 'passed' : 'failed', {
          score: { scaled: outcome.scaled, raw: outcome.raw, min: outcome.min, max: outcome.max },
          success: passed, duration: duration
        }, extensions, true));
        if (passed) { this.progress.passed = true; } else { this.progress.failed = true; }
      }
    }
    if (statements.length) { this.emit(statements); }
    this.saveProgress(this.progress.block);
    return statements.map(function (s) { return s.verb.display['en-US']; });
  };

  /** Sends terminated (last statement of the session), tries to deliver the queue, then follows returnURL. */
  LrsTracker.prototype.exit = function () {
    var self = this;
    if (self.terminated) { return Promise.resolve(); }
    self.emit([self.lessonStatement('terminated', { duration: util.isoDuration(Date.now() - self.startedAt) })]);
    self.terminated = true;
    var flushed = global.navigator.onLine === false ? Promise.resolve() :
      self.c.queue.flush().catch(function () { return 0; });
    return flushed.then(function () {
      if (self.c.returnURL && self.c.queue.size() === 0) {
        global.location.assign(self.c.returnURL);
      }
    });
  };

  /** Legacy TinCan actors may hold arrays ({"mbox": ["mailto:a@b"]}); xAPI wants single values. */
  function normalizeActor(actor) {
    var a = {};
    Object.keys(actor).forEach(function (k) {
      var v = actor[k];
      a[k] = Array.isArray(v) ? v[0] : v;
    });
    if (a.account && Array.isArray(a.account)) { a.account = a.account[0]; }
    if (a.account && a.account.accountServiceHomePage) {
      a.account = { homePage: a.account.accountServiceHomePage, name: a.account.accountName };
    }
    a.objectType = 'Agent';
    return a;
  }

  /** The TinCan launch parameters, or null when the page was not launched that way. */
  function readTinCanLaunch(params) {
    if (!params.endpoint || !params.auth || !params.actor || params.fetch) { return null; }
    return {
      endpoint: params.endpoint,
      auth: params.auth,
      actor: normalizeActor(JSON.parse(params.actor)),
      registration: params.registration,
      activityId: params.activity_id,
      language: params['Accept-Language'] || params.lang
    };
  }

  HocTap.LrsTracker = LrsTracker;
  HocTap.readTinCanLaunch = readTinCanLaunch;
  HocTap.normalizeActor = normalizeActor;
  HocTap.PROGRESS_STATE = PROGRESS_STATE;
})(this);
