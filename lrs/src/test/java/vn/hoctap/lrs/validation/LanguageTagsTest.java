package vn.hoctap.lrs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "vi", "km", "en", "vi-VN", "km-KH", "en-US", "EN-us", "de", "de-DE", "tlh", "cmn", "ase", "es-419",
            "zh-Hant", "zh-Hans-CN", "zh-Hant-TW", "sr-Latn-RS", "sr-Cyrl", "zh-yue", "zh-cmn-Hans-CN",
            "de-CH-1901", "sl-rozaj-biske", "de-CH-x-phonebk", "en-a-bbb-x-ccc", "en-US-u-islamcal",
            "x-whatever", "qaa-Qaaa-QM-x-southern", "i-klingon", "en-GB-oed", "art-lojban", "zh-min-nan",
            "az-Arab-x-AZE-derbend", "hy-Latn-IT-arevela", "fr-CA", "ja",
    })
    void well_formed_rfc_5646_tags_are_valid(String tag) {
        assertThat(LanguageTags.isValid(tag)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "a12345", "a12345678", "something", "invalid", "abcd", "e", "i-unknown", "en_US", "en-", "-en",
            "en--US", "en-US-", "vi VN", "zh-z-aaa-z-bbb-c-ccc", "de-DE-1901-1901", "en-a", "en-a-b", "x",
            "en-x", "en-US-x-", "123", "en-Latn-Latn-US-US", "tiếng-việt", "en-toolongsubtag", "\u212Am",
    })
    void malformed_or_invalid_tags_are_rejected(String tag) {
        assertThat(LanguageTags.isValid(tag)).isFalse();
    }
}
