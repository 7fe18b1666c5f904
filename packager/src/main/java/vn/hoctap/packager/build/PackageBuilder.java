package vn.hoctap.packager.build;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.hoctap.packager.content.Block;
import vn.hoctap.packager.content.CourseContent;
import vn.hoctap.packager.content.CourseContentValidator;
import vn.hoctap.packager.content.LessonContent;
import vn.hoctap.packager.content.PackageFiles;

/**
 * Builds the package of a course version in one format and variant, as a deterministic zip: the same content and
 * files give the same bytes (entries sorted by path, fixed timestamps, see {@link DeterministicZip}).
 *
 * <p>A package holds the manifest at its root, the player ({@link PlayerAssets}: {@code index.html} and
 * {@code player/}), the generated {@code player/course-data.js} and the media under {@code media/}.
 *
 * <p>Thread-safe: each call writes its own zip.
 */
public final class PackageBuilder {

    private final PackageFiles files;

    public PackageBuilder(PackageFiles files) {
        this.files = Objects.requireNonNull(files, "files");
    }

    /**
     * Validates the course, then writes its package to {@code out} (not closed).
     *
     * @throws vn.hoctap.packager.content.InvalidCourseContentException   if the content breaks a rule
     * @throws vn.hoctap.packager.content.MissingPackageFileException      if a file cannot be read
     * @throws PackageWriteException                                       if {@code out} fails
     */
    public BuiltPackage write(CourseContent course, PackageFormat format, PackageVariant variant, OutputStream out) {
        CourseContentValidator.validate(course);
        PackageContents contents = new PackageContents(course, variant);

        TreeMap<String, DeterministicZip.Source> entries = new TreeMap<>();
        TreeSet<String> playerFiles = new TreeSet<>(PlayerAssets.FILES);
        playerFiles.add(PlayerAssets.COURSE_DATA);
        for (String file : PlayerAssets.FILES) {
            byte[] bytes = PlayerAssets.read(file);
            entries.put(file, () -> new ByteArrayInputStream(bytes));
        }
        byte[] data = PlayerData.script(course, format, variant, contents);
        entries.put(PlayerAssets.COURSE_DATA, () -> new ByteArrayInputStream(data));
        byte[] manifest = Manifests.write(format, course, contents, playerFiles).getBytes(StandardCharsets.UTF_8);
        entries.put(format.manifestName(), () -> new ByteArrayInputStream(manifest));
        contents.keysByPath().forEach((path, key) -> entries.put(path, () -> files.open(key)));

        MessageDigest sha256 = PackageFile.newDigest();
        CountingOutputStream counting = new CountingOutputStream(out);
        List<PackageFile> written = new ArrayList<>();
        try (DeterministicZip zip = new DeterministicZip(new NonClosing(new DigestOutputStream(counting, sha256)))) {
            for (var entry : entries.entrySet()) {
                written.add(zip.add(entry.getKey(), entry.getValue()));
            }
        } catch (IOException e) {
            throw new PackageWriteException("the " + format.slug() + " package of " + course.courseIri()
                    + " could not be written: " + e.getMessage(), e);
        }
        return new BuiltPackage(format, variant, fileName(course, format, variant), counting.count,
                HexFormat.of().formatHex(sha256.digest()), written, sizeCheck(course, contents));
    }

    /** The size check of a course's media in a variant, without writing a package. */
    public LowBandwidthBudget.SizeCheck sizeCheck(CourseContent course, PackageVariant variant) {
        CourseContentValidator.validate(course);
        return sizeCheck(course, new PackageContents(course, variant));
    }

    private LowBandwidthBudget.SizeCheck sizeCheck(CourseContent course, PackageContents contents) {
        List<LowBandwidthBudget.LessonSize> lessons = new ArrayList<>();
        for (LessonContent lesson : course.lessons()) {
            long bytes = 0;
            for (String path : contents.lessonFiles(lesson)) {
                bytes += files.size(contents.keysByPath().get(path));
            }
            double video = 0;
            double everyLanguage = 0;
            java.util.Map<String, Double> byLanguage = new java.util.HashMap<>();
            for (Block block : lesson.blocks()) {
                if (block instanceof Block.VideoBlock v) {
                    video += v.durationSeconds();
                } else if (block instanceof Block.SlidesBlock slides) {
                    double seconds = 0;
                    for (Block.Slide slide : slides.slides()) {
                        seconds += slide.narration() == null ? LowBandwidthBudget.SECONDS_PER_SLIDE_WITHOUT_NARRATION
                                : slide.narration().durationSeconds();
                    }
                    if (slides.language() == null) {
                        everyLanguage += seconds;
                    } else {
                        byLanguage.merge(slides.language(), seconds, Double::sum);
                    }
                }
            }
            double slideSeconds = everyLanguage + byLanguage.values().stream().mapToDouble(d -> d).max().orElse(0);
            lessons.add(new LowBandwidthBudget.LessonSize(lesson.id(), bytes, video, slideSeconds,
                    LowBandwidthBudget.budget(video, slideSeconds)));
        }
        return new LowBandwidthBudget.SizeCheck(lessons);
    }

    /** {@code <last segment of the course IRI>-v<version>-<format>[-low].zip}, lower case. */
    static String fileName(CourseContent course, PackageFormat format, PackageVariant variant) {
        String iri = course.courseIri();
        String name = iri.substring(iri.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        if (name.isBlank() || name.equals("-")) {
            name = "course";
        }
        return name + "-v" + course.version() + "-" + format.slug() + variant.fileSuffix() + ".zip";
    }

    private static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Keeps the caller's stream open when the zip is closed (the zip's end is still flushed). */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
