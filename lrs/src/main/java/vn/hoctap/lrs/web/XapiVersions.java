package vn.hoctap.lrs.web;

import java.util.Optional;

/** The xAPI versions the LRS speaks: 1.0.0 to 1.0.3 (answered as 1.0.3) and 2.0.0. */
final class XapiVersions {

    private XapiVersions() {
    }

    enum Version {
        V1_0("1.0.3", "1.0.0"),
        V2_0("2.0.0", "2.0.0");

        private final String responseHeader;
        private final String statementDefault;

        Version(String responseHeader, String statementDefault) {
            this.responseHeader = responseHeader;
            this.statementDefault = statementDefault;
        }

        String responseHeader() {
            return responseHeader;
        }

        /** The {@code version} a statement gets when it has none. */
        String statementDefault() {
            return statementDefault;
        }
    }

    static Optional<Version> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        return switch (header.trim()) {
            case "1.0", "1.0.0", "1.0.1", "1.0.2", "1.0.3" -> Optional.of(Version.V1_0);
            case "2.0", "2.0.0" -> Optional.of(Version.V2_0);
            default -> Optional.empty();
        };
    }
}
