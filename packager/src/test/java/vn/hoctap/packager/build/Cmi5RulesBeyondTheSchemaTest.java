package vn.hoctap.packager.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.hoctap.packager.SampleCourse;
import vn.hoctap.packager.content.CourseContent;
import vn.hoctap.packager.content.DirectoryPackageFiles;

/** The cmi5 import checks that CourseStructure.xsd cannot express (requirements 201-206), on our own package. */
class Cmi5RulesBeyondTheSchemaTest {

    @TempDir
    Path media;

    @Test
    void ids_are_unique_iris_and_au_urls_are_relative_files_of_the_zip_without_reserved_parameters() throws Exception {
        CourseContent course = SampleCourse.write(media, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageBuilder(new DirectoryPackageFiles(media)).write(course, PackageFormat.CMI5, PackageVariant.FULL, out);
        Map<String, byte[]> entries = PackageBuilderTest.unzip(out.toByteArray());

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document manifest = factory.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("cmi5.xml")));
        Set<String> ids = new HashSet<>();
        for (String element : new String[] {"course", "au", "block", "objective"}) {
            NodeList nodes = manifest.getElementsByTagNameNS(Manifests.CMI5_NS, element);
            for (int i = 0; i < nodes.getLength(); i++) {
                String id = ((Element) nodes.item(i)).getAttribute("id");
                if (id.isEmpty()) {
                    continue;
                }
                assertThat(URI.create(id).isAbsolute()).as(id).isTrue();
                assertThat(ids.add(id)).as("unique " + id).isTrue();
            }
        }
        NodeList urls = manifest.getElementsByTagNameNS(Manifests.CMI5_NS, "url");
        assertThat(urls.getLength()).isEqualTo(course.lessons().size());
        for (int i = 0; i < urls.getLength(); i++) {
            URI url = URI.create(urls.item(i).getTextContent());
            assertThat(url.isAbsolute()).isFalse();
            assertThat(entries).containsKey(url.getPath());
            for (String reserved : new String[] {"endpoint", "fetch", "actor", "registration", "activityId"}) {
                assertThat(url.getQuery()).doesNotContain(reserved + "=");
            }
        }
    }
}
