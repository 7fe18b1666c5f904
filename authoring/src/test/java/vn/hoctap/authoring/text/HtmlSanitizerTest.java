package vn.hoctap.authoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void allowed_markup_is_kept_as_it_is() {
        String html = "<h2>Mật khẩu</h2><p>Dùng <strong>mật khẩu mạnh</strong> và <em>đừng</em> chia sẻ.</p>"
                + "<ul><li>một</li><li>hai</li></ul><br>";
        assertThat(HtmlSanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void scripts_styles_and_frames_disappear_with_their_content() {
        assertThat(HtmlSanitizer.sanitize("<p>a<script>alert('x')</script>b</p><style>p{}</style>"
                + "<iframe src=\"https://evil\">x</iframe><SCRIPT>bad()</SCRIPT >c"))
                .isEqualTo("<p>ab</p>c");
    }

    @Test
    void event_handlers_styles_and_unknown_attributes_are_dropped() {
        assertThat(HtmlSanitizer.sanitize("<p onclick=\"steal()\" style=\"x\" class='y'>Xin chào</p>"))
                .isEqualTo("<p>Xin chào</p>");
        assertThat(HtmlSanitizer.sanitize("<img src=x onerror=alert(1)>")).isEmpty();
    }

    @Test
    void links_keep_only_web_and_mail_addresses_and_get_a_safe_rel() {
        assertThat(HtmlSanitizer.sanitize("<a href=\"https://dichvucong.gov.vn\" target=_blank>cổng</a>"))
                .isEqualTo("<a href=\"https://dichvucong.gov.vn\" rel=\"noopener noreferrer\">cổng</a>");
        assertThat(HtmlSanitizer.sanitize("<a href=\" java\tscript:alert(1)\">x</a>")).isEqualTo("<a>x</a>");
        assertThat(HtmlSanitizer.sanitize("<a href=\"&#106;avascript:alert(1)\">x</a>")).isEqualTo("<a>x</a>");
    }

    @Test
    void unknown_elements_lose_their_tags_but_keep_their_text_and_comments_vanish() {
        assertThat(HtmlSanitizer.sanitize("<div><span>ស្រូវ</span></div><!-- secret --><font>x</font>"))
                .isEqualTo("ស្រូវx");
    }

    @Test
    void the_result_is_well_formed_and_escaped() {
        assertThat(HtmlSanitizer.sanitize("<p><strong>a < b & c")).isEqualTo("<p><strong>a &lt; b &amp; c</strong></p>");
        assertThat(HtmlSanitizer.sanitize("<p>x</strong></p></p>")).isEqualTo("<p>x</p>");
        assertThat(HtmlSanitizer.sanitize("<ul><li>a<li>b</ul>")).isEqualTo("<ul><li>a<li>b</li></li></ul>");
        assertThat(HtmlSanitizer.sanitize("\"quoted\" &amp; 'single'")).isEqualTo("&quot;quoted&quot; &amp; &#39;single&#39;");
    }

    @Test
    void sanitising_twice_changes_nothing() {
        String once = HtmlSanitizer.sanitize("<p title=x>a<b onclick=1>b</b><a href='http://x.vn?a=1&b=2' title=\"t\">l</a>"
                + "<script>s</script>&lt;tag&gt;</p>");
        assertThat(HtmlSanitizer.sanitize(once)).isEqualTo(once);
    }

    @Test
    void plain_text_is_the_text_without_tags() {
        assertThat(HtmlSanitizer.plainText("<p>Kỹ năng</p><p>số &amp; an toàn</p>")).isEqualTo("Kỹ năng  số & an toàn");
    }
}
