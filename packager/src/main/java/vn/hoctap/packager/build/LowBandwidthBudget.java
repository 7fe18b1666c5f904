package vn.hoctap.packager.build;

import java.util.List;

/**
 * The size budget of low-bandwidth packages, per lesson: {@value #VIDEO_BYTES_PER_10_MINUTES} bytes per 10 minutes
 * of video and {@value #NARRATION_BYTES_PER_10_MINUTES} bytes per 10 minutes of slides with narration (decimal
 * megabytes: 15 MB and 5 MB). A slide without narration counts as {@value #SECONDS_PER_SLIDE_WITHOUT_NARRATION} s
 * of slides (the catalogue's estimate), so a deck without narration has a budget too. Slides count in one
 * language, as a learner pages through them: decks shown in every language plus the decks of the language with
 * the most. A lesson's budget is the sum over its videos and slides; everything the lesson's media files weigh in
 * the package (images of every language, captions, posters included) counts against it. A lesson with neither
 * video nor slides has no budget.
 */
public final class LowBandwidthBudget {

    public static final long VIDEO_BYTES_PER_10_MINUTES = 15_000_000L;
    public static final long NARRATION_BYTES_PER_10_MINUTES = 5_000_000L;
    public static final int SECONDS_PER_SLIDE_WITHOUT_NARRATION = 30;

    private LowBandwidthBudget() {
    }

    /**
     * The size of one lesson's media in a package and its budget.
     *
     * @param slideSeconds the seconds of slides a learner pages through (narration, else
     *                     {@value #SECONDS_PER_SLIDE_WITHOUT_NARRATION} s a slide, in one language)
     * @param budgetBytes  0 when the lesson has neither video nor slides (then it is always within budget)
     */
    public record LessonSize(String lessonId, long mediaBytes, double videoSeconds, double slideSeconds,
                             long budgetBytes) {
        public boolean withinBudget() {
            return budgetBytes == 0 || mediaBytes <= budgetBytes;
        }
    }

    /** The sizes of every lesson of a package. */
    public record SizeCheck(List<LessonSize> lessons) {
        public SizeCheck {
            lessons = List.copyOf(lessons);
        }

        public boolean withinBudget() {
            return lessons.stream().allMatch(LessonSize::withinBudget);
        }

        /** The lessons over budget. */
        public List<LessonSize> overBudget() {
            return lessons.stream().filter(lesson -> !lesson.withinBudget()).toList();
        }
    }

    static long budget(double videoSeconds, double slideSeconds) {
        return Math.round(videoSeconds / 600.0 * VIDEO_BYTES_PER_10_MINUTES
                + slideSeconds / 600.0 * NARRATION_BYTES_PER_10_MINUTES);
    }
}
