package vn.hoctap.server.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

import vn.hoctap.core.persistence.Databases;

/**
 * The platform's one connection pool, {@value #JNDI_NAME}. Its connections come from
 * {@link ConfiguredDataSource}, which reads the database settings from MicroProfile Config, so the same WAR runs
 * on the embedded H2 file and on PostgreSQL.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = PlatformDataSource.JNDI_NAME,
        className = "vn.hoctap.server.persistence.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "fish.payara.connection-creation-retry-attempts=0"
        })
public class PlatformDataSource {

    public static final String JNDI_NAME = Databases.DATA_SOURCE_JNDI_NAME;
}
