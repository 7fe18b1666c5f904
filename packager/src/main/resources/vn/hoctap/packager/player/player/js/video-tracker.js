/*
 * HocTap player: xAPI Video Profile statements of one <video> (or <audio>) element: initialized, played, paused,
 * seeked, interacted (captions), completed, terminated, with the profile's result and context extensions
 * (time, time-from, time-to, progress, played-segments, length, session-id, cc-subtitle-*).
 * `emit(verbName, object, result, context, id)` sends a statement (with that id when given) and returns it or null.
 */
(function (global) {
  'use strict';
  var HocTap = global.HocTap = global.HocTap || {};
  var util = HocTap.util;
  var EXT = 'https://w3id.org/xapi/video/extensions/';
  var VIDEO_TYPE = 'https://w3id.org/xapi/video/activity-type/video';
  var VIDEO_CATEGORY = 'https://w3id.org/xapi/video';

  function r3(x) { return util.round(x, 3); }

  /** Played segments as [start, end] pairs; union length and the profile's string form. */
  function Segments() { this.list = []; }
  Segments.prototype.add = function (start, end) {
    if (end > start) { this.list.push([r3(start), r3(end)]); }
  };
  Segments.prototype.toString = function () {
    return this.list.map(function (s) { return s[0].toFixed(3) + '[.]' + s[1].toFixed(3); }).join('[,]');
  };
  Segments.prototype.covered = function () {
    var sorted = this.list.slice().sort(function (a, b) { return a[0] - b[0]; });
    var total = 0, start = -1, end = -1;
    sorted.forEach(function (s) {
      if (s[0] > end) { total += end - start; start = s[0]; end = s[1]; } else if (s[1] > end) { end = s[1]; }
    });
    return total + (end - start);
  };

  /**
   * @param media    the <video>/<audio> element
   * @param video    the video block of course-data.js ({iri, title, duration})
   * @param emit     function (verbName, object, result, context, id) → statement or null
   * @param options  {completionThreshold (default 1), language}
   */
  function VideoTracker(media, video, emit, options) {
    this.media = media;
    this.video = video;
    this.emitFn = emit;
    this.threshold = (options && options.completionThreshold) || 1;
    this.segments = new Segments();
    this.playingFrom = null;
    this.seekFrom = null;
    this.lastTime = 0;
    this.sessionId = null;
    this.initialized = false;
    this.completed = false;
    this.terminated = false;
    this.startedAt = Date.now();
    this.attach();
  }

  VideoTracker.prototype.length = function () {
    var d = this.media.duration;
    return r3(isFinite(d) && d > 0 ? d : this.video.duration);
  };

  VideoTracker.prototype.object = function () {
    return HocTap.StatementFactory.activity(this.video.iri, VIDEO_TYPE,
      HocTap.StatementFactory.languageMap(this.video.title));
  };

  VideoTracker.prototype.context = function (extensions) {
    var ext = {};
    ext[EXT + 'length'] = this.length();
    if (this.sessionId) { ext[EXT + 'session-id'] = this.sessionId; }
    Object.keys(extensions || {}).forEach(function (k) { ext[EXT + k] = extensions[k]; });
    return { contextActivities: { category: [{ id: VIDEO_CATEGORY }] }, extensions: ext };
  };

  VideoTracker.prototype.progress = function () {
    return Math.min(1, r3(this.segments.covered() / this.length()));
  };

  VideoTracker.prototype.emit = function (verb, result, contextExtensions) {
    var resultExt = {};
    Object.keys(result || {}).forEach(function (k) { resultExt[EXT + k] = result[k]; });
    return this.emitFn(verb, this.object(), { extensions: resultExt }, this.context(contextExtensions));
  };

  VideoTracker.prototype.ensureInitialized = function () {
    if (this.initialized || this.terminated) { return; }
    this.initialized = true;
    var ctx = {};
    if (this.threshold !== 1) { ctx['completion-threshold'] = this.threshold; }
    // the video session id is the id of this initialized statement (Video Profile: session-id)
    this.sessionId = util.uuid();
    this.emitFn('initialized', this.object(), null, this.context(ctx), this.sessionId);
  };

  VideoTracker.prototype.closeSegment = function (at) {
    if (this.playingFrom !== null) {
      this.segments.add(this.playingFrom, at);
      this.playingFrom = null;
    }
  };

  VideoTracker.prototype.attach = function () {
    var self = this;
    var m = self.media;
    m.addEventListener('loadedmetadata', function () { self.ensureInitialized(); });
    m.addEventListener('timeupdate', function () {
      if (!m.seeking) { self.lastTime = m.currentTime; }
    });
    m.addEventListener('play', function () {
      if (self.terminated) { return; }
      self.ensureInitialized();
      self.playingFrom = m.currentTime;
      self.emit('played', { time: r3(m.currentTime) });
    });
    m.addEventListener('pause', function () {
      if (self.terminated || m.ended || self.playingFrom === null) { return; }
      self.closeSegment(m.currentTime);
      self.emit('paused', { time: r3(m.currentTime), progress: self.progress(),
        'played-segments': self.segments.toString() });
    });
    m.addEventListener('seeking', function () {
      if (self.seekFrom === null) { self.seekFrom = self.lastTime; }
      self.closeSegment(self.lastTime);
    });
    m.addEventListener('seeked', function () {
      if (self.terminated || self.seekFrom === null) { return; }
      var from = self.seekFrom;
      self.seekFrom = null;
      self.emit('seeked', { 'time-from': r3(from), 'time-to': r3(m.currentTime) });
      self.lastTime = m.currentTime;
      if (!m.paused) { self.playingFrom = m.currentTime; }
    });
    m.addEventListener('ended', function () {
      self.closeSegment(m.currentTime);
      self.checkCompleted(m.currentTime);
    });
    if (m.textTracks && m.textTracks.addEventListener) {
      m.textTracks.addEventListener('change', function () { self.captionsChanged(); });
    }
  };

  VideoTracker.prototype.checkCompleted = function (time) {
    if (this.completed || this.terminated || this.progress() < this.threshold) { return; }
    this.completed = true;
    var statement = this.emitFn('completed', this.object(), {
      completion: true, duration: util.isoDuration(Date.now() - this.startedAt),
      extensions: (function (self) {
        var e = {};
        e[EXT + 'time'] = r3(time);
        e[EXT + 'progress'] = self.progress();
        e[EXT + 'played-segments'] = self.segments.toString();
        return e;
      })(this)
    }, this.context());
    return statement;
  };

  VideoTracker.prototype.captionsChanged = function () {
    if (!this.initialized || this.terminated) { return; }
    var showing = null;
    for (var i = 0; i < this.media.textTracks.length; i++) {
      if (this.media.textTracks[i].mode === 'showing') { showing = this.media.textTracks[i]; }
    }
    if (showing === this.lastTrack) { return; }
    this.lastTrack = showing;
    var ctx = { 'cc-subtitle-enabled': !!showing };
    if (showing) { ctx['cc-subtitle-lang'] = showing.language; }
    this.emitFn('interacted', this.object(), { extensions: (function () {
      var e = {}; e[EXT + 'time'] = r3(this.media.currentTime); return e;
    }).call(this) }, this.context(ctx));
  };

  /** Ends the video session: paused first when playing, then terminated. */
  VideoTracker.prototype.terminate = function () {
    if (!this.initialized || this.terminated) {
      this.terminated = true; // a detached element may still load: nothing more is reported for it
      return;
    }
    if (!this.media.paused && !this.media.ended) {
      this.media.pause(); // fires "pause" asynchronously: report it now
      this.closeSegment(this.media.currentTime);
      this.emit('paused', { time: r3(this.media.currentTime), progress: this.progress(),
        'played-segments': this.segments.toString() });
    }
    this.emit('terminated', { time: r3(this.media.currentTime), progress: this.progress(),
      'played-segments': this.segments.toString() });
    this.terminated = true;
  };

  HocTap.VideoTracker = VideoTracker;
  HocTap.VideoSegments = Segments;
})(this);
