package vn.hoctap.lrs.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON request bodies and JSON parameters into Jackson trees, strictly.
 *
 * <p>Every method
 * <ul>
 *   <li>rejects malformed JSON (including comments, single quotes, unquoted names, {@code NaN}, leading zeros);</li>
 *   <li>rejects an object that uses a property name more than once (xAPI: "a Statement MUST use each property no
 *       more than one time");</li>
 *   <li>rejects anything but white space after the JSON value;</li>
 *   <li>rejects an empty or white-space-only input;</li>
 *   <li>keeps numbers exactly as written: integers as exact integer nodes of the needed size, numbers with a
 *       fraction or an exponent as {@link java.math.BigDecimal} with their scale ({@code 1.50} stays
 *       {@code 1.50}), never as binary floating point;</li>
 *   <li>keeps {@code null} values, so that validation can report them.</li>
 * </ul>
 * Jackson's default stream limits apply (nesting depth, number and string length). A rejection is an
 * {@link InvalidJsonException} whose path is the best known JSON path of the problem and whose message contains
 * the line and column for syntax errors. Streams are read as JSON's UTF-8 (Jackson also detects UTF-16/32 by
 * their byte patterns) and are <em>not</em> closed: the caller that opened them closes them.
 *
 * <p>Thread-safe; the underlying mapper is shared.
 */
public final class StrictJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Jackson 2.15+ replacement of the deprecated JsonNodeFactory.withExactBigDecimals(true):
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final ObjectReader READER = MAPPER.reader();

    /** Jackson's "[Source: ...; line: 1, column: 1]" inside messages, replaced by "line 1, column 1". */
    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private static final Pattern DUPLICATE_FIELD = Pattern.compile("^Duplicate field '(.*)'$", Pattern.DOTALL);

    private StrictJson() {
    }

    /**
     * Parses any one JSON value (object, array, string, number, boolean or {@code null}).
     *
     * @param json the JSON text, not null
     * @return the tree; a JSON {@code null} gives a {@link com.fasterxml.jackson.databind.node.NullNode}
     * @throws InvalidJsonException when the text is empty or not exactly one well-formed JSON value
     */
    public static JsonNode parse(String json) {
        Objects.requireNonNull(json, "json");
        return read(json, null);
    }

    /**
     * Parses any one JSON value from a stream, reading it to its end; see {@link #parse(String)}.
     *
     * @param json the JSON bytes, not null; not closed by this method
     * @throws InvalidJsonException  when the bytes are empty or not exactly one well-formed JSON value
     * @throws UncheckedIOException when reading the stream fails for a reason other than its content
     */
    public static JsonNode parse(InputStream json) {
        Objects.requireNonNull(json, "json");
        return read(null, json);
    }

    /**
     * Parses a JSON object, such as a single Statement or a document merged by POST.
     *
     * @param json the JSON text, not null
     * @return the object
     * @throws InvalidJsonException when the text is not one well-formed JSON object
     */
    public static ObjectNode parseObject(String json) {
        return requireObject(parse(json));
    }

    /**
     * Parses a JSON object from a stream; see {@link #parseObject(String)} and {@link #parse(InputStream)}.
     *
     * @throws InvalidJsonException  when the bytes are not one well-formed JSON object
     * @throws UncheckedIOException when reading the stream fails for a reason other than its content
     */
    public static ObjectNode parseObject(InputStream json) {
        return requireObject(parse(json));
    }

    /**
     * Parses a JSON object or a JSON array, such as the body of a POST to the Statement resource (one Statement or
     * a batch of Statements).
     *
     * @param json the JSON text, not null
     * @return an {@link ObjectNode} or an {@link com.fasterxml.jackson.databind.node.ArrayNode}
     * @throws InvalidJsonException when the text is not one well-formed JSON object or array
     */
    public static JsonNode parseObjectOrArray(String json) {
        return requireObjectOrArray(parse(json));
    }

    /**
     * Parses a JSON object or a JSON array from a stream; see {@link #parseObjectOrArray(String)}.
     *
     * @throws InvalidJsonException  when the bytes are not one well-formed JSON object or array
     * @throws UncheckedIOException when reading the stream fails for a reason other than its content
     */
    public static JsonNode parseObjectOrArray(InputStream json) {
        return requireObjectOrArray(parse(json));
    }

    private static JsonNode read(String text, InputStream stream) {
        JsonNode tree;
        try {
            tree = text != null ? READER.readTree(text) : READER.readTree(stream);
        } catch (JsonProcessingException e) {
            throw invalid(e);
        } catch (CharConversionException e) {
            throw new InvalidJsonException(JsonPaths.ROOT,
                    "is not valid JSON text: " + e.getMessage() + "; send UTF-8 encoded JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the JSON input failed", e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidJsonException(JsonPaths.ROOT, "is empty; expected a JSON value", null);
        }
        return tree;
    }

    private static ObjectNode requireObject(JsonNode tree) {
        if (tree instanceof ObjectNode object) {
            return object;
        }
        throw new InvalidJsonException(JsonPaths.ROOT, "must be a JSON object ({...}), not " + kind(tree), null);
    }

    private static JsonNode requireObjectOrArray(JsonNode tree) {
        if (tree.isObject() || tree.isArray()) {
            return tree;
        }
        throw new InvalidJsonException(JsonPaths.ROOT,
                "must be a JSON object ({...}) or array ([...]), not " + kind(tree), null);
    }

    private static InvalidJsonException invalid(JsonProcessingException e) {
        String path = JsonPaths.ROOT;
        if (e.getProcessor() instanceof JsonParser parser && !(e instanceof MismatchedInputException)) {
            path = pathOf(parser.getParsingContext());
        }
        String problem = describe(e);
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            problem = "invalid JSON at line " + location.getLineNr() + ", column " + location.getColumnNr() + ": "
                    + problem;
        } else {
            problem = "invalid JSON: " + problem;
        }
        return new InvalidJsonException(path, problem, e);
    }

    private static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE_FIELD.matcher(original);
        if (duplicate.matches()) {
            return "duplicate property \"" + duplicate.group(1)
                    + "\"; each property may appear only once in an object";
        }
        if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
            return "unexpected content after the end of the JSON value; send exactly one JSON value";
        }
        String cleaned = SOURCE_LOCATION.matcher(original).replaceAll("line $1, column $2");
        int lineBreak = cleaned.indexOf('\n');
        return lineBreak < 0 ? cleaned : cleaned.substring(0, lineBreak);
    }

    /** The JSON path of the parser's current position: the innermost property name or array index known. */
    private static String pathOf(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = JsonPaths.ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inObject() && c.getCurrentName() != null) {
                path = JsonPaths.property(path, c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                path = JsonPaths.index(path, c.getCurrentIndex());
            } else {
                break;
            }
        }
        return path;
    }

    private static String kind(JsonNode node) {
        JsonNodeType type = node.getNodeType();
        return switch (type) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING, BINARY -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
        };
    }
}
