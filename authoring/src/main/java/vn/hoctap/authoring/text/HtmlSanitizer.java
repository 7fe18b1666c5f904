package vn.hoctap.authoring.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reduces author HTML to a small, safe subset that every player and every LMS can show as it is: paragraphs,
 * line breaks, headings (h2 to h4), emphasis, lists, quotes, code and links to {@code http}, {@code https} or
 * {@code mailto}. Anything else is removed: unknown elements lose their tags but keep their text; scripts,
 * styles, frames, embedded objects and forms lose their content too; every attribute except a link's
 * {@code href} and {@code title} is dropped; comments and processing instructions vanish. The result is
 * well-formed (every element closed, text and attributes escaped), so sanitising it again changes nothing.
 *
 * <p>Written for this project (ADR 14): the allow-list is small enough that a hand-written tokenizer is easier to
 * audit than a general HTML library's policy.
 */
public final class HtmlSanitizer {

    private static final Set<String> ALLOWED = Set.of("p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup",
            "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a", "code", "pre");
    private static final Set<String> VOID = Set.of("br");
    private static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "style", "iframe", "object", "embed",
            "template", "noscript", "svg", "math", "textarea", "select", "head", "title", "xmp", "noembed",
            "noframes", "frameset", "frame", "applet", "form", "button", "audio", "video", "canvas");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00A0");

    private HtmlSanitizer() {
    }

    /** The safe form of {@code html}; {@code null} gives {@code ""}. */
    public static String sanitize(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return new Run(html).sanitize();
    }

    /** The text of sanitised HTML without its tags, for search. */
    public static String plainText(String html) {
        String safe = sanitize(html);
        StringBuilder text = new StringBuilder();
        boolean inTag = false;
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            if (c == '<') {
                inTag = true;
                text.append(' ');
            } else if (c == '>') {
                inTag = false;
            } else if (!inTag) {
                text.append(c);
            }
        }
        return decodeEntities(text.toString()).strip();
    }

    private static final class Run {
        private final String in;
        private final StringBuilder out = new StringBuilder();
        private final Deque<String> open = new ArrayDeque<>();
        private int pos;

        Run(String in) {
            this.in = in;
        }

        String sanitize() {
            while (pos < in.length()) {
                int lt = in.indexOf('<', pos);
                if (lt < 0) {
                    text(in.substring(pos));
                    break;
                }
                text(in.substring(pos, lt));
                pos = lt;
                markup();
            }
            while (!open.isEmpty()) {
                out.append("</").append(open.pop()).append('>');
            }
            return out.toString();
        }

        private void text(String raw) {
            out.append(escape(decodeEntities(raw)));
        }

        private void markup() {
            if (in.startsWith("<!--", pos)) {
                int end = in.indexOf("-->", pos + 4);
                pos = end < 0 ? in.length() : end + 3;
            } else if (in.startsWith("<!", pos) || in.startsWith("<?", pos)) {
                int end = in.indexOf('>', pos);
                pos = end < 0 ? in.length() : end + 1;
            } else if (in.startsWith("</", pos) && pos + 2 < in.length() && Character.isLetter(in.charAt(pos + 2))) {
                pos += 2;
                String name = name();
                int end = in.indexOf('>', pos);
                pos = end < 0 ? in.length() : end + 1;
                close(name);
            } else if (pos + 1 < in.length() && Character.isLetter(in.charAt(pos + 1))) {
                pos += 1;
                String name = name();
                Map<String, String> attributes = new LinkedHashMap<>();
                boolean selfClosing = attributes(attributes);
                if (DROPPED_WITH_CONTENT.contains(name)) {
                    if (!selfClosing) {
                        skipContentOf(name);
                    }
                } else if (ALLOWED.contains(name)) {
                    open(name, attributes, selfClosing);
                }
            } else {
                out.append("&lt;");
                pos += 1;
            }
        }

        private String name() {
            int start = pos;
            while (pos < in.length() && !Character.isWhitespace(in.charAt(pos)) && in.charAt(pos) != '>'
                    && in.charAt(pos) != '/') {
                pos++;
            }
            return in.substring(start, pos).toLowerCase(Locale.ROOT);
        }

        /** Reads attributes up to the tag's end; true when the tag closes itself ({@code <br/>}). */
        private boolean attributes(Map<String, String> attributes) {
            boolean selfClosing = false;
            while (pos < in.length()) {
                char c = in.charAt(pos);
                if (c == '>') {
                    pos++;
                    return selfClosing;
                }
                if (Character.isWhitespace(c)) {
                    pos++;
                    continue;
                }
                if (c == '/') {
                    selfClosing = true;
                    pos++;
                    continue;
                }
                selfClosing = false;
                int start = pos;
                while (pos < in.length() && !Character.isWhitespace(in.charAt(pos)) && "=>/".indexOf(in.charAt(pos)) < 0) {
                    pos++;
                }
                String attribute = in.substring(start, pos).toLowerCase(Locale.ROOT);
                while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) {
                    pos++;
                }
                String value = "";
                if (pos < in.length() && in.charAt(pos) == '=') {
                    pos++;
                    while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) {
                        pos++;
                    }
                    value = value();
                }
                if (!attribute.isEmpty()) {
                    attributes.putIfAbsent(attribute, decodeEntities(value));
                }
            }
            return selfClosing;
        }

        private String value() {
            if (pos >= in.length()) {
                return "";
            }
            char quote = in.charAt(pos);
            if (quote == '"' || quote == '\'') {
                int end = in.indexOf(quote, pos + 1);
                String value = end < 0 ? in.substring(pos + 1) : in.substring(pos + 1, end);
                pos = end < 0 ? in.length() : end + 1;
                return value;
            }
            int start = pos;
            while (pos < in.length() && !Character.isWhitespace(in.charAt(pos)) && in.charAt(pos) != '>') {
                pos++;
            }
            return in.substring(start, pos);
        }

        private void skipContentOf(String name) {
            String lower = in.toLowerCase(Locale.ROOT);
            int from = pos;
            while (true) {
                int end = lower.indexOf("</" + name, from);
                if (end < 0) {
                    pos = in.length();
                    return;
                }
                int after = end + 2 + name.length();
                if (after >= in.length() || !Character.isLetterOrDigit(in.charAt(after))) {
                    int gt = in.indexOf('>', after);
                    pos = gt < 0 ? in.length() : gt + 1;
                    return;
                }
                from = after;
            }
        }

        private void open(String name, Map<String, String> attributes, boolean selfClosing) {
            out.append('<').append(name);
            if (name.equals("a")) {
                String href = attributes.get("href");
                if (href != null && safeLink(href)) {
                    out.append(" href=\"").append(escape(href.strip())).append('"');
                    out.append(" rel=\"noopener noreferrer\"");
                }
                String title = attributes.get("title");
                if (title != null) {
                    out.append(" title=\"").append(escape(title)).append('"');
                }
            }
            out.append('>');
            if (!VOID.contains(name)) {
                if (selfClosing) {
                    out.append("</").append(name).append('>');
                } else {
                    open.push(name);
                }
            }
        }

        private void close(String name) {
            if (!open.contains(name)) {
                return; // a closing tag without its opening tag, or of a removed element
            }
            while (!open.isEmpty()) {
                String top = open.pop();
                out.append("</").append(top).append('>');
                if (top.equals(name)) {
                    return;
                }
            }
        }
    }

    static boolean safeLink(String href) {
        StringBuilder compact = new StringBuilder();
        for (char c : href.toCharArray()) {
            if (c > ' ' && c != 0x7F) {
                compact.append(c);
            }
        }
        String lower = compact.toString().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= ' ' || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semicolon = c == '&' ? text.indexOf(';', i) : -1;
            if (semicolon > i + 1 && semicolon - i <= 12) {
                String entity = text.substring(i + 1, semicolon);
                String decoded = decodeEntity(entity);
                if (decoded != null) {
                    out.append(decoded);
                    i = semicolon + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String decodeEntity(String entity) {
        if (entity.startsWith("#")) {
            try {
                int cp = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X')
                        ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(entity.toLowerCase(Locale.ROOT));
    }
}
