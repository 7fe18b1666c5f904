/*
 * HocTap player: builds xAPI statements. Every statement gets a client-generated id and a UTC timestamp, the
 * launch's actor and registration, and (in cmi5) a copy of LMS.LaunchData's contextTemplate that is never
 * overwritten: what a statement adds to contextActivities is appended and its extensions never replace the
 * template's.
 */
(function (global) {
  'use strict';
  var HocTap = global.HocTap = global.HocTap || {};
  var util = HocTap.util;

  var VERBS = {
    initialized: 'http://adlnet.gov/expapi/verbs/initialized',
    completed: 'http://adlnet.gov/expapi/verbs/completed',
    passed: 'http://adlnet.gov/expapi/verbs/passed',
    failed: 'http://adlnet.gov/expapi/verbs/failed',
    terminated: 'http://adlnet.gov/expapi/verbs/terminated',
    answered: 'http://adlnet.gov/expapi/verbs/answered',
    interacted: 'http://adlnet.gov/expapi/verbs/interacted',
    experienced: 'http://adlnet.gov/expapi/verbs/experienced',
    played: 'https://w3id.org/xapi/video/verbs/played',
    paused: 'https://w3id.org/xapi/video/verbs/paused',
    seeked: 'https://w3id.org/xapi/video/verbs/seeked'
  };
  var CMI5 = {
    category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
    moveOnCategory: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
    sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
    masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore'
  };

  function verb(name) {
    return { id: VERBS[name], display: { 'en-US': name } };
  }

  function mergeContext(template, extra) {
    var context = util.clone(template) || {};
    if (!extra) { return context; }
    Object.keys(extra).forEach(function (key) {
      if (key === 'contextActivities') {
        context.contextActivities = context.contextActivities || {};
        Object.keys(extra.contextActivities).forEach(function (kind) {
          var list = context.contextActivities[kind];
          list = list ? (Array.isArray(list) ? list : [list]) : [];
          context.contextActivities[kind] = list.concat(extra.contextActivities[kind]);
        });
      } else if (key === 'extensions') {
        context.extensions = context.extensions || {};
        Object.keys(extra.extensions).forEach(function (iri) {
          if (!Object.prototype.hasOwnProperty.call(context.extensions, iri)) {
            context.extensions[iri] = extra.extensions[iri];
          }
        });
      } else if (context[key] === undefined) {
        context[key] = extra[key];
      }
    });
    return context;
  }

  /**
   * @param options.actor            the Agent of the launch
   * @param options.registration     the registration UUID, or undefined
   * @param options.contextTemplate  cmi5 contextTemplate, or undefined outside cmi5
   * @param options.language         the learner's language (statement context.language)
   */
  function StatementFactory(options) {
    this.actor = options.actor;
    this.registration = options.registration;
    this.contextTemplate = options.contextTemplate || {};
    this.language = options.language;
  }

  /** A statement about `object` with the given verb name, optional result, context additions and id. */
  StatementFactory.prototype.make = function (verbName, object, result, context, id) {
    var statement = {
      id: id || util.uuid(),
      timestamp: util.now(),
      actor: this.actor,
      verb: verb(verbName),
      object: object
    };
    var merged = mergeContext(this.contextTemplate, context);
    if (this.registration) { merged.registration = this.registration; }
    if (this.language) { merged.language = this.language; }
    statement.context = merged;
    if (result) { statement.result = result; }
    return statement;
  };

  StatementFactory.activity = function (id, type, name, description) {
    var definition = { type: type };
    if (name) { definition.name = name; }
    if (description && Object.keys(description).length) { definition.description = description; }
    return { objectType: 'Activity', id: id, definition: definition };
  };

  /** Language maps of the player's {vi: ..} texts become xAPI language maps with the same keys. */
  StatementFactory.languageMap = function (localized) {
    var map = {};
    Object.keys(localized || {}).forEach(function (k) { if (localized[k]) { map[k] = localized[k]; } });
    return map;
  };

  StatementFactory.VERBS = VERBS;
  StatementFactory.CMI5 = CMI5;
  StatementFactory.mergeContext = mergeContext;
  HocTap.StatementFactory = StatementFactory;
})(this);
