package vn.hoctap.lrs.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private static final PseudonymKey KEY = PseudonymKey.fromHex("00".repeat(31) + "01");
    private final Pseudonyms pseudonyms = new Pseudonyms(KEY, "https://hoctap.example/app");

    @Test
    void the_pseudonym_is_the_hex_hmac_sha256_of_the_account_id_under_the_key() {
        // reference value computed independently (Python hmac module)
        assertThat(pseudonyms.pseudonym("hv-2024-000123"))
                .isEqualTo("3515c00c3add12ee8d5d6f45cb1831d3300a8a8112df17613e6d62e84eaf6300");
    }

    @Test
    void account_ids_are_hashed_as_utf8() {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        Pseudonyms other = new Pseudonyms(PseudonymKey.fromHex(java.util.HexFormat.of().formatHex(key)), "https://x.example/app");

        assertThat(other.pseudonym("học-viên-7"))
                .isEqualTo("b05ba1f2c920a5f322af73fbfe7b7df6fa5765d496fb7ada664d94cc3a83fd2c");
    }

    @Test
    void the_same_learner_gets_the_same_agent_and_another_key_gives_another_pseudonym() {
        Pseudonyms otherKey = new Pseudonyms(PseudonymKey.random(), "https://hoctap.example/app");

        assertThat(pseudonyms.agent("a-1")).isEqualTo(pseudonyms.agent("a-1"));
        assertThat(pseudonyms.pseudonym("a-1")).isNotEqualTo(pseudonyms.pseudonym("a-2"));
        assertThat(otherKey.pseudonym("a-1")).isNotEqualTo(pseudonyms.pseudonym("a-1"));
    }

    @Test
    void the_agent_is_an_account_on_the_configured_home_page_and_nothing_else() {
        var agent = pseudonyms.agent("a-1");

        assertThat(agent.toString()).isEqualTo("{\"objectType\":\"Agent\",\"account\":{\"homePage\":"
                + "\"https://hoctap.example/app\",\"name\":\"" + pseudonyms.pseudonym("a-1") + "\"}}");
        assertThat(agent.toString()).doesNotContain("a-1");
        assertThat(pseudonyms.agentIfi("a-1")).isEqualTo("account:https://hoctap.example/app " + pseudonyms.pseudonym("a-1"));
    }
}
