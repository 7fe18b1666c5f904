package vn.hoctap.packager.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.hoctap.core.text.Digests;
import vn.hoctap.packager.SampleCourse;
import vn.hoctap.packager.content.CourseContent;
import vn.hoctap.packager.content.DirectoryPackageFiles;

class PackageBuilderTest {

    @TempDir
    Path media;

    private byte[] build(CourseContent course, PackageFormat format, PackageVariant variant) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BuiltPackage built = new PackageBuilder(new DirectoryPackageFiles(media)).write(course, format, variant, out);
        assertEquals(out.size(), built.size());
        assertEquals(Digests.sha256(out.toByteArray()), built.sha256());
        return out.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @ParameterizedTest
    @EnumSource(PackageFormat.class)
    void every_manifest_validates_against_the_official_schema(PackageFormat format) throws Exception {
        CourseContent course = SampleCourse.write(media, 1);
        for (PackageVariant variant : PackageVariant.values()) {
            byte[] manifest = unzip(build(course, format, variant)).get(format.manifestName());
            ManifestSchemas.validate(format, manifest);
        }
    }

    @ParameterizedTest
    @EnumSource(PackageFormat.class)
    void the_same_content_gives_identical_bytes(PackageFormat format) {
        CourseContent course = SampleCourse.write(media, 1);
        byte[] first = build(course, format, PackageVariant.FULL);
        byte[] second = build(SampleCourse.course(1, 30, 20), format, PackageVariant.FULL);
        assertArrayEquals(first, second);
    }

