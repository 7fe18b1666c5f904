package vn.hoctap.core.persistence;

import java.nio.file.Path;

/**
 * JDBC URLs and drivers of the databases the platform runs on.
 *
 * <p>H2 runs in PostgreSQL compatibility mode with lower-case identifiers and PostgreSQL's null ordering, so the
 * same migration files and the same SQL serve both databases.
 */
public final class Databases {

    /** The JNDI name of the platform's one data source (defined by the server module). */
    public static final String DATA_SOURCE_JNDI_NAME = "java:app/jdbc/hoctap";

    /** The H2 options that make H2 behave like PostgreSQL for our SQL. */
    public static final String H2_POSTGRESQL_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private Databases() {
    }

    /** The URL of an H2 database kept in files under {@code directory} (created when missing). */
    public static String h2File(Path directory, String name) {
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve(name) + H2_POSTGRESQL_MODE;
    }

    /** The URL of an in-memory H2 database that lives until the JVM ends. */
    public static String h2Memory(String name) {
        return "jdbc:h2:mem:" + name + H2_POSTGRESQL_MODE + ";DB_CLOSE_DELAY=-1";
    }

    /** Which supported database a JDBC URL points at. */
    public static Kind kindOf(String jdbcUrl) {
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
                + "': use jdbc:postgresql://host:port/database or jdbc:h2:file:/path");
    }

    /** The databases the platform supports. */
    public enum Kind {
        H2,
        POSTGRESQL
    }
}
