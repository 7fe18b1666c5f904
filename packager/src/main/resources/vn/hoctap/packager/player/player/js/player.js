/*
 * HocTap player: renders one lesson of window.HOCTAP_COURSE (slides with notes, video, text, images, quizzes)
 * and reports it through the tracker that matches how it was launched: cmi5 (endpoint/fetch/actor/registration/
 * activityId), TinCan (endpoint/auth/actor), SCORM 1.2 or 2004 (an API object in a parent window), or nothing.
 * Everything it loads comes from the package; the only requests to elsewhere are to the LRS it was given.
 */
(function (global) {
  'use strict';
  var HocTap = global.HocTap;
  var util = HocTap.util;
  var doc = global.document;
  var course = global.HOCTAP_COURSE;
  var params = util.query(global.location.search);

  var state = {
    lesson: null, tracker: null, language: 'vi', t: null, block: 0, visited: {}, slide: {}, grades: {},
    videoTrackers: {}, finished: false, error: null, ready: false
  };
  var queue = new HocTap.StatementQueue({ key: 'hoctap.statements', send: HocTap.Lrs.postStatements });

  function el(tag, attributes, children) {
    var node = doc.createElement(tag);
    Object.keys(attributes || {}).forEach(function (k) {
      var v = attributes[k];
      if (v === undefined || v === null || v === false) { return; }
      if (k === 'text') { node.textContent = v; } else if (k === 'on') {
        Object.keys(v).forEach(function (e) { node.addEventListener(e, v[e]); });
      } else { node.setAttribute(k, v === true ? '' : v); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(c); } });
    return node;
  }

  function tx(localized) { return util.text(localized, [state.language].concat(course.languages)); }
  function $(id) { return doc.getElementById(id); }

  function announce(message) { $('status').textContent = message; }

  function updateQueueStatus() {
    var n = queue.size();
    $('queue-status').textContent = n > 0 && global.navigator.onLine === false ? state.t('offline', { n: n }) : '';
  }

  function flush() {
    if (global.navigator.onLine === false) { updateQueueStatus(); return Promise.resolve(0); }
    return queue.flush().catch(function () { return 0; }).then(function (n) { updateQueueStatus(); return n; });
  }

  // ---- tracking -------------------------------------------------------------------------------------------

  function NullTracker() { this.kind = 'none'; }
  NullTracker.prototype.start = function () { return Promise.resolve({ launchMode: 'Normal' }); };
  NullTracker.prototype.saveProgress = function () { return Promise.resolve(); };
  NullTracker.prototype.answered = function () {};
  NullTracker.prototype.video = function () { return null; };
  NullTracker.prototype.finish = function () { return []; };
  NullTracker.prototype.exit = function () { return Promise.resolve(); };

  function startTracking(lesson) {
    var launch = HocTap.cmi5.readLaunch(params);
    if (launch) {
      return HocTap.cmi5.start(launch, lesson, queue).then(function (r) {
        return { tracker: r.tracker, languages: r.languages };
      });
    }
    var tincan = HocTap.readTinCanLaunch(params);
    if (tincan) {
      var grouping = [{ id: course.courseIri, objectType: 'Activity' }];
      var tracker = new HocTap.LrsTracker({
        lrs: new HocTap.Lrs(tincan.endpoint, tincan.auth), queue: queue, actor: tincan.actor,
        registration: tincan.registration, activityId: lesson.iri,
        activityName: HocTap.StatementFactory.languageMap(lesson.title), cmi5: false,
        masteryScore: lesson.masteryScore, language: tincan.language,
        extraContext: { contextActivities: { grouping: grouping } }
      });
      return Promise.resolve({ tracker: tracker, languages: tincan.language ? [tincan.language] : [] });
    }
    if (course.format === 'scorm12' || course.format === 'scorm2004') {
      var version = course.format === 'scorm12' ? '1.2' : '2004';
      var api = HocTap.scorm.findApi(global, HocTap.scorm.DIALECTS[version].apiName);
      if (api) {
        return Promise.resolve({ tracker: new HocTap.scorm.ScormTracker(version, api, lesson), languages: [] });
      }
    }
    return Promise.resolve({ tracker: new NullTracker(), languages: [] });
  }

  // ---- rendering ------------------------------------------------------------------------------------------

  function setLanguage(language) {
    state.language = language;
    state.t = HocTap.i18n.translator(language);
    doc.documentElement.lang = language;
    $('skip-link').textContent = state.t('lessons');
    $('language-label').textContent = state.t('language');
    $('language').value = language;
  }

  function renderChrome() {
    $('course-title').textContent = tx(course.title);
    $('lesson-title').textContent = state.lesson ? tx(state.lesson.title) : '';
    doc.title = (state.lesson ? tx(state.lesson.title) + ' – ' : '') + tx(course.title);
  }

  function renderMenu() {
    var main = $('main');
    main.textContent = '';
    main.appendChild(el('h2', { text: state.t('lessons') }));
    var list = el('ul', { class: 'lesson-list' });
    course.lessons.forEach(function (lesson) {
      var href = '?' + new URLSearchParams(Object.assign({}, params, { lesson: lesson.id })).toString();
      list.appendChild(el('li', {}, [el('a', { href: href, text: tx(lesson.title) })]));
    });
    main.appendChild(list);
    $('parts').hidden = true;
  }

  function leaveBlock() {
    Object.keys(state.videoTrackers).forEach(function (id) { state.videoTrackers[id].terminate(); });
    state.videoTrackers = {};
    Array.prototype.forEach.call(doc.querySelectorAll('audio, video'), function (m) { m.pause(); });
  }

  function showBlock(index, focus) {
    var blocks = state.lesson.blocks;
    leaveBlock();
    state.block = index;
    var block = blocks[index];
    if (block.type !== 'slides' && block.type !== 'quiz') { state.visited[block.id] = true; }
    var main = $('main');
    main.textContent = '';
    var heading = el('h2', { id: 'block-title', tabindex: '-1', text: tx(block.title) || state.t('part', { n: index + 1, total: blocks.length }) });
    main.appendChild(heading);
    ({ slides: renderSlides, video: renderVideo, text: renderText, image: renderImage, quiz: renderQuiz })[block.type](block, main);
    $('part-counter').textContent = state.t('part', { n: index + 1, total: blocks.length });
    $('prev-part').disabled = index === 0;
    $('next-part').hidden = index === blocks.length - 1;
    $('finish').hidden = index !== blocks.length - 1 || state.finished;
    $('prev-part').textContent = state.t('previousPart');
    $('next-part').textContent = state.t('nextPart');
    $('finish').textContent = state.t('finish');
    state.tracker.saveProgress(index);
    if (focus) { heading.focus(); }
  }

  function renderSlides(block, main) {
    var index = state.slide[block.id] || 0;
    var image = el('img', { id: 'slide-image', alt: '' });
    var text = el('p', { id: 'slide-text', class: 'visually-hidden' });
    var counter = el('p', { id: 'slide-counter', class: 'counter', 'aria-live': 'polite' });
    var notes = el('div', { id: 'notes', class: 'notes', hidden: true });
    var notesButton = el('button', { id: 'toggle-notes', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'notes' });
    var prev = el('button', { id: 'prev-slide', type: 'button' });
    var next = el('button', { id: 'next-slide', type: 'button' });
    var narrationBox = el('div', { class: 'narration' });

    function show(i) {
      index = Math.max(0, Math.min(block.slides.length - 1, i));
      state.slide[block.id] = index;
      var slide = block.slides[index];
      image.src = slide.image;
      image.alt = tx(slide.text) || state.t('slide', { n: index + 1, total: block.slides.length });
      text.textContent = tx(slide.text);
      counter.textContent = state.t('slide', { n: index + 1, total: block.slides.length });
      var noteText = tx(slide.notes);
      notes.textContent = noteText;
      notesButton.hidden = !noteText;
      prev.disabled = index === 0;
      next.disabled = index === block.slides.length - 1;
      narrationBox.textContent = '';
      if (slide.narration) {
        var narration = el('audio', { controls: true, preload: 'none', src: slide.narration,
          'aria-label': state.t('narration') });
        narration.muted = !!state.audioOff; // the content attribute only counts when parsed from HTML
        narrationBox.appendChild(narration);
      }
      if (index === block.slides.length - 1) { state.visited[block.id] = true; }
    }
    prev.textContent = state.t('previousSlide');
    next.textContent = state.t('nextSlide');
    notesButton.textContent = state.t('showNotes');
    prev.addEventListener('click', function () { show(index - 1); });
    next.addEventListener('click', function () { show(index + 1); });
    notesButton.addEventListener('click', function () {
      var open = notes.hidden;
      notes.hidden = !open;
      notesButton.setAttribute('aria-expanded', String(open));
      notesButton.textContent = state.t(open ? 'hideNotes' : 'showNotes');
    });
    var section = el('section', { class: 'slides', tabindex: '0', 'aria-roledescription': 'carousel',
      'aria-label': tx(block.title) || state.t('slide', { n: 1, total: block.slides.length }),
      on: { keydown: function (e) {
        if (e.key === 'ArrowRight') { show(index + 1); e.preventDefault(); }
        if (e.key === 'ArrowLeft') { show(index - 1); e.preventDefault(); }
      } } }, [
      el('figure', { class: 'slide' }, [image, text]), counter,
      el('div', { class: 'row' }, [prev, next]), narrationBox, notesButton, notes
    ]);
    main.appendChild(section);
    show(index);
  }

  // block.hls (URL of an HLS master playlist) is never in a package; a page served by the platform may add it
  // to course-data so that browsers with native HLS stream the ladder instead of the MP4.
  function renderVideo(block, main) {
    var audioOnly = block.mimeType && block.mimeType.indexOf('audio/') === 0;
    var media = el(audioOnly ? 'audio' : 'video', { id: 'media-' + block.id, controls: true, preload: 'metadata',
      playsinline: true, poster: audioOnly ? null : block.poster, 'aria-label': tx(block.title) || state.t('video') });
    media.muted = !!state.audioOff;
    var hls = block.hls && media.canPlayType('application/vnd.apple.mpegurl');
    media.appendChild(el('source', { src: hls ? block.hls : block.src,
      type: hls ? 'application/vnd.apple.mpegurl' : block.mimeType }));
    (block.captions || []).forEach(function (c) {
      media.appendChild(el('track', { kind: 'captions', srclang: c.lang, src: c.src,
        label: HocTap.i18n.translator(c.lang)('captions') + ' (' + c.lang + ')', default: c.lang === state.language }));
    });
    main.appendChild(el('div', { class: 'media' }, [media]));
    state.videoTrackers[block.id] = new HocTap.VideoTracker(media, block, function (verb, object, result, context, id) {
      return state.tracker.video(verb, object, result, context, id);
    });
  }

  function renderText(block, main) {
    var div = el('div', { class: 'text' });
    div.innerHTML = tx(block.html); // sanitised by authoring, checked by the packager
    main.appendChild(div);
  }

  function renderImage(block, main) {
    main.appendChild(el('figure', { class: 'image' }, [
      el('img', { src: block.image, alt: tx(block.alt) }),
      tx(block.caption) ? el('figcaption', { text: tx(block.caption) }) : null
    ]));
  }

  function renderQuiz(block, main) {
    var graded = state.grades[block.id];
    var form = el('form', { id: 'quiz-' + block.id, class: 'quiz', novalidate: true });
    var startedAt = Date.now();
    block.questions.forEach(function (q, qi) {
      var multiple = q.kind === 'multiple';
      var fieldset = el('fieldset', { id: 'question-' + q.id });
      fieldset.appendChild(el('legend', { text: (qi + 1) + '. ' + tx(q.prompt) }));
      fieldset.appendChild(el('p', { class: 'hint', text: state.t(multiple ? 'chooseAll' : 'chooseOne') }));
      var choices = block.shuffle && q.kind !== 'true-false' ? HocTap.quiz.shuffled(q.choices) : q.choices;
      choices.forEach(function (c) {
        var id = 'choice-' + q.id + '-' + c.id;
        var label = q.kind === 'true-false' && !tx(c.text) ? state.t(c.id === 'true' ? 'trueLabel' : 'falseLabel') : tx(c.text);
        fieldset.appendChild(el('div', { class: 'choice' }, [
          el('input', { type: multiple ? 'checkbox' : 'radio', name: 'q-' + q.id, value: c.id, id: id,
            checked: graded && graded.answers[q.id] && graded.answers[q.id].indexOf(c.id) >= 0,
            disabled: !!graded }),
          el('label', { for: id, text: label })
        ]));
      });
      fieldset.appendChild(el('div', { class: 'feedback', id: 'feedback-' + q.id, role: 'status' }));
      form.appendChild(fieldset);
    });
    var submit = el('button', { type: 'submit', id: 'submit-' + block.id, text: state.t('submit'), disabled: !!graded });
    var summary = el('p', { id: 'score-' + block.id, class: 'score', role: 'status', 'aria-live': 'polite' });
    form.appendChild(submit);
    form.appendChild(summary);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (state.grades[block.id]) { return; }
      var answers = {};
      var missing = false;
      block.questions.forEach(function (q) {
        answers[q.id] = Array.prototype.map.call(
          form.querySelectorAll('input[name="q-' + q.id + '"]:checked'), function (i) { return i.value; });
        if (!answers[q.id].length) { missing = true; }
      });
      if (missing) { summary.textContent = state.t('answerAll'); return; }
      var grade = HocTap.quiz.grade(block, answers);
      grade.answers = answers;
      state.grades[block.id] = grade;
      state.visited[block.id] = true;
      var duration = Date.now() - startedAt;
      grade.results.forEach(function (r) {
        state.tracker.answered(block, r.question, r.response, r.correct, duration);
      });
      showFeedback(block, grade, form, summary);
    });
    main.appendChild(form);
    if (graded) { showFeedback(block, graded, form, summary); }
  }

  function showFeedback(block, grade, form, summary) {
    grade.results.forEach(function (r) {
      var lines = [state.t(r.correct ? 'correct' : 'incorrect')];
      var general = tx(r.correct ? r.question.correctFeedback : r.question.incorrectFeedback);
      if (general) { lines.push(general); }
      r.question.choices.forEach(function (c) {
        if (r.response.indexOf(c.id) >= 0 && tx(c.feedback)) { lines.push(tx(c.feedback)); }
      });
      var box = $('feedback-' + r.question.id);
      box.textContent = lines.join(' ');
      box.className = 'feedback ' + (r.correct ? 'correct' : 'incorrect');
    });
    Array.prototype.forEach.call(form.querySelectorAll('input, button'), function (i) { i.disabled = true; });
    var scaled = grade.max ? grade.raw / grade.max : 0;
    summary.textContent = state.t('score', { score: Math.round(scaled * 100) }) + ' – ' +
      state.t(scaled >= block.masteryScore ? 'passed' : 'failed');
  }

  function allDone() {
    return state.lesson.blocks.every(function (b) { return state.visited[b.id]; });
  }

  function finish() {
    if (state.finished) { return Promise.resolve(); }
    if (!allDone()) { announce(state.t('mustFinishParts')); return Promise.resolve(); }
    leaveBlock();
    state.finished = true;
    var grades = state.lesson.blocks.filter(function (b) { return b.type === 'quiz'; })
      .map(function (b) { return state.grades[b.id]; });
    var outcome = HocTap.quiz.lessonScore(grades);
    state.outcome = outcome;
    state.tracker.finish(outcome);
    var main = $('main');
    main.textContent = '';
    var heading = el('h2', { id: 'block-title', tabindex: '-1', text: state.t('finished') });
    main.appendChild(heading);
    if (outcome.scored) {
      var mastery = state.masteryScore;
      main.appendChild(el('p', { id: 'final-score', text: state.t('score', { score: Math.round(outcome.scaled * 100) }) +
        (mastery !== undefined && mastery !== null ? ' – ' + state.t(outcome.scaled >= mastery ? 'passed' : 'failed') : '') }));
    }
    $('parts').hidden = true;
    heading.focus();
    return state.tracker.exit().then(function () { state.exited = true; updateQueueStatus(); });
  }

  function boot() {
    state.language = HocTap.i18n.choose([params.lang], global.navigator.languages || [global.navigator.language], course.languages);
    setLanguage(state.language);
    var select = $('language');
    course.languages.concat(HocTap.i18n.SUPPORTED).forEach(function (l) {
      if (!select.querySelector('option[value="' + l + '"]')) {
        select.appendChild(el('option', { value: l, text: { vi: 'Tiếng Việt', km: 'ខ្មែរ', en: 'English' }[l] }));
      }
    });
    select.value = state.language;
    select.addEventListener('change', function () {
      setLanguage(select.value);
      renderChrome();
      if (state.lesson && !state.finished) { showBlock(state.block, false); } else if (!state.lesson) { renderMenu(); }
    });
    queue.onChange(updateQueueStatus);
    global.addEventListener('online', flush);
    global.addEventListener('offline', updateQueueStatus);
    global.setInterval(flush, 15000);
    $('prev-part').addEventListener('click', function () { showBlock(state.block - 1, true); });
    $('next-part').addEventListener('click', function () { showBlock(state.block + 1, true); });
    $('finish').addEventListener('click', finish);
    global.addEventListener('pagehide', function () {
      if (!state.tracker || state.finished) { return; }
      leaveBlock();
      if (state.tracker.suspend) { state.tracker.suspend(); } else { state.tracker.exit(); }
    });

    var lesson = null;
    course.lessons.forEach(function (l) { if (l.id === params.lesson) { lesson = l; } });
    if (!lesson && course.lessons.length === 1) { lesson = course.lessons[0]; }
    renderChrome();
    flush();
    if (!lesson) { renderMenu(); state.ready = true; return; }
    state.lesson = lesson;
    renderChrome();
    startTracking(lesson).then(function (started) {
      state.tracker = started.tracker;
      return started.tracker.start().then(function (info) {
        state.masteryScore = info.masteryScore !== undefined ? info.masteryScore : lesson.masteryScore;
        state.launchMode = info.launchMode;
        // cmi5 learner preference: media start muted when the learner turned audio off
        state.audioOff = started.tracker.audioPreference === 'off';
        var chosen = HocTap.i18n.choose([params.lang].concat(started.languages),
          global.navigator.languages || [global.navigator.language], course.languages);
        setLanguage(chosen);
        renderChrome();
        $('parts').hidden = false;
        var resume = info.resumeBlock;
        showBlock(typeof resume === 'number' && resume < lesson.blocks.length ? resume : 0, false);
        state.ready = true;
      });
    }).catch(function (error) {
      state.error = String(error && error.message || error);
      $('main').textContent = '';
      $('main').appendChild(el('p', { class: 'error', role: 'alert', text: state.t('launchError', { message: state.error }) }));
      state.ready = true;
    });
  }

  global.HocTapPlayer = { state: state, queue: queue, flush: flush, finish: finish, showBlock: showBlock };
  if (doc.readyState === 'loading') { doc.addEventListener('DOMContentLoaded', boot); } else { boot(); }
})(this);
