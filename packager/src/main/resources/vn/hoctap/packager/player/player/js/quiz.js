/* HocTap player: grading of quiz answers (no DOM). */
(function (global) {
  'use strict';
  var HocTap = global.HocTap = global.HocTap || {};

  /** Whether exactly the correct choices were chosen. */
  function isCorrect(question, responseIds) {
    var chosen = {};
    responseIds.forEach(function (id) { chosen[id] = true; });
    return question.choices.every(function (c) { return !!chosen[c.id] === !!c.correct; }) &&
      responseIds.length === Object.keys(chosen).length;
  }

  /** Grades a quiz: answers maps question id → chosen choice ids. */
  function grade(quiz, answers) {
    var raw = 0, max = 0;
    var results = quiz.questions.map(function (q) {
      var response = answers[q.id] || [];
      var correct = isCorrect(q, response);
      max += q.points;
      if (correct) { raw += q.points; }
      return { question: q, response: response, correct: correct };
    });
    return { raw: raw, max: max, results: results };
  }

  /** The lesson's score over all its graded quizzes: {scored, raw, min, max, scaled}. */
  function lessonScore(grades) {
    var raw = 0, max = 0;
    grades.forEach(function (g) { raw += g.raw; max += g.max; });
    if (!grades.length || max === 0) { return { scored: false }; }
    return { scored: true, raw: raw, min: 0, max: max, scaled: HocTap.util.round(raw / max, 4) };
  }

  /** A copy of `items` in random order (Fisher-Yates). */
  function shuffled(items) {
    var copy = items.slice();
    for (var i = copy.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = copy[i]; copy[i] = copy[j]; copy[j] = t;
    }
    return copy;
  }

  HocTap.quiz = { isCorrect: isCorrect, grade: grade, lessonScore: lessonScore, shuffled: shuffled };
})(this);
