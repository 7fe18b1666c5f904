package vn.hoctap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.server.HttpClientSupport.basic;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The authoring API of the real WAR: who may do what with whose course, the 412 of a stale write (and 428
 * without If-Match), review and publication of an immutable version, withdrawal, validation errors with paths,
 * and search that ignores Vietnamese diacritics and matches Khmer.
 */
class AuthoringIT extends RealWarTest {

    private static final String PASSWORD = "mật-khẩu-đủ-dài";
    private HttpClientSupport http;

    @BeforeEach
    void users() {
        http = http();
        user("lan", "author");
        user("minh", "author");
        user("sokha", "reviewer");
    }

    private void user(String name, String role) {
        var reply = http.post("/api/admin/users", "{\"username\":\"" + name + "\",\"displayName\":\"" + name
                + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}", basic("admin", ADMIN_PASSWORD));
        assertThat(reply.status()).as(reply.body()).isIn(201, 409);
    }

    private static String[] as(String user) {
        return basic(user, user.equals("admin") ? ADMIN_PASSWORD : PASSWORD);
    }

    private static String[] as(String user, String ifMatch) {
        String[] auth = as(user);
        return new String[] {auth[0], auth[1], "If-Match", ifMatch};
    }

    private String createCourse(String owner, String titleVi, String titleKm) {
        var created = http.post("/api/courses", "{\"title\":{\"vi\":\"" + titleVi + "\",\"km\":\"" + titleKm
                + "\",\"en\":\"Course\"},\"keywords\":[{\"vi\":\"điện thoại\"}],\"tags\":[\"digital-skills\"],"
                + "\"languages\":[\"vi\",\"km\",\"en\"]}", as(owner));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.header("Location")).endsWith("/api/courses/" + created.json().get("id").asText());
        return created.json().get("id").asText();
    }

    private String addLesson(String owner, String course, String title) {
        var lesson = http.post("/api/courses/" + course + "/lessons", "{\"title\":{\"vi\":\"" + title + "\"}}", as(owner));
        assertThat(lesson.status()).as(lesson.body()).isEqualTo(201);
        return lesson.json().get("id").asText();
    }

    private static String quiz(boolean correct) {
        return "{\"type\":\"quiz\",\"title\":{\"vi\":\"Kiểm tra\"},\"masteryScore\":0.8,\"shuffle\":true,\"questions\":[{"
                + "\"kind\":\"SINGLE_CHOICE\",\"prompt\":{\"vi\":\"Tin nhắn nào là lừa đảo?\",\"km\":\"សារណាជាការបោកប្រាស់?\"},"
                + "\"points\":2,\"choices\":[{\"text\":{\"vi\":\"Trúng thưởng, bấm link\"},\"correct\":" + correct
                + ",\"feedback\":{\"vi\":\"Đúng\"}},{\"text\":{\"vi\":\"Lịch họp xã\"},\"correct\":false}]}]}";
    }

    @Test
    void only_owners_and_administrators_change_a_draft_and_reviewers_read_and_review_it() {
        String course = createCourse("lan", "Khoá của Lan", "វគ្គ");

        assertThat(http.get("/api/courses/" + course).status()).isEqualTo(401);
        assertThat(http.get("/api/courses/" + course, as("minh")).status()).isEqualTo(403);
        assertThat(http.get("/api/courses/" + course, as("sokha")).status()).isEqualTo(200);
        assertThat(http.put("/api/courses/" + course, "{\"title\":{\"vi\":\"Của Minh\"}}", as("minh", "\"1\"")).status())
                .isEqualTo(403);
        assertThat(http.put("/api/courses/" + course, "{\"title\":{\"vi\":\"Của Sokha\"}}", as("sokha", "\"1\"")).status())
                .isEqualTo(403);
        assertThat(http.post("/api/courses", "{\"title\":{\"vi\":\"x\"}}", as("sokha")).status()).isEqualTo(403);
        assertThat(http.post("/api/courses/" + course + "/lessons", "{\"title\":{\"vi\":\"x\"}}", as("minh")).status())
                .isEqualTo(403);
        var adminEdit = http.put("/api/courses/" + course, "{\"title\":{\"vi\":\"Khoá của Lan (sửa)\"}}", as("admin", "\"1\""));
        assertThat(adminEdit.status()).as(adminEdit.body()).isEqualTo(200);
        assertThat(adminEdit.header("ETag")).isEqualTo("\"2\"");

        assertThat(http.get("/api/courses", as("minh")).json().findValuesAsText("id")).doesNotContain(course);
        assertThat(http.get("/api/courses", as("sokha")).json().findValuesAsText("id")).contains(course);

        assertThat(http.postBytes("/api/courses/" + course + "/uploads", "text".getBytes(), as("minh")).status())
                .isEqualTo(403);
        assertThat(http.postBytes("/api/courses/" + course + "/uploads", "plain text".getBytes(), as("lan")).status())
                .isEqualTo(415);
        assertThat(http.post("/api/courses/" + course + "/submit", "", as("minh")).status()).isEqualTo(403);
        assertThat(http.post("/api/courses/" + course + "/submit", "", as("lan")).status()).isEqualTo(200);
        assertThat(http.post("/api/courses/" + course + "/reviews", "{\"decision\":\"APPROVE\"}", as("lan")).status())
                .isEqualTo(403);
        var changes = http.post("/api/courses/" + course + "/reviews", "{\"decision\":\"REQUEST_CHANGES\"}", as("sokha"));
        assertThat(changes.status()).isEqualTo(400);
        assertThat(changes.json().get("path").asText()).isEqualTo("comment");
        assertThat(http.post("/api/courses/" + course + "/reviews",
                "{\"decision\":\"REQUEST_CHANGES\",\"comment\":\"Thêm bài học\"}", as("sokha")).status()).isEqualTo(201);
        assertThat(http.post("/api/courses/" + course + "/versions", "", as("lan")).json().get("code").asText())
                .isEqualTo("not_approved");
        assertThat(http.post("/api/courses/" + course + "/versions", "", as("minh")).status()).isEqualTo(403);
    }

    @Test
    void of_two_authors_editing_the_same_lesson_the_stale_write_gets_412_and_a_write_without_if_match_428() {
        String course = createCourse("lan", "Khoá học chung", "វគ្គ");
        String lesson = addLesson("lan", course, "Bài 1");
        var first = http.get("/api/courses/" + course + "/lessons/" + lesson, as("lan"));
        var second = http.get("/api/courses/" + course + "/lessons/" + lesson, as("admin"));
        String etag = first.header("ETag");
        assertThat(second.header("ETag")).isEqualTo(etag);

        var won = http.put("/api/courses/" + course + "/lessons/" + lesson, "{\"title\":{\"vi\":\"Bài một\"}}", as("lan", etag));
        var lost = http.put("/api/courses/" + course + "/lessons/" + lesson, "{\"title\":{\"vi\":\"Bài 1 (admin)\"}}",
                as("admin", etag));
        var blind = http.put("/api/courses/" + course + "/lessons/" + lesson, "{\"title\":{\"vi\":\"Bài ?\"}}", as("lan"));

        assertThat(won.status()).as(won.body()).isEqualTo(200);
        assertThat(won.header("ETag")).isNotEqualTo(etag);
        assertThat(lost.status()).isEqualTo(412);
        assertThat(lost.json().get("code").asText()).isEqualTo("precondition_failed");
        assertThat(blind.status()).isEqualTo(428);
        assertThat(http.get("/api/courses/" + course + "/lessons/" + lesson, as("lan")).json().at("/title/vi").asText())
                .isEqualTo("Bài một");
        assertThat(http.delete("/api/courses/" + course, as("lan")).status()).isEqualTo(428);
    }

    @Test
    void an_approved_draft_is_published_as_an_immutable_version_and_can_be_withdrawn() {
        String course = createCourse("lan", "An toàn trên mạng", "សុវត្ថិភាព");
        String lesson = addLesson("lan", course, "Nhận biết lừa đảo");
        String empty = addLesson("lan", course, "Bài trống");
        var noAnswer = http.post("/api/courses/" + course + "/lessons/" + lesson + "/blocks", quiz(false), as("lan"));
        var missingAsset = http.post("/api/courses/" + course + "/lessons/" + lesson + "/blocks",
                "{\"type\":\"video\",\"assetId\":\"" + UUID.randomUUID() + "\"}", as("lan"));
        var html = http.post("/api/courses/" + course + "/lessons/" + lesson + "/blocks",
                "{\"type\":\"richText\",\"html\":{\"vi\":\"<p onclick='x()'>Không bấm link lạ<script>x()</script></p>\"}}",
                as("lan"));
        var test = http.post("/api/courses/" + course + "/lessons/" + lesson + "/blocks", quiz(true), as("lan"));

        assertThat(noAnswer.status()).isEqualTo(400);
        assertThat(noAnswer.json().get("path").asText()).isEqualTo("questions[0].choices");
        assertThat(missingAsset.status()).isEqualTo(422);
        assertThat(missingAsset.json().get("code").asText()).isEqualTo("asset_missing");
        assertThat(html.status()).as(html.body()).isEqualTo(201);
        assertThat(html.json().at("/content/html/vi").asText()).isEqualTo("<p>Không bấm link lạ</p>");
        assertThat(test.status()).as(test.body()).isEqualTo(201);

        http.post("/api/courses/" + course + "/submit", "", as("lan"));
        http.post("/api/courses/" + course + "/reviews", "{\"decision\":\"APPROVE\",\"comment\":\"Tốt\"}", as("sokha"));
        var emptyLesson = http.post("/api/courses/" + course + "/versions", "", as("lan"));
        assertThat(emptyLesson.status()).isEqualTo(422);
        assertThat(emptyLesson.json().get("code").asText()).isEqualTo("empty_lesson");
        assertThat(emptyLesson.json().get("path").asText()).isEqualTo("lessons[1].blocks");

        String courseTag = http.get("/api/courses/" + course, as("lan")).header("ETag");
        String emptyTag = http.get("/api/courses/" + course + "/lessons/" + empty, as("lan")).header("ETag");
        assertThat(http.delete("/api/courses/" + course + "/lessons/" + empty, as("lan", emptyTag)).status()).isEqualTo(204);
        assertThat(http.put("/api/courses/" + course, "{\"title\":{\"vi\":\"x\"}}", as("lan", courseTag)).status())
                .isEqualTo(412);
        http.post("/api/courses/" + course + "/submit", "", as("lan"));
        http.post("/api/courses/" + course + "/reviews", "{\"decision\":\"APPROVE\"}", as("sokha"));
        var published = http.post("/api/courses/" + course + "/versions", "", as("lan"));

        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().get("number").asInt()).isEqualTo(1);
        JsonNode snapshot = http.get("/api/courses/" + course + "/versions/1", as("sokha")).json();
        assertThat(snapshot.at("/title/km").asText()).isEqualTo("សុវត្ថិភាព");
        assertThat(snapshot.at("/lessons/0/blocks").findValuesAsText("type")).containsExactly("richText", "quiz");
        assertThat(snapshot.at("/lessons/0/blocks/1/questions/0/choices/0/id").asText()).isEqualTo("a");

        String blockTag = http.get("/api/courses/" + course + "/lessons/" + lesson + "/blocks/" + html.json().get("id").asText(),
                as("lan")).header("ETag");
        http.put("/api/courses/" + course + "/lessons/" + lesson + "/blocks/" + html.json().get("id").asText(),
                "{\"type\":\"richText\",\"html\":{\"vi\":\"<p>Đã sửa</p>\"}}", as("lan", blockTag));
        assertThat(http.get("/api/courses/" + course + "/versions/1", as("lan")).json()).isEqualTo(snapshot);
        var diff = http.get("/api/courses/" + course + "/diff", as("lan")).json();
        assertThat(diff.get("comparedWith").asInt()).isEqualTo(1);
        assertThat(diff.at("/lessons/0/blocks/0/change").asText()).isEqualTo("MODIFIED");

        var withdrawn = http.post("/api/courses/" + course + "/versions/1/withdrawal", "{\"reason\":\"Cập nhật\"}", as("lan"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("withdrawn").asBoolean()).isTrue();
        assertThat(http.post("/api/courses/" + course + "/versions/1/withdrawal", "{\"reason\":\"again\"}", as("lan"))
                .status()).isEqualTo(409);
        assertThat(http.get("/api/courses/" + course + "/versions", as("lan")).json().get(0).get("withdrawReason").asText())
                .isEqualTo("Cập nhật");
    }

    @Test
    void search_ignores_vietnamese_diacritics_and_matches_khmer() {
        String course = createCourse("minh", "Kỹ năng số cơ bản", "ជំនាញឌីជីថលមូលដ្ឋាន");
        String other = createCourse("minh", "Trồng lúa nước", "ដាំស្រូវ");

        assertThat(search("ky nang so")).contains(course).doesNotContain(other);
        assertThat(search("KY NANG SO CO BAN")).contains(course);
        assertThat(search("dien thoai")).contains(course, other);
        assertThat(search("ឌីជីថល")).contains(course).doesNotContain(other);
        assertThat(search("trong lua")).contains(other).doesNotContain(course);
    }

    @Test
    void the_openapi_document_describes_the_authoring_api() {
        String openapi = http.get("/openapi").body();

        assertThat(openapi).contains("/api/courses/{courseId}/versions/{number}/withdrawal",
                "/api/courses/{courseId}/lessons/{lessonId}/blocks/order", "/api/courses/{courseId}/uploads", "Stale If-Match");
    }

    private java.util.List<String> search(String query) {
        var reply = http.get("/api/courses?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), as("sokha"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().findValuesAsText("id");
    }
}
