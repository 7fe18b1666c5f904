package vn.hoctap.packager;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import vn.hoctap.packager.content.Block;
import vn.hoctap.packager.content.CourseContent;
import vn.hoctap.packager.content.LessonContent;
import vn.hoctap.packager.content.LocalizedText;

/**
 * A small course for tests, with its files written into a directory: slide images drawn by Java, captions as
 * text, and stand-in bytes for video and audio unless real media are written by {@link TestMedia}.
 */
public final class SampleCourse {

    public static final String IRI = "https://hoctap.vn/courses/an-toan-giao-thong";

    private SampleCourse() {
    }

    /** Writes the sample files into {@code dir} (stand-in media bytes) and returns the course of that version. */
    public static CourseContent write(Path dir, int version) {
        writeImages(dir);
        writeFile(dir, "video/intro/360p.mp4", "not really a video, but bytes to package");
        writeFile(dir, "video/intro/low.mp4", "low rung stand-in");
        writeFile(dir, "video/intro/audio.m4a", "audio stand-in");
        writeFile(dir, "audio/narration-1.m4a", "narration stand-in");
        writeCaptions(dir);
        return course(version, 30, 20);
    }

    public static void writeImages(Path dir) {
        for (int i = 1; i <= 3; i++) {
            png(dir.resolve("slides/deck1/slide-" + i + "-large.png"), 640, 360, "Slide " + i);
            png(dir.resolve("slides/deck1/slide-" + i + "-small.png"), 320, 180, "Slide " + i);
        }
        png(dir.resolve("images/sign-large.png"), 400, 300, "Sign");
        png(dir.resolve("images/sign-small.png"), 200, 150, "Sign");
        png(dir.resolve("video/intro/poster.png"), 320, 180, "Poster");
    }

    public static void writeCaptions(Path dir) {
        writeFile(dir, "video/intro/captions-vi.vtt", "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nXin chào\n");
        writeFile(dir, "video/intro/captions-en.vtt", "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello\n");
    }

    /** The course; the video lasts {@code videoSeconds}, the narration of slide 1 {@code narrationSeconds}. */
    public static CourseContent course(int version, double videoSeconds, double narrationSeconds) {
        List<Block.Slide> slides = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            slides.add(new Block.Slide("slides/deck1/slide-" + i + "-large.png", "slides/deck1/slide-" + i + "-small.png",
                    LocalizedText.of("vi", "Trang " + i + ": đi bên phải", "en", "Slide " + i + ": keep right"),
                    LocalizedText.of("vi", "Ghi chú " + i, "en", "Note " + i),
                    i == 1 ? new Block.Audio("audio/narration-1.m4a", narrationSeconds) : null));
        }
        Block.QuizBlock quiz = new Block.QuizBlock("quiz", LocalizedText.of("vi", "Kiểm tra", "en", "Check"), List.of(
                new Block.Question("q1", Block.QuestionKind.SINGLE,
                        LocalizedText.of("vi", "Đèn đỏ nghĩa là gì?", "en", "What does a red light mean?"),
                        List.of(new Block.Choice("stop", LocalizedText.of("vi", "Dừng lại", "en", "Stop"), true,
                                        LocalizedText.of("en", "Yes, stop.")),
                                new Block.Choice("go", LocalizedText.of("vi", "Đi tiếp", "en", "Go"), false,
                                        LocalizedText.of("en", "No: red means stop."))),
                        1, LocalizedText.of("en", "Well done"), LocalizedText.of("en", "Look again at slide 2")),
                new Block.Question("q2", Block.QuestionKind.MULTIPLE,
                        LocalizedText.of("vi", "Cần mang gì khi đi xe máy?", "en", "What do you need on a motorbike?"),
                        List.of(new Block.Choice("helmet", LocalizedText.of("vi", "Mũ bảo hiểm", "en", "A helmet"), true, null),
                                new Block.Choice("licence", LocalizedText.of("vi", "Bằng lái", "en", "A licence"), true, null),
                                new Block.Choice("music", LocalizedText.of("vi", "Nhạc", "en", "Music"), false, null)),
                        2, null, null),
                new Block.Question("q3", Block.QuestionKind.TRUE_FALSE,
                        LocalizedText.of("vi", "Được vượt đèn vàng.", "en", "You may run a yellow light."),
                        List.of(new Block.Choice("true", LocalizedText.of("vi", "Đúng", "en", "True"), false, null),
                                new Block.Choice("false", LocalizedText.of("vi", "Sai", "en", "False"), true, null)),
                        1, null, null)),
                new BigDecimal("0.75"), false);
        LessonContent lesson1 = new LessonContent("bai-1",
                LocalizedText.of("vi", "Bài 1: Đèn giao thông", "km", "មេរៀនទី១៖ ភ្លើងស្តុប", "en", "Lesson 1: Traffic lights"),
                LocalizedText.of("vi", "Đèn và biển báo", "en", "Lights and signs"),
                List.of(new Block.SlidesBlock("slides", LocalizedText.of("vi", "Trình chiếu", "en", "Slides"), slides),
                        new Block.VideoBlock("intro-video", LocalizedText.of("vi", "Video giới thiệu", "en", "Intro video"),
                                videoSeconds, "video/intro/master.m3u8", "video/intro/360p.mp4", "video/intro/low.mp4",
                                "video/intro/audio.m4a", "video/intro/poster.png",
                                List.of(new Block.Captions("vi", "video/intro/captions-vi.vtt"),
                                        new Block.Captions("en", "video/intro/captions-en.vtt"))),
                        new Block.TextBlock("summary", LocalizedText.of("en", "Summary"),
                                LocalizedText.of("vi", "<p>Luôn <strong>đội mũ</strong>.</p>", "en", "<p>Always <strong>wear a helmet</strong>.</p>")),
                        quiz));
        LessonContent lesson2 = new LessonContent("bai-2",
                LocalizedText.of("vi", "Bài 2: Biển báo", "en", "Lesson 2: Signs"), null,
                List.of(new Block.ImageBlock("sign", LocalizedText.of("en", "A sign"), "images/sign-large.png",
                                "images/sign-small.png", LocalizedText.of("vi", "Biển dừng", "en", "A stop sign"),
                                LocalizedText.of("en", "Stop")),
                        new Block.TextBlock("more", null, LocalizedText.of("en", "<p>More soon.</p>"))));
        return new CourseContent(IRI, version,
                LocalizedText.of("vi", "An toàn giao thông" + (version > 1 ? " (bản " + version + ")" : ""),
                        "km", "សុវត្ថិភាពចរាចរណ៍", "en", "Road safety"),
                LocalizedText.of("vi", "Khoá học cho mọi người", "en", "A course for everyone"),
                List.of("vi", "km", "en"), List.of(lesson1, lesson2));
    }

    public static void png(Path file, int width, int height, String label) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d4f91));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, height / 6)));
        g.drawString(label, width / 10, height / 2);
        g.dispose();
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeFile(Path dir, String key, String text) {
        try {
            Path file = dir.resolve(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
