package vn.hoctap.authoring.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void vietnamese_diacritics_and_case_are_ignored() {
        assertThat(SearchText.normalize("Kỹ năng số cơ bản")).isEqualTo("ky nang so co ban");
        assertThat(SearchText.normalize("KỸ NĂNG SỐ")).isEqualTo("ky nang so");
        assertThat(SearchText.normalize("Nhận biết tin nhắn lừa đảo")).isEqualTo("nhan biet tin nhan lua dao");
    }

    @Test
    void d_with_stroke_becomes_d_in_both_cases() {
        assertThat(SearchText.normalize("Điện thoại đã được đăng ký")).isEqualTo("dien thoai da duoc dang ky");
    }

    @Test
    void decomposed_input_gives_the_same_form_as_precomposed() {
        String decomposed = java.text.Normalizer.normalize("Tiếng Việt", java.text.Normalizer.Form.NFD);
        assertThat(SearchText.normalize(decomposed)).isEqualTo(SearchText.normalize("Tiếng Việt")).isEqualTo("tieng viet");
    }

    @Test
    void khmer_keeps_its_vowel_signs_and_subscripts_but_loses_zero_width_spaces() {
        String khmer = "ជំនាញ\u200Bឌីជីថល";
        assertThat(SearchText.normalize(khmer)).isEqualTo("ជំនាញឌីជីថល");
        assertThat(SearchText.normalize("ស្រូវ")).isEqualTo("ស្រូវ");
        assertThat(SearchText.normalize("ស្រូវ")).isNotEqualTo(SearchText.normalize("សរវ"));
    }

    @Test
    void punctuation_separates_words_and_a_query_becomes_distinct_terms() {
        assertThat(SearchText.normalize("  Mật-khẩu,  OTP!! ")).isEqualTo("mat khau otp");
        assertThat(SearchText.terms("Kỹ năng, kỹ NĂNG số")).containsExactly("ky", "nang", "so");
        assertThat(SearchText.terms("  ...  ")).isEmpty();
    }
}
