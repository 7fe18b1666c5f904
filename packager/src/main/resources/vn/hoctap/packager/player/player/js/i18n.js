/* HocTap player: the user-interface strings in Vietnamese, Khmer and English, and the choice of language. */
(function (global) {
  'use strict';
  var HocTap = global.HocTap = global.HocTap || {};

  var STRINGS = {
    vi: {
      loading: 'Đang tải…', lessons: 'Các bài học', part: 'Phần {n}/{total}', previousPart: 'Phần trước',
      nextPart: 'Phần tiếp', slide: 'Trang chiếu {n}/{total}', previousSlide: 'Trang trước', nextSlide: 'Trang sau',
      showNotes: 'Hiện ghi chú', hideNotes: 'Ẩn ghi chú', notes: 'Ghi chú', narration: 'Lời thuyết minh',
      video: 'Video', captions: 'Phụ đề', submit: 'Nộp bài', correct: 'Đúng', incorrect: 'Chưa đúng',
      chooseOne: 'Chọn một đáp án', chooseAll: 'Chọn tất cả đáp án đúng', trueLabel: 'Đúng', falseLabel: 'Sai',
      score: 'Điểm: {score}%', passed: 'Bạn đã đạt', failed: 'Bạn chưa đạt', answerAll: 'Hãy trả lời mọi câu hỏi',
      finish: 'Kết thúc bài học', finished: 'Bạn đã hoàn thành bài học.', offline: 'Đang ngoại tuyến: kết quả sẽ được gửi khi có mạng ({n} đang chờ)',
      synced: 'Đã gửi kết quả', launchError: 'Không mở được bài học: {message}', language: 'Ngôn ngữ',
      mustFinishParts: 'Hãy xem hết các phần và làm bài kiểm tra trước khi kết thúc.', back: 'Quay lại'
    },
    km: {
      loading: 'កំពុងផ្ទុក…', lessons: 'មេរៀន', part: 'ផ្នែក {n}/{total}', previousPart: 'ផ្នែកមុន',
      nextPart: 'ផ្នែកបន្ទាប់', slide: 'ស្លាយ {n}/{total}', previousSlide: 'ស្លាយមុន', nextSlide: 'ស្លាយបន្ទាប់',
      showNotes: 'បង្ហាញកំណត់ចំណាំ', hideNotes: 'លាក់កំណត់ចំណាំ', notes: 'កំណត់ចំណាំ', narration: 'ការពន្យល់ជាសំឡេង',
      video: 'វីដេអូ', captions: 'ចំណងជើងរង', submit: 'ដាក់ស្នើចម្លើយ', correct: 'ត្រឹមត្រូវ', incorrect: 'មិនត្រឹមត្រូវ',
      chooseOne: 'ជ្រើសរើសចម្លើយមួយ', chooseAll: 'ជ្រើសរើសចម្លើយត្រឹមត្រូវទាំងអស់', trueLabel: 'ពិត', falseLabel: 'មិនពិត',
      score: 'ពិន្ទុ៖ {score}%', passed: 'អ្នកបានជាប់', failed: 'អ្នកមិនទាន់ជាប់', answerAll: 'សូមឆ្លើយសំណួរទាំងអស់',
      finish: 'បញ្ចប់មេរៀន', finished: 'អ្នកបានបញ្ចប់មេរៀននេះ។', offline: 'គ្មានអ៊ីនធឺណិត៖ លទ្ធផលនឹងត្រូវផ្ញើនៅពេលក្រោយ ({n} កំពុងរង់ចាំ)',
      synced: 'លទ្ធផលត្រូវបានផ្ញើ', launchError: 'មិនអាចបើកមេរៀនបានទេ៖ {message}', language: 'ភាសា',
      mustFinishParts: 'សូមមើលផ្នែកទាំងអស់ ហើយធ្វើតេស្តមុនពេលបញ្ចប់។', back: 'ត្រឡប់ក្រោយ'
    },
    en: {
      loading: 'Loading…', lessons: 'Lessons', part: 'Part {n} of {total}', previousPart: 'Previous part',
      nextPart: 'Next part', slide: 'Slide {n} of {total}', previousSlide: 'Previous slide', nextSlide: 'Next slide',
      showNotes: 'Show notes', hideNotes: 'Hide notes', notes: 'Notes', narration: 'Narration',
      video: 'Video', captions: 'Captions', submit: 'Submit answers', correct: 'Correct', incorrect: 'Not correct',
      chooseOne: 'Choose one answer', chooseAll: 'Choose every correct answer', trueLabel: 'True', falseLabel: 'False',
      score: 'Score: {score}%', passed: 'You passed', failed: 'You did not pass yet', answerAll: 'Please answer every question',
      finish: 'Finish lesson', finished: 'You have finished the lesson.', offline: 'Offline: results will be sent later ({n} waiting)',
      synced: 'Results sent', launchError: 'The lesson cannot be opened: {message}', language: 'Language',
      mustFinishParts: 'Go through every part and take the quiz before finishing.', back: 'Back'
    }
  };
  var SUPPORTED = ['vi', 'km', 'en'];

  /** The primary subtag of a language tag if it is supported ("km-KH" gives "km"), else null. */
  function supported(tag) {
    if (!tag) { return null; }
    var primary = String(tag).toLowerCase().split(/[-_]/)[0];
    return SUPPORTED.indexOf(primary) >= 0 ? primary : null;
  }

  HocTap.i18n = {
    SUPPORTED: SUPPORTED,
    supported: supported,

    /**
     * The UI language: the launch language (cmi5 learner preference, `lang` launch parameter) when supported,
     * else the first supported language of the device, else the course's first language, else Vietnamese.
     */
    choose: function (launchLanguages, deviceLanguages, courseLanguages) {
      var lists = [launchLanguages || [], deviceLanguages || [], courseLanguages || [], ['vi']];
      for (var l = 0; l < lists.length; l++) {
        for (var i = 0; i < lists[l].length; i++) {
          var found = supported(lists[l][i]);
          if (found) { return found; }
        }
      }
      return 'vi';
    },

    /** A translator for one language: t('slide', {n: 1, total: 3}). */
    translator: function (language) {
      var table = STRINGS[language] || STRINGS.vi;
      return function (key, values) {
        var text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : STRINGS.en[key] || key;
        return text.replace(/\{(\w+)\}/g, function (all, name) {
          return values && values[name] !== undefined ? String(values[name]) : all;
        });
      };
    },

    strings: STRINGS
  };
})(this);
