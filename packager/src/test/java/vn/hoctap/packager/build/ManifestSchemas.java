package vn.hoctap.packager.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Assumptions;
import org.xml.sax.SAXException;

/**
 * The official XSDs in {@code ../shared/schemas}, compiled from local files only (as that folder's README says);
 * tests that use them are skipped with a message when the folder is absent. Public, in the packager's test jar,
 * for the server's black-box tests of the published packages.
 */
public final class ManifestSchemas {

    private ManifestSchemas() {
    }

    public static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/schemas").normalize();
            if (Files.isDirectory(candidate.resolve("cmi5"))) {
                return candidate;
            }
        }
        Assumptions.abort("../shared/schemas is absent: the manifest XSD validation is skipped");
        return null;
    }

    public static Schema schema(PackageFormat format) throws SAXException {
        Path root = root();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file,jar");
        List<Path> files = switch (format) {
            case CMI5 -> List.of(root.resolve("cmi5/CourseStructure.xsd"));
            case XAPI -> List.of(root.resolve("tincan/tincan.xsd"));
            case SCORM_12 -> List.of(root.resolve("scorm12/w3c-xml.xsd"), root.resolve("scorm12/imscp_rootv1p1p2.xsd"),
                    root.resolve("scorm12/adlcp_rootv1p2.xsd"));
            case SCORM_2004 -> List.of(root.resolve("scorm2004-4th/xml.xsd"),
                    root.resolve("scorm2004-4th/imscp_v1p1.xsd"), root.resolve("scorm2004-4th/adlcp_v1p3.xsd"),
                    root.resolve("scorm2004-4th/adlseq_v1p3.xsd"), root.resolve("scorm2004-4th/adlnav_v1p3.xsd"),
                    root.resolve("scorm2004-4th/imsss_v1p0.xsd"), root.resolve("scorm2004-4th/lom.xsd"));
        };
        if (format == PackageFormat.SCORM_2004) {
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                if ("http://www.w3.org/2001/xml.xsd".equals(systemId)) {
                    return new LocalInput(root.resolve("scorm2004-4th/xml.xsd"));
                }
                return null;
            });
        }
        Source[] sources = files.stream().map(p -> new StreamSource(p.toFile())).toArray(Source[]::new);
        return factory.newSchema(sources);
    }

    /** Validates; throws SAXException saying where the manifest breaks the schema. */
    public static void validate(PackageFormat format, byte[] manifest) throws SAXException, IOException {
        Validator validator = schema(format).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file,jar");
        validator.validate(new StreamSource(new ByteArrayInputStream(manifest)));
    }

    private static final class LocalInput implements org.w3c.dom.ls.LSInput {
        private final Path file;

        LocalInput(Path file) {
            this.file = file;
        }

        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public java.io.InputStream getByteStream() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        @Override public void setByteStream(java.io.InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return file.toUri().toString(); }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
