package vn.hoctap.media.slides;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Which characters the installed fonts can draw, from fontconfig ({@code fc-list}), the font list LibreOffice
 * uses on Linux. A character no installed font has is drawn as an empty box ("tofu"); checking slide text
 * against this tells an operator which font package is missing (for example {@code fonts-khmeros} or
 * {@code fonts-noto-core} for Khmer, {@code fonts-noto-cjk} for Chinese and Japanese).
 *
 * <p>When {@code fc-list} is missing or fails the coverage is {@linkplain #isKnown() unknown}: every character
 * counts as covered, so no false warning is given.
 *
 * <p>Instances are immutable and thread-safe; {@link #ofInstalledFonts()} runs {@code fc-list} once
 * (about 10 ms), so keep the instance.
 */
public final class FontCoverage {

    private static final FontCoverage UNKNOWN = new FontCoverage(null, List.of());

    private final BitSet covered;
    private final List<FontRanges> fonts;

    private FontCoverage(BitSet covered, List<FontRanges> fonts) {
        this.covered = covered;
        this.fonts = fonts;
    }

    /** The coverage of the fonts fontconfig knows on this machine, or {@link #unknown()} without fontconfig. */
    public static FontCoverage ofInstalledFonts() {
        try {
            Process process = new ProcessBuilder("fc-list", "--format", "%{family[0]}\\t%{charset}\\n")
                    .redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String listing;
            try (InputStream in = process.getInputStream()) {
                listing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return UNKNOWN;
            }
            return parse(listing);
        } catch (IOException e) {
            return UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UNKNOWN;
        }
    }

    /** A coverage that knows nothing and treats every character as covered. */
    public static FontCoverage unknown() {
        return UNKNOWN;
    }

    /**
     * Parses lines {@code family<TAB>charset}, the charset being fontconfig's hexadecimal ranges such as
     * {@code 20-7e a0-17f 1780-17dd}. Lines that do not parse are skipped.
     */
    static FontCoverage parse(String listing) {
        BitSet all = new BitSet();
        List<FontRanges> fonts = new ArrayList<>();
        for (String line : listing.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String family = line.substring(0, tab).strip();
            List<int[]> ranges = new ArrayList<>();
            for (String token : line.substring(tab + 1).trim().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                try {
                    int dash = token.indexOf('-');
                    int from = Integer.parseInt(dash < 0 ? token : token.substring(0, dash), 16);
                    int to = dash < 0 ? from : Integer.parseInt(token.substring(dash + 1), 16);
                    if (from < 0 || to > Character.MAX_CODE_POINT || from > to) {
                        continue;
                    }
                    ranges.add(new int[] {from, to});
                    all.set(from, to + 1);
                } catch (NumberFormatException skipped) {
                    // Not a range.
                }
            }
            if (!ranges.isEmpty()) {
                fonts.add(new FontRanges(family, ranges));
            }
        }
        return fonts.isEmpty() ? UNKNOWN : new FontCoverage(all, List.copyOf(fonts));
    }

    /** Whether the installed fonts are known (fontconfig answered). */
    public boolean isKnown() {
        return covered != null;
    }

    /** Whether some installed font has the character; {@code true} when the coverage is unknown. */
    public boolean covers(int codePoint) {
        return covered == null || covered.get(codePoint);
    }

    /**
     * The characters of {@code text} that no installed font has, each once, in order of first appearance.
     * White space, control and format characters (such as the zero-width joiner), private-use characters
     * (symbol-font bullets) and U+FFFC/U+FFFD are not checked. Empty when the coverage is unknown.
     */
    public List<Integer> uncovered(String text) {
        if (covered == null || text == null) {
            return List.of();
        }
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints().filter(FontCoverage::isChecked).filter(cp -> !covered.get(cp)).forEach(missing::add);
        return List.copyOf(missing);
    }

    /** The families (fontconfig's first family name) of installed fonts having the character, sorted; empty when unknown. */
    public Set<String> familiesCovering(int codePoint) {
        Set<String> families = new TreeSet<>();
        for (FontRanges font : fonts) {
            if (font.has(codePoint)) {
                families.add(font.family());
            }
        }
        return families;
    }

    /**
     * A warning for an operator when {@code text} has characters no installed font has, or {@code null}.
     *
     * @param where for example "Slide 3"
     */
    String warningFor(String where, String text) {
        List<Integer> missing = uncovered(text);
        if (missing.isEmpty()) {
            return null;
        }
        Set<String> scripts = new TreeSet<>();
        for (int cp : missing) {
            scripts.add(scriptName(cp));
        }
        StringBuilder examples = new StringBuilder();
        for (int i = 0; i < Math.min(3, missing.size()); i++) {
            int cp = missing.get(i);
            examples.append(i == 0 ? "" : ", ").append(Character.toChars(cp))
                    .append(String.format(Locale.ROOT, " U+%04X", cp));
        }
        return where + ": no installed font has " + missing.size() + " of its characters (script "
                + String.join(", ", scripts) + "; e.g. " + examples + "); they are drawn as empty boxes. "
                + "Install a font for " + (scripts.size() == 1 ? "this script" : "these scripts")
                + hint(scripts) + " and process the deck again.";
    }

    private static String hint(Set<String> scripts) {
        if (scripts.contains("HAN") || scripts.contains("HIRAGANA") || scripts.contains("KATAKANA")
                || scripts.contains("HANGUL")) {
            return " (Chinese, Japanese, Korean: Debian package fonts-noto-cjk)";
        }
        if (scripts.contains("KHMER")) {
            return " (Khmer: Debian packages fonts-khmeros, fonts-noto-core)";
        }
        return "";
    }

    private static String scriptName(int codePoint) {
        try {
            return Character.UnicodeScript.of(codePoint).name();
        } catch (IllegalArgumentException e) {
            return "UNKNOWN";
        }
    }

    private static boolean isChecked(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                || cp == 0xFFFC || cp == 0xFFFD) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.FORMAT && type != Character.PRIVATE_USE && type != Character.SURROGATE
                && type != Character.UNASSIGNED;
    }

    private record FontRanges(String family, List<int[]> ranges) {
        boolean has(int codePoint) {
            for (int[] range : ranges) {
                if (codePoint >= range[0] && codePoint <= range[1]) {
                    return true;
                }
            }
            return false;
        }
    }
}
