package vn.hoctap.samples.video;

import vn.hoctap.samples.SampleGenerationException;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the pictures of the sample course with Java 2D: the video's scenes (a heading, a line, the progress
 * through the video) and the course cover (the title in each language). 1280 x 720 PNG, text in Noto Sans and,
 * for Khmer, Noto Sans Khmer (Java's layout shapes Khmer when the font has the script). Nothing random, no
 * clock: the same input gives the same pixels on the same JDK and fonts.
 */
public final class SceneRenderer {

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;

    private static final Color DEEP = new Color(0x0b5394);
    private static final Color OCEAN = new Color(0x073763);
    private static final Color SUN = new Color(0xffe599);
    private static final String LATIN = "Noto Sans";
    private static final String KHMER = "Noto Sans Khmer";

    /**
     * One scene of a video.
     *
     * @param footer small text at the bottom (course and lesson)
     * @param index  which scene this is (0-based), drawn as the highlighted dot of {@code count}
     */
    public void scene(String heading, String line, String footer, int index, int count, Path target) {
        BufferedImage image = canvas();
        Graphics2D g = graphics(image);
        try {
            background(g);
            List<String> headingLines = wrap(g, font(LATIN, Font.BOLD, 64), heading, WIDTH - 160);
            List<String> lineLines = line == null ? List.of() : wrap(g, font(LATIN, Font.PLAIN, 40), line, WIDTH - 200);
            int blockHeight = headingLines.size() * 84 + (lineLines.isEmpty() ? 0 : 40 + lineLines.size() * 56);
            int y = (HEIGHT - blockHeight) / 2 - 20;
            g.setColor(Color.WHITE);
            y = centred(g, font(LATIN, Font.BOLD, 64), headingLines, y, 84);
            g.setColor(SUN);
            g.fillRect(WIDTH / 2 - 60, y + 26, 120, 6);
            centred(g, font(LATIN, Font.PLAIN, 40), lineLines, y + 50, 56);
            g.setColor(new Color(255, 255, 255, 200));
            centred(g, font(LATIN, Font.PLAIN, 24), List.of(footer), HEIGHT - 100, 30);
            int dots = count * 28;
            for (int i = 0; i < count; i++) {
                g.setColor(i == index ? SUN : new Color(255, 255, 255, 90));
                g.fillOval(WIDTH / 2 - dots / 2 + i * 28 + 6, HEIGHT - 36, 14, 14);
            }
        } finally {
            g.dispose();
        }
        write(image, target);
    }

    /**
     * The course cover: the title in the course's language large, the other titles under it (Khmer in the Khmer
     * font), a tag line at the bottom.
     */
    public void cover(String title, List<String> otherTitles, List<Boolean> khmer, String tagLine, Path target) {
        BufferedImage image = canvas();
        Graphics2D g = graphics(image);
        try {
            background(g);
            g.setColor(SUN);
            g.fillRoundRect(90, 120, 16, 300, 8, 8);
            g.setColor(Color.WHITE);
            int y = left(g, font(LATIN, Font.BOLD, 80), wrap(g, font(LATIN, Font.BOLD, 80), title, WIDTH - 260),
                    140, 96);
            for (int i = 0; i < otherTitles.size(); i++) {
                Font f = font(khmer.get(i) ? KHMER : LATIN, Font.PLAIN, 44);
                g.setColor(i == 0 ? SUN : new Color(255, 255, 255, 220));
                y = left(g, f, List.of(otherTitles.get(i)), y + 20, 64);
            }
            g.setColor(new Color(255, 255, 255, 200));
            left(g, font(LATIN, Font.PLAIN, 28), List.of(tagLine), HEIGHT - 110, 36);
        } finally {
            g.dispose();
        }
        write(image, target);
    }

    private static BufferedImage canvas() {
        return new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    private static void background(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, DEEP, WIDTH, HEIGHT, OCEAN));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(255, 255, 255, 18));
        g.fillOval(WIDTH - 420, -180, 640, 640);
        g.fillOval(-200, HEIGHT - 260, 480, 480);
    }

    private static Font font(String family, int style, int size) {
        Font font = new Font(family, style, size);
        if (!font.getFamily().equals(family)) {
            throw new SampleGenerationException("font " + family + " is not installed: install the Debian package "
                    + (family.contains("Khmer") ? "fonts-noto-core (Noto Sans Khmer)" : "fonts-noto-core"));
        }
        return font;
    }

    private static int centred(Graphics2D g, Font font, List<String> lines, int top, int lineHeight) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int y = top;
        for (String line : lines) {
            y += lineHeight;
            g.drawString(line, (WIDTH - metrics.stringWidth(line)) / 2, y - (lineHeight - metrics.getAscent()) / 2);
        }
        return y;
    }

    private static int left(Graphics2D g, Font font, List<String> lines, int top, int lineHeight) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int y = top;
        for (String line : lines) {
            y += lineHeight;
            g.drawString(line, 140, y - (lineHeight - metrics.getAscent()) / 2);
        }
        return y;
    }

    /** Breaks {@code text} at spaces into lines no wider than {@code width}. */
    static List<String> wrap(Graphics2D g, Font font, String text, int width) {
        FontMetrics metrics = g.getFontMetrics(font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void write(BufferedImage image, Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            if (!ImageIO.write(image, "png", target.toFile())) {
                throw new SampleGenerationException("no PNG writer in this JDK");
            }
        } catch (IOException e) {
            throw new SampleGenerationException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
