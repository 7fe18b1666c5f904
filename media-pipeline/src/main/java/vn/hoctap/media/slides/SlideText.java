package vn.hoctap.media.slides;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The one normalisation applied to every slide text and note, whatever extracted it. */
final class SlideText {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|\\u000B|\\u2028|\\u2029");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+(?=\\n|\\z)");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");

    private SlideText() {
    }

    /**
     * NFC (Vietnamese marks composed, as typed on Vietnamese keyboards; Khmer is unchanged by NFC), one
     * {@code \n} per line break (PowerPoint's vertical-tab line break included), no control characters, no
     * trailing spaces, no blank lines, no leading or trailing white space. {@code null} gives "".
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String result = Normalizer.normalize(text, Normalizer.Form.NFC);
        result = LINE_BREAKS.matcher(result).replaceAll("\n");
        result = CONTROL.matcher(result).replaceAll("");
        result = TRAILING_SPACE.matcher(result).replaceAll("");
        result = BLANK_LINES.matcher(result).replaceAll("\n");
        return result.strip();
    }
}
