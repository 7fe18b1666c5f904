package vn.hoctap.packager.launch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import vn.hoctap.core.error.ApiError.Violation;

/**
 * Reads a cmi5 course structure ({@code cmi5.xml}, cmi5 §13) and checks it: against the CourseStructure XSD when a
 * compiled schema is given, and always with the checks the XSD cannot make (cmi5 §13-14; checklist ids): ids are
 * IRIs (201) and unique (205), AU urls are valid (206), relative only inside a zip (202) and pointing at a file of
 * the package (203), without the launch parameters in their own query string (204); moveOn, launchMethod and
 * masteryScore (0..1, at most 4 decimals) have legal values. Every problem is reported, with where it is.
 */
public final class CourseStructureReader {

    /** The namespace of cmi5 course structures. */
    public static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

    private static final Pattern IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$");
    private static final Set<String> LAUNCH_PARAMETERS = Set.of("endpoint", "fetch", "actor", "registration",
            "activityId");

    private final Optional<Schema> schema;

    /** @param schema the compiled CourseStructure.xsd, or empty to rely on the checks in code only */
    public CourseStructureReader(Optional<Schema> schema) {
        this.schema = schema;
    }

    /**
     * @param xml          the bytes of cmi5.xml
     * @param packageFiles the paths of the files of the zip the structure came in (forward slashes, no leading
     *                     slash), or empty for a structure imported on its own (its AU urls must be absolute)
     * @throws InvalidCoursePackageException listing every problem
     */
    public CourseStructure read(byte[] xml, Optional<Set<String>> packageFiles) {
        Document document = parse(xml);
        if (schema.isPresent()) {
            validate(document);
        }
        Element root = document.getDocumentElement();
        List<Violation> problems = new ArrayList<>();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"courseStructure".equals(root.getLocalName())) {
            throw new InvalidCoursePackageException("cmi5.xml", "the root element must be courseStructure in the"
                    + " namespace " + NAMESPACE);
        }
        Walk walk = new Walk(packageFiles, problems);
        Element course = child(root, "course").orElse(null);
        if (course == null) {
            throw new InvalidCoursePackageException("courseStructure", "has no course element");
        }
        String courseId = walk.id(course, "course");
        String title = text(course, "title");
        String description = text(course, "description");
        for (Element element : children(root)) {
            switch (element.getLocalName()) {
                case "objectives" -> children(element).stream().filter(e -> "objective".equals(e.getLocalName()))
                        .forEach(o -> walk.id(o, "objective"));
                case "au" -> walk.au(element, Optional.empty());
                case "block" -> walk.block(element, Optional.empty());
                default -> { }
            }
        }
        if (walk.aus.isEmpty()) {
            problems.add(new Violation("courseStructure", "has no AU"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoursePackageException(problems);
        }
        return new CourseStructure(courseId, title, description, walk.blocks, walk.aus);
    }

    private final class Walk {
        final Optional<Set<String>> files;
        final List<Violation> problems;
        final Set<String> ids = new HashSet<>();
        final List<StructureBlock> blocks = new ArrayList<>();
        final List<AssignableUnit> aus = new ArrayList<>();

        Walk(Optional<Set<String>> files, List<Violation> problems) {
            this.files = files;
            this.problems = problems;
        }

        String id(Element element, String what) {
            String id = element.getAttribute("id").strip();
            String where = what + "[id=" + id + "]";
            if (id.isEmpty()) {
                problems.add(new Violation(what, "has no id"));
            } else if (!IRI.matcher(id).matches() || !validUri(id)) {
                problems.add(new Violation(where, "the id must be an IRI (scheme:...)"));
            } else if (!ids.add(id)) {
                problems.add(new Violation(where, "the id is used more than once in the course structure"));
            }
            return id;
        }

        void block(Element element, Optional<Integer> parent) {
            String id = id(element, "block");
            int index = blocks.size();
            blocks.add(new StructureBlock(index, id, text(element, "title"), parent));
            for (Element child : children(element)) {
                if ("au".equals(child.getLocalName())) {
                    au(child, Optional.of(index));
                } else if ("block".equals(child.getLocalName())) {
                    block(child, Optional.of(index));
                }
            }
        }

        void au(Element element, Optional<Integer> block) {
            String id = id(element, "au");
            String where = "au[id=" + id + "]";
            String url = child(element, "url").map(e -> e.getTextContent().strip()).orElse("");
            MoveOn moveOn = enumValue(element, "moveOn", MoveOn.class, MoveOn.NotApplicable, where);
            LaunchMethod method = enumValue(element, "launchMethod", LaunchMethod.class, LaunchMethod.AnyWindow, where);
            Optional<BigDecimal> mastery = masteryScore(element.getAttribute("masteryScore").strip(), where);
            AssignableUnit au = new AssignableUnit(aus.size(), id, text(element, "title"), url, method, moveOn, mastery,
                    child(element, "launchParameters").map(Node::getTextContent),
                    child(element, "entitlementKey").map(Node::getTextContent),
                    Optional.of(element.getAttribute("activityType").strip()).filter(s -> !s.isEmpty()), block);
            checkUrl(au, where + ".url");
            aus.add(au);
        }

        private void checkUrl(AssignableUnit au, String where) {
            if (au.url().isEmpty()) {
                problems.add(new Violation(where, "is required"));
                return;
            }
            URI uri;
            try {
                uri = new URI(au.url());
            } catch (URISyntaxException e) {
                problems.add(new Violation(where, "is not a valid URL: " + e.getMessage()));
                return;
            }
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                    if (LAUNCH_PARAMETERS.contains(name)) {
                        problems.add(new Violation(where, "its query string must not use the launch parameter '"
                                + name + "' (the LMS adds endpoint, fetch, actor, registration and activityId)"));
                    }
                }
            }
            if (!au.relativeUrl()) {
                if (!List.of("http", "https").contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))
                        || uri.getHost() == null) {
                    problems.add(new Violation(where, "an absolute AU url must be an http(s) URL with a host"));
                }
                return;
            }
            if (files.isEmpty()) {
                problems.add(new Violation(where, "a relative url needs the AU's files: import the zip package,"
                        + " or use absolute urls in a cmi5.xml imported on its own"));
                return;
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (path.startsWith("/") || path.isEmpty() || !files.get().contains(path)) {
                problems.add(new Violation(where, "points to '" + path + "', which is not a file of the package"));
            }
        }

        private <E extends Enum<E>> E enumValue(Element element, String attribute, Class<E> type, E otherwise,
                String where) {
            String value = element.getAttribute(attribute).strip();
            if (value.isEmpty()) {
                return otherwise;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                problems.add(new Violation(where + "." + attribute, "'" + value + "' is not one of "
                        + java.util.Arrays.toString(type.getEnumConstants())));
                return otherwise;
            }
        }

        private Optional<BigDecimal> masteryScore(String value, String where) {
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                BigDecimal score = new BigDecimal(value);
                if (score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0 || score.stripTrailingZeros().scale() > 4) {
                    problems.add(new Violation(where + ".masteryScore", "must be a decimal from 0 to 1 with at most"
                            + " 4 decimals, is " + value));
                    return Optional.empty();
                }
                return Optional.of(score);
            } catch (NumberFormatException e) {
                problems.add(new Violation(where + ".masteryScore", "'" + value + "' is not a decimal"));
                return Optional.empty();
            }
        }
    }

    private static boolean validUri(String id) {
        try {
            new URI(id);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new InvalidCoursePackageException("cmi5.xml:" + e.getLineNumber() + ":" + e.getColumnNumber(),
                    "is not well-formed XML: " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new InvalidCoursePackageException("cmi5.xml", "cannot be read as XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
        }
    }

    private void validate(Document document) {
        List<Violation> problems = new ArrayList<>();
        try {
            var validator = schema.orElseThrow().newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new org.xml.sax.ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not make the structure invalid
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(new Violation("cmi5.xml", "CourseStructure.xsd: " + e.getMessage()));
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add(new Violation("cmi5.xml", "CourseStructure.xsd: " + e.getMessage()));
                }
            });
            validator.validate(new DOMSource(document));
        } catch (SAXException | IOException e) {
            problems.add(new Violation("cmi5.xml", "CourseStructure.xsd: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCoursePackageException(problems);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NAMESPACE.equals(e.getNamespaceURI())) {
                elements.add(e);
            }
        }
        return elements;
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(e -> name.equals(e.getLocalName())).findFirst();
    }

    private static String text(Element parent, String name) {
        return child(parent, name).flatMap(t -> children(t).stream().findFirst())
                .map(l -> l.getTextContent().strip().replaceAll("\\s+", " ")).orElse("");
    }
}
