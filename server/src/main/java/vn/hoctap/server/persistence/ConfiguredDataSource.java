package vn.hoctap.server.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import vn.hoctap.core.config.InvalidSettingException;
import vn.hoctap.core.config.Setting;
import vn.hoctap.core.persistence.Databases;
import vn.hoctap.server.startup.StartupFailure;

/**
 * The physical data source behind the pool of {@link PlatformDataSource}: reads {@code hoctap.db.url},
 * {@code hoctap.db.user} and {@code hoctap.db.password} from the application's MicroProfile Config when the pool
 * opens its first connection, and delegates to H2's or PostgreSQL's own data source according to the URL.
 *
 * <p>Payara resolves {@code ${MPCONFIG=...}} placeholders of a {@code @DataSourceDefinition} before the
 * application's own config sources exist, so defaults kept in the WAR would not apply there; reading the config
 * here sees every source: system properties, environment, {@code microprofile-config.properties} and the derived
 * defaults.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    private volatile String url;
    private volatile String user;

    private DataSource delegate() {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    current = create(ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader()));
                    delegate = current;
                }
            }
        }
        return current;
    }

    private DataSource create(Config config) {
        url = config.getValue(Setting.DB_URL.key(), String.class);
        user = config.getOptionalValue(Setting.DB_USER.key(), String.class).orElse("");
        String password = config.getOptionalValue(Setting.DB_PASSWORD.key(), String.class).orElse("");
        Databases.Kind kind;
        try {
            kind = Databases.kindOf(url);
        } catch (IllegalArgumentException e) {
            InvalidSettingException problem = new InvalidSettingException(Setting.DB_URL, e.getMessage(), e);
            StartupFailure.stopIfStarting(problem);
            throw problem;
        }
        return switch (kind) {
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL(url);
                h2.setUser(user);
                h2.setPassword(password);
                yield h2;
            }
            case POSTGRESQL -> {
                PGSimpleDataSource postgres = new PGSimpleDataSource();
                postgres.setURL(url);
                postgres.setUser(user);
                postgres.setPassword(password);
                postgres.setConnectTimeout(10);
                yield postgres;
            }
        };
    }

    /**
     * A connection from the configured database. While the server starts (the first connection is opened when
     * the persistence unit is deployed, before anything else runs), a failure stops the server with one line
     * naming the setting to fix.
     */
    @Override
    public Connection getConnection() throws SQLException {
        DataSource source = delegate();
        try {
            return source.getConnection();
        } catch (SQLException e) {
            StartupFailure.stopIfStarting(DatabaseProblems.describe(e, url, user));
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        DataSource source = delegate();
        try {
            return source.getConnection(username, password);
        } catch (SQLException e) {
            StartupFailure.stopIfStarting(DatabaseProblems.describe(e, url, username));
            throw e;
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