    @Test
    void entries_are_sorted_and_carry_the_fixed_timestamp() throws IOException {
        CourseContent course = SampleCourse.write(media, 1);
        byte[] zip = build(course, PackageFormat.CMI5, PackageVariant.FULL);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
                assertEquals(LocalDateTime.of(2020, 1, 1, 0, 0), entry.getTimeLocal(), entry.getName());
            }
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        assertTrue(names.containsAll(List.of("cmi5.xml", "index.html", "player/course-data.js", "player/js/cmi5.js",
                "media/slides/deck1/slide-1-large.png", "media/video/intro/360p.mp4", "media/video/intro/captions-vi.vtt")));
        assertFalse(names.contains("media/video/intro/master.m3u8"), "HLS is for streaming, not for packages");
    }

    @ParameterizedTest
    @EnumSource(PackageVariant.class)
    void the_build_reports_each_file_with_the_hash_and_size_of_what_the_zip_holds(PackageVariant variant)
            throws IOException {
        CourseContent course = SampleCourse.write(media, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BuiltPackage built = new PackageBuilder(new DirectoryPackageFiles(media))
                .write(course, PackageFormat.CMI5, variant, out);
        Map<String, byte[]> unzipped = unzip(out.toByteArray());

        assertEquals(List.copyOf(unzipped.keySet()), built.entries());
        for (PackageFile file : built.files()) {
            byte[] content = unzipped.get(file.path());
            assertEquals(Digests.sha256(content), file.sha256(), file.path());
            assertEquals(content.length, file.size(), file.path());
        }
    }

    @Test
    void identifiers_stay_the_same_in_a_new_version() throws IOException {
        CourseContent v1 = SampleCourse.write(media, 1);
        CourseContent v2 = SampleCourse.course(2, 30, 20);
        for (PackageFormat format : PackageFormat.values()) {
            String first = new String(unzip(build(v1, format, PackageVariant.FULL)).get(format.manifestName()),
                    StandardCharsets.UTF_8);
            String second = new String(unzip(build(v2, format, PackageVariant.FULL)).get(format.manifestName()),
                    StandardCharsets.UTF_8);
            assertNotEquals(first, second, format + ": the title changed");
            assertEquals(identifiers(first), identifiers(second), format.slug());
        }
        String manifest = new String(unzip(build(v1, PackageFormat.CMI5, PackageVariant.FULL)).get("cmi5.xml"),
                StandardCharsets.UTF_8);
        assertTrue(manifest.contains("<au id=\"" + SampleCourse.IRI + "/lessons/bai-1\""), manifest);
        assertTrue(manifest.contains("masteryScore=\"0.75\""), manifest);
        assertTrue(manifest.contains("moveOn=\"CompletedAndPassed\""), manifest);
        assertTrue(manifest.contains("<url>index.html?lesson=bai-2</url>"), manifest);
    }

    private static List<String> identifiers(String manifest) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\\b(id|identifier|identifierref|objectiveID)=\"([^\"]*)\"").matcher(manifest);
        while (m.find()) {
            ids.add(m.group(1) + "=" + m.group(2));
        }
        return ids;
    }

    @Test
    void the_low_bandwidth_variant_carries_small_images_and_the_lowest_rung() throws IOException {
        CourseContent course = SampleCourse.write(media, 1);
        Map<String, byte[]> low = unzip(build(course, PackageFormat.SCORM_12, PackageVariant.LOW_BANDWIDTH));
        assertTrue(low.containsKey("media/slides/deck1/slide-1-small.png"));
        assertFalse(low.containsKey("media/slides/deck1/slide-1-large.png"));
        assertTrue(low.containsKey("media/video/intro/low.mp4"));
        assertFalse(low.containsKey("media/video/intro/360p.mp4"));
        String data = new String(low.get("player/course-data.js"), StandardCharsets.UTF_8);
        assertTrue(data.contains("\"src\":\"media/video/intro/low.mp4\""), data);
        assertTrue(data.contains("\"format\":\"scorm12\""), data);
        String manifest = new String(low.get("imsmanifest.xml"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("<file href=\"media/video/intro/low.mp4\"/>"), manifest);
    }

    @Test
    void slides_without_narration_have_a_budget_counted_in_one_language_as_a_learner_pages_through_them()
            throws IOException {
        SampleCourse.write(media, 1);
        CourseContent course = SampleCourse.course(1, 30, 20);
        var lesson = course.lessons().get(0);
        var deck = (vn.hoctap.packager.content.Block.SlidesBlock) lesson.blocks().get(0);
        List<vn.hoctap.packager.content.Block.Slide> silent = deck.slides().stream()
                .map(slide -> new vn.hoctap.packager.content.Block.Slide(slide.largeImage(), slide.smallImage(), slide.text(),
                        slide.notes(), null)).toList();
        var vietnamese = new vn.hoctap.packager.content.Block.SlidesBlock("deck-vi", deck.title(), "vi", silent);
        var english = new vn.hoctap.packager.content.Block.SlidesBlock("deck-en", deck.title(), "en", silent.subList(0, 2));
        var everyone = new vn.hoctap.packager.content.Block.SlidesBlock("deck-all", deck.title(), null, deck.slides());
        var changed = new CourseContent(course.courseIri(), 1, course.title(), course.description(), course.languages(),
                List.of(new vn.hoctap.packager.content.LessonContent(lesson.id(), lesson.title(), lesson.description(),
                        List.of(vietnamese, english, everyone))));

        var size = new PackageBuilder(new DirectoryPackageFiles(media))
                .sizeCheck(changed, PackageVariant.LOW_BANDWIDTH).lessons().get(0);

        // the 3 silent Vietnamese slides (more than the 2 English ones) at 30 s, plus the shared deck: slide 1
        // narrated for 20 s, slides 2 and 3 silent
        assertEquals(3 * 30 + 20 + 2 * 30, size.slideSeconds(), 0.001);
        assertEquals(Math.round(170 / 600.0 * 5_000_000), size.budgetBytes());
        assertTrue(size.withinBudget());
    }

    @Test
    void the_low_bandwidth_variant_falls_back_to_audio_only_without_a_lowest_rung_video() throws IOException {
        SampleCourse.write(media, 1);
        CourseContent course = SampleCourse.course(1, 30, 20);
        var lesson = course.lessons().get(0);
        var video = (vn.hoctap.packager.content.Block.VideoBlock) lesson.blocks().get(1);
        var audioOnly = new vn.hoctap.packager.content.Block.VideoBlock(video.id(), video.title(), video.durationSeconds(),
                null, video.mp4(), null, video.audioOnly(), video.poster(), video.captions());
        var blocks = new ArrayList<>(lesson.blocks());
        blocks.set(1, audioOnly);
        var changed = new CourseContent(course.courseIri(), 1, course.title(), course.description(), course.languages(),
                List.of(new vn.hoctap.packager.content.LessonContent(lesson.id(), lesson.title(), lesson.description(), blocks),
                        course.lessons().get(1)));
        String data = new String(unzip(build(changed, PackageFormat.CMI5, PackageVariant.LOW_BANDWIDTH))
                .get("player/course-data.js"), StandardCharsets.UTF_8);
        assertTrue(data.contains("\"src\":\"media/video/intro/audio.m4a\",\"mimeType\":\"audio/mp4\""), data);
    }

    @Test
    void the_player_data_names_the_language_of_each_deck_and_null_for_a_deck_shown_in_every_language()
            throws IOException {
        SampleCourse.writeImages(media);
        String tagged = new String(unzip(build(SampleCourse.courseWithADeckPerLanguage(), PackageFormat.XAPI,
                PackageVariant.FULL)).get("player/course-data.js"), StandardCharsets.UTF_8);
        assertTrue(tagged.contains("\"id\":\"deck-vi\",") && tagged.contains("\"type\":\"slides\",\"language\":\"vi\","), tagged);
        assertTrue(tagged.contains("\"id\":\"deck-km\",") && tagged.contains("\"type\":\"slides\",\"language\":\"km\","), tagged);
        SampleCourse.write(media, 1);
        String untagged = new String(unzip(build(SampleCourse.course(1, 30, 20), PackageFormat.XAPI,
                PackageVariant.FULL)).get("player/course-data.js"), StandardCharsets.UTF_8);
        assertTrue(untagged.contains("\"type\":\"slides\",\"language\":null,"), untagged);
    }

    @Test
    void the_player_makes_no_request_outside_the_package() {
        for (String file : PlayerAssets.FILES) {
            String text = new String(PlayerAssets.read(file), StandardCharsets.UTF_8);
            assertFalse(Pattern.compile("(src|href)\\s*=\\s*[\"']?(https?:)?//").matcher(text).find(), file);
            assertFalse(text.contains("@import"), file);
            assertFalse(Pattern.compile("url\\(\\s*['\"]?(https?:)?//").matcher(text).find(), file);
        }
    }

    @Test
    void the_file_name_names_course_version_format_and_variant() {
        CourseContent course = SampleCourse.course(3, 30, 20);
        assertEquals("an-toan-giao-thong-v3-scorm2004-low.zip",
                PackageBuilder.fileName(course, PackageFormat.SCORM_2004, PackageVariant.LOW_BANDWIDTH));
        assertEquals("an-toan-giao-thong-v3-cmi5.zip",
                PackageBuilder.fileName(course, PackageFormat.CMI5, PackageVariant.FULL));
    }
}
