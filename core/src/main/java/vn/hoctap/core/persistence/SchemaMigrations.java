package vn.hoctap.core.persistence;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database schema up to date with the migration files on the class path.
 *
 * <p>Every module keeps its migrations under {@code db/migration/<module>/} in its own jar; Flyway scans
 * {@code db/migration} recursively, so one history table ({@code flyway_schema_history}) orders them all.
 * Versions are timestamps ({@code V2026_11_30_1600__what.sql}) so that modules never collide. The same file
 * serves H2 (in PostgreSQL mode, see {@link Databases}) and PostgreSQL; where SQL must differ, a file goes
 * under {@code db/vendor/h2} or {@code db/vendor/postgresql} instead.
 */
public final class SchemaMigrations {

    private final Flyway flyway;

    public SchemaMigrations(DataSource dataSource, ClassLoader classLoader) {
        Databases.Kind kind = detect(dataSource);
        this.flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + kind.name().toLowerCase())
                .failOnMissingLocations(false)
                .validateMigrationNaming(true)
                .load();
    }

    /** Applies every pending migration and returns how many were applied. */
    public int migrate() {
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }

    private static Databases.Kind detect(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase().contains("h2") ? Databases.Kind.H2 : Databases.Kind.POSTGRESQL;
        } catch (java.sql.SQLException e) {
            throw new DatabaseUnavailableException(e);
        }
    }
}
