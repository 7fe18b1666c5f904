package vn.hoctap.authoring.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The normal form in which course text is stored for search and queries are compared: lower case, Vietnamese
 * (and other Latin-script) diacritics removed ({@code Kỹ năng số} → {@code ky nang so}, {@code đ}/{@code Đ} →
 * {@code d}), Khmer kept as it is written (its vowel signs and subscripts are letters, not accents) but in NFC
 * and without the zero-width spaces Khmer uses between words, every run of other separators one space.
 */
public final class SearchText {

    private SearchText() {
    }

    /** The searchable form of a text. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        Character.UnicodeScript lastBase = Character.UnicodeScript.COMMON;
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (mark) {
                if (lastBase == Character.UnicodeScript.LATIN) {
                    continue; // an accent on a Latin letter: searches ignore it
                }
                out.appendCodePoint(cp);
                continue;
            }
            if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF) {
                continue; // zero-width separators inside Khmer text
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                lastBase = Character.UnicodeScript.of(cp);
                if (cp == 'đ' || cp == 'Đ') {
                    out.append('d');
                } else {
                    out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
                }
            } else {
                pendingSpace = true;
                lastBase = Character.UnicodeScript.COMMON;
            }
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    /** The words of a query in normal form; every one must occur in a course's text for it to match. */
    public static List<String> terms(String query) {
        String normal = normalize(query);
        return normal.isEmpty() ? List.of() : Arrays.stream(normal.split(" ")).distinct().toList();
    }
}
