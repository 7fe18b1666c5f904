package vn.hoctap.packager.launch;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/** Compiles the cmi5 CourseStructure.xsd from a local file, with every network access refused. */
public final class CourseStructureSchema {

    private CourseStructureSchema() {
    }

    /**
     * @param xsd the path of CourseStructure.xsd
     * @throws IllegalArgumentException when the file is missing or not a schema
     */
    public static Schema compile(Path xsd) {
        if (!Files.isRegularFile(xsd)) {
            throw new IllegalArgumentException("no CourseStructure.xsd at " + xsd);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file,jar");
            return factory.newSchema(xsd.toFile());
        } catch (SAXException e) {
            throw new IllegalArgumentException(xsd + " is not a valid XML schema: " + e.getMessage(), e);
        }
    }
}
