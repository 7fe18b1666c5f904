package vn.hoctap.packager.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.hoctap.core.error.ApiError.Violation;

class CourseStructureReaderTest {

    private static String xml(String aus) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
                  <course id="https://hoctap.vn/course/ky-nang-so">
                    <title><langstring lang="vi">Kỹ năng số</langstring></title>
                    <description><langstring lang="vi">Khóa học</langstring></description>
                  </course>
                  %s
                </courseStructure>
                """.formatted(aus);
    }

    private static String au(String id, String url, String attributes) {
        return """
                <au id="%s" %s>
                  <title><langstring lang="vi">Bài</langstring></title>
                  <description><langstring lang="vi">Mô tả</langstring></description>
                  <url>%s</url>
                </au>
                """.formatted(id, attributes, url);
    }

    private static CourseStructure read(String xml, Optional<Set<String>> files) {
        return new CourseStructureReader(Optional.of(SharedPackages.schema()))
                .read(xml.getBytes(StandardCharsets.UTF_8), files);
    }

    private static java.util.List<String> problems(String xml, Optional<Set<String>> files) {
        try {
            read(xml, files);
            throw new AssertionError("accepted");
        } catch (InvalidCoursePackageException e) {
            return e.toApiError().violations().stream().map(v -> v.path() + ": " + v.message()).toList();
        }
    }

    @Test
    void the_catapult_mastery_score_package_reads_with_its_au_attributes() throws Exception {
        Path dir = SharedPackages.catapult("catapult-masteryscore_framed");

        CourseStructure structure = read(Files.readString(dir.resolve("cmi5.xml")), Optional.of(SharedPackages.files(dir)));

        assertThat(structure.publisherId()).endsWith("geology-intro-single-au-mastery-score-framed");
        assertThat(structure.aus()).singleElement().satisfies(au -> {
            assertThat(au.moveOn()).isEqualTo(MoveOn.CompletedOrPassed);
            assertThat(au.masteryScore()).contains(new BigDecimal("0.3"));
            assertThat(au.launchMethod()).isEqualTo(LaunchMethod.OwnWindow);
            assertThat(au.url()).isEqualTo("index.html");
        });
    }

    @Test
    void the_catapult_multi_au_package_keeps_urls_with_their_own_query_and_defaults() throws Exception {
        Path dir = SharedPackages.catapult("catapult-multi_au_framed");

        CourseStructure structure = read(Files.readString(dir.resolve("cmi5.xml")), Optional.of(SharedPackages.files(dir)));

        assertThat(structure.aus()).hasSize(8);
        assertThat(structure.aus().get(0).url()).isEqualTo("index.html?pages=1&complete=launch");
        assertThat(structure.aus().get(0).launchMethod()).isEqualTo(LaunchMethod.AnyWindow);
        assertThat(structure.aus().get(7).moveOn()).isEqualTo(MoveOn.CompletedAndPassed);
    }

    @Test
    void the_specification_examples_with_blocks_objectives_and_extensions_read() throws Exception {
        Path examples = SharedPackages.shared().resolve("schemas/cmi5/examples");

        CourseStructure complex = read(Files.readString(examples.resolve("complex-cmi5.xml")), Optional.empty());

        assertThat(complex.blocks()).isNotEmpty();
        assertThat(complex.aus()).allSatisfy(au -> assertThat(au.relativeUrl()).isFalse());
        assertThat(complex.aus().stream().filter(au -> au.blockIndex().isPresent())).isNotEmpty();
    }

    @Test
    void a_relative_url_needs_a_zip_and_an_existing_file() {
        String xml = xml(au("https://hoctap.vn/au/1", "lesson/index.html", ""));

        assertThat(problems(xml, Optional.empty())).singleElement().asString().contains("needs the AU's files");
        assertThat(problems(xml, Optional.of(Set.of("cmi5.xml", "index.html")))).singleElement().asString()
                .contains("not a file of the package");
        assertThat(read(xml, Optional.of(Set.of("cmi5.xml", "lesson/index.html"))).aus()).hasSize(1);
    }

    @Test
    void ids_must_be_unique_iris_and_au_urls_must_not_carry_launch_parameters() {
        String xml = xml(au("https://hoctap.vn/au/1", "https://cdn.hoctap.vn/a.html?registration=x", "")
                + au("https://hoctap.vn/au/1", "https://cdn.hoctap.vn/b.html", "")
                + au("not-an-iri", "https://cdn.hoctap.vn/c.html", ""));

        assertThat(problems(xml, Optional.empty())).hasSize(3)
                .anyMatch(p -> p.contains("launch parameter 'registration'"))
                .anyMatch(p -> p.contains("used more than once"))
                .anyMatch(p -> p.contains("must be an IRI"));
    }

    @Test
    void a_mastery_score_with_five_decimals_is_refused_though_the_xsd_accepts_it() {
        String xml = xml(au("https://hoctap.vn/au/1", "https://cdn.hoctap.vn/a.html", "masteryScore=\"0.12345\""));

        assertThat(problems(xml, Optional.empty())).singleElement().asString().contains("at most 4 decimals");
    }

    @Test
    void the_xsd_refuses_an_unknown_move_on_and_a_missing_title() {
        String xml = xml("""
                <au id="https://hoctap.vn/au/1" moveOn="Sometimes">
                  <description><langstring>x</langstring></description>
                  <url>https://cdn.hoctap.vn/a.html</url>
                </au>""");

        assertThat(problems(xml, Optional.empty())).isNotEmpty().allMatch(p -> p.contains("CourseStructure.xsd"));
    }

    @Test
    void without_the_xsd_the_code_checks_still_refuse_an_unknown_move_on() {
        String xml = xml(au("https://hoctap.vn/au/1", "https://cdn.hoctap.vn/a.html", "moveOn=\"Sometimes\""));

        assertThatThrownBy(() -> new CourseStructureReader(Optional.empty())
                .read(xml.getBytes(StandardCharsets.UTF_8), Optional.empty()))
                .isInstanceOfSatisfying(InvalidCoursePackageException.class, e -> assertThat(e.toApiError().violations())
                        .extracting(Violation::path).containsExactly("au[id=https://hoctap.vn/au/1].moveOn"));
    }

    @Test
    void a_document_type_declaration_is_refused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\">&e;</courseStructure>";

        assertThat(problems(xml, Optional.empty())).singleElement().asString().contains("not well-formed");
    }
}
