package vn.hoctap.media.slides;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;

import vn.hoctap.core.text.Digests;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Encodes rendered slides ({@link ImageEncoding}), writes them, and measures them; also scales them down. */
final class SlideImageWriter {

    static final float JPEG_QUALITY = 0.82f;
    /**
     * {@link ImageEncoding#ADAPTIVE} keeps PNG while its 640 px image is at most this many times the JPEG one.
     * Above 1 because PNG compresses relatively better at 1280 px than at 640 px (on the corpus the PNG/JPEG
     * ratio at 1280 px is 0.1-0.3 lower than at 640 px), so the large images, which dominate the bytes, stay
     * about as small while more text slides stay lossless.
     */
    static final double PNG_TOLERANCE = 1.25;

    private final ImageEncoding encoding;

    SlideImageWriter(ImageEncoding encoding) {
        this.encoding = Objects.requireNonNull(encoding, "encoding");
    }

    /** The two images of one slide as written. */
    record Pair(SlideImage large, SlideImage small) {
    }

    /**
     * Writes both images of a slide as {@code directory/<baseName>1280.png|jpg} and
     * {@code <baseName>640.png|jpg} (replacing existing files), in one format chosen per slide: for
     * {@link ImageEncoding#ADAPTIVE} the small image is encoded both ways and the winner (PNG unless more than
     * {@value #PNG_TOLERANCE} times the JPEG) is used for both, so the extra encoding costs a quarter of a large
     * one.
     *
     * @throws SlideStorageException when a file cannot be written
     */
    Pair write(BufferedImage large, BufferedImage small, Path directory, String baseName) {
        byte[] smallPng = encoding == ImageEncoding.JPEG ? null : encodePng(small);
        byte[] smallJpeg = encoding == ImageEncoding.PNG ? null : encodeJpeg(small);
        boolean usePng = switch (encoding) {
            case PNG -> true;
            case JPEG -> false;
            case ADAPTIVE -> smallPng.length <= PNG_TOLERANCE * smallJpeg.length;
        };
        byte[] smallBytes = usePng ? smallPng : smallJpeg;
        byte[] largeBytes = usePng ? encodePng(large) : encodeJpeg(large);
        return new Pair(
                store(largeBytes, large, directory, baseName + RenderGeometry.LARGE_WIDTH, usePng),
                store(smallBytes, small, directory, baseName + RenderGeometry.SMALL_WIDTH, usePng));
    }

    private static SlideImage store(byte[] bytes, BufferedImage image, Path directory, String name, boolean png) {
        Path file = directory.resolve(name + (png ? ".png" : ".jpg"));
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new SlideStorageException("Cannot write the slide image " + file + ": " + e.getMessage(), e);
        }
        return new SlideImage(file, png ? "image/png" : "image/jpeg", image.getWidth(), image.getHeight(),
                bytes.length, sha256(bytes));
    }

    /**
     * {@code source} scaled to {@code width} × {@code height} pixels by repeated halving and a last bilinear
     * step, which keeps thin lines and small text legible (one bilinear step of a large reduction skips pixels).
     */
    static BufferedImage scaleTo(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = resize(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        if (current.getWidth() != width || current.getHeight() != height) {
            current = resize(current, width, height);
        }
        return current;
    }

    private static BufferedImage resize(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setBackground(Color.WHITE);
            g.clearRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    static byte[] encodePng(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("The JDK has no PNG encoder");
            }
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding in memory failed", e);
        }
        return out.toByteArray();
    }

    static byte[] encodeJpeg(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IllegalStateException("The JDK has no JPEG encoder");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            parameters.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding in memory failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        return Digests.sha256(bytes);
    }
}
