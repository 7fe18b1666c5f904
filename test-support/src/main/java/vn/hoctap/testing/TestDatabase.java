package vn.hoctap.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.h2.jdbcx.JdbcDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.hoctap.core.persistence.Databases;
import vn.hoctap.core.persistence.SchemaMigrations;

/**
 * One empty database for a test, migrated with the same migration files the server runs at start-up.
 *
 * <p>{@link #entityManagerFactory(String)} opens a JPA persistence unit (EclipseLink, resource-local) on it; the
 * unit must be declared in the test's {@code META-INF/persistence.xml} with its entity classes.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private final DatabaseEngine engine;
    private final String url;
    private final String user;
    private final String password;
    private final DataSource dataSource;

    private TestDatabase(DatabaseEngine engine, String url, String user, String password, DataSource dataSource) {
        this.engine = engine;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dataSource = dataSource;
        new SchemaMigrations(dataSource, TestDatabase.class.getClassLoader()).migrate();
    }

    static TestDatabase h2() {
        String url = Databases.h2Memory("test" + COUNTER.incrementAndGet());
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("sa");
        return new TestDatabase(DatabaseEngine.H2, url, "sa", "sa", dataSource);
    }

    static TestDatabase postgresql() {
        EmbeddedPostgres server = postgresServer();
        String name = "test" + COUNTER.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        DataSource dataSource = server.getDatabase("postgres", name);
        String url = server.getJdbcUrl("postgres", name);
        return new TestDatabase(DatabaseEngine.POSTGRESQL, url, "postgres", "postgres", dataSource);
    }

    /** The embedded PostgreSQL server of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedPostgres postgresServer() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return postgres;
    }

    public DatabaseEngine engine() {
        return engine;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A resource-local EntityManagerFactory of the named persistence unit, connected to this database. */
    public EntityManagerFactory entityManagerFactory(String persistenceUnit) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.ddl-generation", "none");
        properties.put("eclipselink.logging.level", "WARNING");
        return Persistence.createEntityManagerFactory(persistenceUnit, properties);
    }

    @Override
    public String toString() {
        return engine.name();
    }
}
