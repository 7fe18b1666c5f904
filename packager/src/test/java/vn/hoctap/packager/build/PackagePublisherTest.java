package vn.hoctap.packager.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.core.storage.FileSystemObjectStore;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.SignedUrlSigner;
import vn.hoctap.core.text.Digests;
import vn.hoctap.packager.SampleCourse;
import vn.hoctap.packager.content.CourseContent;
import vn.hoctap.packager.content.ObjectStorePackageFiles;

class PackagePublisherTest {

    @TempDir
    Path temp;

    @Test
    void a_package_built_from_the_object_store_is_stored_with_its_size_and_sha256() throws IOException {
        ObjectStore store = new FileSystemObjectStore(temp.resolve("objects"),
                new SignedUrlSigner(SignedUrlSigner.generateSecret(), Clock.systemUTC()), Clock.systemUTC());
        Path files = temp.resolve("files");
        CourseContent course = SampleCourse.write(files, 4);
        try (var walk = java.nio.file.Files.walk(files)) {
            for (Path file : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                try (InputStream in = java.nio.file.Files.newInputStream(file)) {
                    store.put(files.relativize(file).toString().replace('\\', '/'), in, null);
                }
            }
        }
        PackagePublisher publisher = new PackagePublisher(new PackageBuilder(new ObjectStorePackageFiles(store)), store);

        var published = publisher.publish(course, PackageFormat.SCORM_2004, PackageVariant.LOW_BANDWIDTH);

        assertThat(published.object().key()).isEqualTo(
                "packages/" + Identifiers.manifestId(course) + "/v4/an-toan-giao-thong-v4-scorm2004-low.zip");
        assertThat(published.object().sha256()).isEqualTo(published.built().sha256());
        assertThat(published.object().size()).isEqualTo(published.built().size());
        assertThat(published.object().contentType()).isEqualTo("application/zip");
        try (InputStream in = store.open(published.object().key())) {
            assertThat(Digests.sha256(in.readAllBytes())).isEqualTo(published.built().sha256());
        }
        var again = publisher.publish(course, PackageFormat.SCORM_2004, PackageVariant.LOW_BANDWIDTH);
        assertThat(again.object().sha256()).isEqualTo(published.object().sha256());

        var all = publisher.publishAll(course);
        assertThat(all).hasSize(8);
        assertThat(all).extracting(p -> p.object().key()).doesNotHaveDuplicates();
        String index;
        try (InputStream in = store.open(PackagePublisher.indexKey(course))) {
            index = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(index);
        assertThat(json.path("packages")).hasSize(8);
        var scorm2004Low = json.path("packages").get(7);
        assertThat(scorm2004Low.path("format").asText()).isEqualTo("scorm2004");
        assertThat(scorm2004Low.path("variant").asText()).isEqualTo("low");
        assertThat(scorm2004Low.path("sha256").asText()).isEqualTo(published.object().sha256());
        assertThat(scorm2004Low.path("size").asLong()).isEqualTo(published.object().size());
        assertThat(scorm2004Low.path("lessons").get(0).path("lessonId").asText()).isEqualTo("bai-1");
    }
}
