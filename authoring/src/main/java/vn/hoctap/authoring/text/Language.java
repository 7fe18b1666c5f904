package vn.hoctap.authoring.text;

import java.util.List;

/** The languages a course is written in: Vietnamese, Khmer and English. */
public final class Language {

    /** The language codes, the default first. */
    public static final List<String> CODES = List.of("vi", "km", "en");

    private Language() {
    }

    public static boolean isSupported(String code) {
        return CODES.contains(code);
    }
}
