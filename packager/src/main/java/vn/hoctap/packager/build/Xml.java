package vn.hoctap.packager.build;

/**
 * A small writer of indented XML text: manifests are written as text so that the bytes depend on nothing but the
 * content (no transformer settings, no platform line separator).
 */
final class Xml {

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private int depth;
    private boolean openTag;

    /** Opens an element; attributes are name/value pairs, a {@code null} value leaves the attribute out. */
    Xml open(String name, String... attributes) {
        closeOpenTag();
        indent();
        out.append('<').append(name);
        attributes(attributes);
        openTag = true;
        depth++;
        return this;
    }

    /** Closes the element opened last with {@link #open}. */
    Xml close(String name) {
        depth--;
        if (openTag) {
            out.append("/>\n");
            openTag = false;
        } else {
            indent();
            out.append("</").append(name).append(">\n");
        }
        return this;
    }

    /** An element with text content (escaped) and attributes. */
    Xml text(String name, String text, String... attributes) {
        closeOpenTag();
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append('>').append(escape(text)).append("</").append(name).append(">\n");
        return this;
    }

    /** An empty element. */
    Xml empty(String name, String... attributes) {
        closeOpenTag();
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    private void closeOpenTag() {
        if (openTag) {
            out.append(">\n");
            openTag = false;
        }
    }

    private void indent() {
        out.append("  ".repeat(depth));
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\r' -> escaped.append("&#13;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        continue; // not allowed in XML 1.0
                    }
                    escaped.append(c);
                }
            }
        }
        return escaped.toString();
    }
}
