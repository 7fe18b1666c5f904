package vn.hoctap.media.slides;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the slides of an OpenDocument presentation from its {@code content.xml}: per {@code draw:page} its
 * text (paragraphs outside the notes), its speaker notes (paragraphs of the {@code presentation:notes} frame
 * of class {@code notes}) and whether its page style hides it ({@code presentation:visibility="hidden"}).
 * External entities and DTDs are disabled.
 */
final class OdpContentReader {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";

    /** Characters kept per slide text, notes or paragraph: bounds memory on a hostile (zip-bomb) content.xml. */
    private static final int MAX_CHARACTERS = 1_000_000;

    private OdpContentReader() {
    }

    static List<SlideNotes> read(Path deck) {
        if (!Files.isRegularFile(deck) || !Files.isReadable(deck)) {
            throw new SlideStorageException("Cannot read the deck " + deck + ": not a readable file.");
        }
        try (ZipFile zip = new ZipFile(deck.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
            if (manifest != null && isEncrypted(zip, manifest)) {
                throw new PasswordProtectedDeckException(
                        "The presentation is protected by a password. Upload a copy without the password.");
            }
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new CorruptDeckException("The OpenDocument presentation has no content.xml; it is damaged.");
            }
            try (InputStream in = zip.getInputStream(content)) {
                return parse(in);
            }
        } catch (SlideDeckException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new CorruptDeckException("The OpenDocument presentation is damaged or incomplete and cannot be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ").", e);
        }
    }

    private static boolean isEncrypted(ZipFile zip, ZipEntry manifest) throws IOException {
        try (InputStream in = zip.getInputStream(manifest)) {
            return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8).contains("encryption-data");
        }
    }

    private static List<SlideNotes> parse(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        try {
            return new Parser(xml).parse();
        } finally {
            xml.close();
        }
    }

    /** One pass over content.xml; automatic styles come before the body, so hidden page styles are known in time. */
    private static final class Parser {
        private final XMLStreamReader xml;
        private final Set<String> hiddenPageStyles = new HashSet<>();
        private final List<SlideNotes> slides = new ArrayList<>();

        private String currentStyle;
        private boolean inPage;
        private boolean pageHidden;
        private int notesDepth;      // > 0 inside presentation:notes
        private int notesFrameDepth; // > 0 inside its frame of class "notes"
        private int paragraphDepth;  // > 0 inside text:p or text:h
        private final StringBuilder paragraph = new StringBuilder();
        private final StringBuilder slideText = new StringBuilder();
        private final StringBuilder notesText = new StringBuilder();

        Parser(XMLStreamReader xml) {
            this.xml = xml;
        }

        List<SlideNotes> parse() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(xml.getNamespaceURI(), xml.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(xml.getNamespaceURI(), xml.getLocalName());
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && paragraphDepth > 0 && paragraph.length() < MAX_CHARACTERS) {
                    paragraph.append(xml.getText());
                }
            }
            return slides;
        }

        private void start(String ns, String name) {
            if (STYLE.equals(ns) && "style".equals(name)) {
                currentStyle = xml.getAttributeValue(STYLE, "name");
            } else if (STYLE.equals(ns) && "drawing-page-properties".equals(name) && currentStyle != null
                    && "hidden".equals(xml.getAttributeValue(PRESENTATION, "visibility"))) {
                hiddenPageStyles.add(currentStyle);
            } else if (DRAW.equals(ns) && "page".equals(name) && !inPage) {
                inPage = true;
                String style = xml.getAttributeValue(DRAW, "style-name");
                pageHidden = style != null && hiddenPageStyles.contains(style);
                slideText.setLength(0);
                notesText.setLength(0);
            } else if (PRESENTATION.equals(ns) && "notes".equals(name) && inPage) {
                notesDepth++;
            } else if (notesDepth > 0 && DRAW.equals(ns) && "frame".equals(name)) {
                if (notesFrameDepth > 0 || "notes".equals(xml.getAttributeValue(PRESENTATION, "class"))) {
                    notesFrameDepth++;
                }
            } else if (TEXT.equals(ns) && ("p".equals(name) || "h".equals(name)) && inPage) {
                if (paragraphDepth++ == 0) {
                    paragraph.setLength(0);
                }
            } else if (TEXT.equals(ns) && paragraphDepth > 0) {
                switch (name) {
                    case "s" -> paragraph.append(" ".repeat(spaceCount()));
                    case "tab" -> paragraph.append('\t');
                    case "line-break" -> paragraph.append('\n');
                    default -> { }
                }
            }
        }

        private void end(String ns, String name) {
            if (STYLE.equals(ns) && "style".equals(name)) {
                currentStyle = null;
            } else if (DRAW.equals(ns) && "page".equals(name) && inPage && notesDepth == 0) {
                inPage = false;
                slides.add(new SlideNotes(slides.size() + 1, pageHidden,
                        SlideText.normalize(slideText.toString()), SlideText.normalize(notesText.toString())));
            } else if (PRESENTATION.equals(ns) && "notes".equals(name) && notesDepth > 0) {
                notesDepth--;
            } else if (notesDepth > 0 && DRAW.equals(ns) && "frame".equals(name) && notesFrameDepth > 0) {
                notesFrameDepth--;
            } else if (TEXT.equals(ns) && ("p".equals(name) || "h".equals(name)) && paragraphDepth > 0) {
                if (--paragraphDepth == 0) {
                    if (notesDepth == 0) {
                        appendBounded(slideText, paragraph);
                    } else if (notesFrameDepth > 0) {
                        appendBounded(notesText, paragraph);
                    }
                }
            } else if (OFFICE.equals(ns) && "presentation".equals(name)) {
                inPage = false;
            }
        }

        private static void appendBounded(StringBuilder target, CharSequence paragraph) {
            if (target.length() < MAX_CHARACTERS) {
                target.append(paragraph).append('\n');
            }
        }

        private int spaceCount() {
            String count = xml.getAttributeValue(TEXT, "c");
            try {
                return count == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(count)));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
