package vn.hoctap.lrs.store;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The xAPI authorization scopes a credential can hold (xAPI 1.0.3, 4.1.12; xAPI 2.0 Part 3, 4.2), plus the
 * platform's own {@link #APP}: a credential of the citizen app, which may call only the app endpoints
 * ({@code /api/app/...}: offline sync, progress) and none of the xAPI resources (see ADR 21).
 */
public enum Scope {
    STATEMENTS_WRITE("statements/write"),
    STATEMENTS_READ("statements/read"),
    STATEMENTS_READ_MINE("statements/read/mine"),
    STATE("state"),
    DEFINE("define"),
    PROFILE("profile"),
    ALL_READ("all/read"),
    ALL("all"),
    /** An app client: only the app endpoints, never combined with an xAPI scope. */
    APP("app");

    private final String scopeName;

    Scope(String scopeName) {
        this.scopeName = scopeName;
    }

    /** The name xAPI uses, e.g. {@code statements/read/mine}. */
    public String scopeName() {
        return scopeName;
    }

    public static Scope ofName(String name) {
        for (Scope scope : values()) {
            if (scope.scopeName.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope '" + name + "': use one of "
                + Arrays.stream(values()).map(Scope::scopeName).collect(Collectors.joining(", ")));
    }

    /** Parses a space-separated list such as {@code "statements/write statements/read/mine"}. */
    public static Set<Scope> parseAll(String names) {
        EnumSet<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String name : names.trim().split("\\s+")) {
            if (!name.isEmpty()) {
                scopes.add(ofName(name));
            }
        }
        return scopes;
    }

    public static String format(Set<Scope> scopes) {
        return scopes.stream().sorted().map(Scope::scopeName).collect(Collectors.joining(" "));
    }
}
