package vn.hoctap.media.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class FontCoverageTest {

    private static final String KHMER = "មេរៀនទី១៖ ទឹកស្អាត និងសុខភាព ដាំទឹកឱ្យពុះមុនពេលផឹក។ ០១២៣៤៥៦៧៨៩";
    private static final String VIETNAMESE = "Bài 1: Nước sạch và sức khỏe — ĐƯỜNG LÀNG ỹ ự ẫ";

    @Test
    void fontconfig_ranges_are_parsed() {
        FontCoverage coverage = FontCoverage.parse("Khmer OS\t20-7e 1780-17dd 17e0-17e9\nLatin\t20-7e a0-17f\nbroken line\n");

        assertThat(coverage.isKnown()).isTrue();
        assertThat(coverage.covers('ក')).isTrue();
        assertThat(coverage.covers('好')).isFalse();
        assertThat(coverage.familiesCovering('A')).containsExactly("Khmer OS", "Latin");
        assertThat(coverage.familiesCovering('ក')).containsExactly("Khmer OS");
        assertThat(coverage.uncovered("Aក好 好\u200D\uF0B7")).containsExactly((int) '好');
    }

    @Test
    void a_warning_names_the_script_and_the_font_package() {
        FontCoverage latinOnly = FontCoverage.parse("Latin\t20-7e\n");

        assertThat(latinOnly.warningFor("Slide 2", "Hello カタカナ 表")).contains("Slide 2")
                .contains("4 of its characters").contains("HAN, KATAKANA").contains("fonts-noto-cjk");
        assertThat(latinOnly.warningFor("Slide 1", "Hello")).isNull();
    }

    @Test
    void unknown_coverage_warns_about_nothing() {
        assertThat(FontCoverage.unknown().isKnown()).isFalse();
        assertThat(FontCoverage.unknown().uncovered("カタカナ")).isEmpty();
        assertThat(FontCoverage.parse("garbage")).isSameAs(FontCoverage.unknown());
    }

    @Test
    void this_machine_has_fonts_for_khmer_and_vietnamese() {
        FontCoverage installed = FontCoverage.ofInstalledFonts();
        assumeTrue(installed.isKnown(), "fontconfig (fc-list) is not available; skipping");

        assertThat(installed.uncovered(KHMER)).as("Khmer characters without a font").isEmpty();
        assertThat(installed.uncovered(VIETNAMESE)).as("Vietnamese characters without a font").isEmpty();
        assertThat(installed.familiesCovering('ក')).anyMatch(family -> family.startsWith("Khmer OS"))
                .anyMatch(family -> family.startsWith("Noto Sans Khmer"));
    }
}
