package vn.hoctap.lrs.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IrisTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "http://adlnet.gov/expapi/verbs/completed",
            "https://hoctap.example.org/xapi/activities/bài-học-1",
            "https://hoctap.example.org/xapi/ខ្មែរ/មេរៀន?lang=km#ផ្នែក",
            "https://user:pass@example.org:8443/a/b;c=d?q=1&r=%20#frag/x?y",
            "http://[2001:db8::7]/c=GB?objectClass?one",
            "http://192.0.2.16:80/",
            "urn:uuid:6f1d7c52-3b8e-4a0f-9c1d-2e5b7a9f0c34",
            "urn:oid:2.16.840",
            "tag:hoctap.example.org,2024:activity/1",
            "mailto:lan@example.org",
            "file:///home/lan/notes.txt",
            "x-custom+scheme.v1:thing",
            "https://example.org",
            "https://example.org/%E1%BB%87",
    })
    void absolute_iris_are_valid(String iri) {
        assertThat(Iris.isAbsoluteIri(iri)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "ab=c://should.fail.com", "should fail", "abc", "/relative/path", "//example.org/x", "example.org",
            "https:", ":no-scheme", "1http://example.org", "http://exa mple.org", "http://example.org/a b",
            "http://example.org/<tag>", "http://example.org/a\"b", "http://example.org/{x}", "http://example.org/a|b",
            "http://example.org/a\\b", "C:\\meetings\\minutes", "http://example.org/%E1%B", "http://example.org/%zz",
            "http://example.org/a#b#c", "http://example.org:80a/", "http://[2001:db8::7/", "http://[]/",
            "http://a@b@example.org/", "http://example.org/\u0000", "http://example.org/\u00ad\t",
            "https://example.org/\ue000",
    })
    void relative_or_malformed_references_are_not_absolute_iris(String value) {
        assertThat(Iris.isAbsoluteIri(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://openid.example.org/lan", "http://openid.example.org/12345",
            "https://example.org/%E1%BB%87"})
    void ascii_absolute_iris_are_uris(String uri) {
        assertThat(Iris.isAbsoluteUri(uri)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://openid.example.org/lân", "openid.example.org/lan", "ab=c://x"})
    void non_ascii_or_relative_values_are_not_uris(String value) {
        assertThat(Iris.isAbsoluteUri(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mailto:lan@example.org", "mailto:lan.nguyen+hoc@hoctap.example.org", "mailto:xapi@adlnet.gov",
            "mailto:lan@localhost", "mailto:lân@ví-dụ.vn", "mailto:o'brien@example.ie", "mailto:a%20b@example.org",
            "mailto:LAN@EXAMPLE.ORG",
    })
    void mailto_iris_naming_one_mailbox_are_valid(String mbox) {
        assertThat(Iris.isMailtoIri(mbox)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "lan@example.org", "mailto:should.fail.com", "http://should.fail.com", "MAILTO:lan@example.org",
            "mailto:", "mailto:@example.org", "mailto:lan@", "mailto:lan@@example.org", "mailto:a@b@example.org",
            "mailto:lan@example..org", "mailto:lan@-example.org", "mailto:lan@example.org?subject=hi",
            "mailto:lan@example.org,minh@example.org", "mailto:lan nguyen@example.org", "mailto:.lan@example.org",
            "mailto:lan.@example.org", "mailto:la..n@example.org", "mailto:<lan@example.org>",
            "mailto:lan@exa mple.org", "mailto:\"lan\"@example.org",
    })
    void other_values_are_not_mailto_iris(String value) {
        assertThat(Iris.isMailtoIri(value)).isFalse();
    }
}
