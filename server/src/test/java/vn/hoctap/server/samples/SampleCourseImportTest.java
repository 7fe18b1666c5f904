package vn.hoctap.server.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.hoctap.authoring.block.BlockContent;
import vn.hoctap.authoring.course.CourseDetails;
import vn.hoctap.authoring.quiz.QuestionKind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample outline, mapped as the loader maps it (cover included), breaks none of the authoring rules. */
class SampleCourseImportTest {

    private static final Path OUTLINE = Path.of("../samples/course/outline.json");

    @Test
    void the_sample_outline_maps_to_course_details_and_blocks_the_authoring_rules_accept() throws IOException {
        JsonNode course = new ObjectMapper().readTree(OUTLINE.toFile());
        Map<String, UUID> ready = new HashMap<>();
        List<BlockContent> blocks = new ArrayList<>();
        for (JsonNode lesson : course.path("lessons")) {
            for (JsonNode block : lesson.path("blocks")) {
                String file = block.path("file").asText();
                for (String name : List.of(file + ".vi.pptx", file + ".km.pptx", file + ".en.pptx", file + ".mp4",
                        file + ".vi.vtt")) {
                    ready.put(name, UUID.randomUUID());
                }
                blocks.addAll(SampleCourseImport.blocks(block, course, ready));
            }
        }

        UUID cover = UUID.randomUUID();
        ready.put(course.path("cover").path("file").asText(), cover);

        CourseDetails details = SampleCourseImport.details(course, ready);

        assertThat(details.violations()).isEmpty();
        assertThat(details.tags()).contains(SampleCourseImport.MARKER_TAG);
        assertThat(details.title().in("km")).contains("ជំនាញឌីជីថលមូលដ្ឋាន");
        assertThat(details.coverImageAssetId()).isEqualTo(cover);
        assertThat(blocks).allSatisfy(b -> assertThat(b.violations()).as(b.toString()).isEmpty());
        assertThat(blocks).filteredOn(b -> b instanceof BlockContent.Slides).hasSize(9)
                .extracting(b -> ((BlockContent.Slides) b).language()).containsOnly("vi", "km", "en");
        BlockContent.Video video = (BlockContent.Video) blocks.stream().filter(b -> b instanceof BlockContent.Video)
                .findFirst().orElseThrow();
        assertThat(video.captions()).as("captions live in the video asset's manifest, not as caption assets").isEmpty();
        assertThat(blocks).filteredOn(b -> b instanceof BlockContent.Quiz)
                .flatExtracting(b -> ((BlockContent.Quiz) b).questions())
                .extracting(q -> q.kind())
                .containsExactly(QuestionKind.SINGLE_CHOICE, QuestionKind.TRUE_FALSE, QuestionKind.MULTIPLE_CHOICE,
                        QuestionKind.SINGLE_CHOICE, QuestionKind.TRUE_FALSE, QuestionKind.MULTIPLE_CHOICE);
    }
}
