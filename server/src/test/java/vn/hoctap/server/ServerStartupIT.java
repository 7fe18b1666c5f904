package vn.hoctap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoctap.server.HttpClientSupport.basic;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hoctap.testing.DatabaseEngine;
import vn.hoctap.testing.TestDatabase;
import vn.hoctap.core.storage.TestS3Server;

/**
 * The uber jar as a black box, in the production configuration (PostgreSQL and S3, both real servers on
 * loopback) and with wrong settings, which must stop start-up with one line naming the setting.
 */
class ServerStartupIT {

    private static final Duration START = Duration.ofMinutes(3);
    private static TestS3Server s3;

    @BeforeAll
    static void startS3() {
        s3 = TestS3Server.start();
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    private static Map<String, String> production(TestDatabase database) {
        Map<String, String> env = new HashMap<>();
        env.put("HOCTAP_DB_URL", database.url());
        env.put("HOCTAP_DB_USER", database.user());
        env.put("HOCTAP_DB_PASSWORD", database.password());
        env.put("HOCTAP_STORAGE_TYPE", "s3");
        env.put("HOCTAP_STORAGE_S3_ENDPOINT", s3.endpoint());
        env.put("HOCTAP_STORAGE_S3_BUCKET", "hoctap-it");
        env.put("HOCTAP_STORAGE_S3_ACCESS_KEY", TestS3Server.ACCESS_KEY);
        env.put("HOCTAP_STORAGE_S3_SECRET_KEY", TestS3Server.SECRET_KEY);
        env.put("HOCTAP_ADMIN_PASSWORD", "production-admin-password");
        return env;
    }

    @Test
    void on_postgresql_and_s3_the_server_becomes_ready_and_stores_users_in_postgresql(@TempDir Path work)
            throws Exception {
        TestDatabase database = DatabaseEngine.POSTGRESQL.freshDatabase();
        try (RunningServer server = RunningServer.start(work, production(database))) {
            server.awaitReady(START);
            var http = new HttpClientSupport(server.base());

            var ready = http.get("health/ready");
            assertThat(ready.body()).contains("PostgreSQL").contains("\"type\":\"s3\"");

            var created = http.post("api/admin/users", """
                    {"username":"reviewer1","displayName":"Lâm Văn Tư","password":"review-password","roles":["reviewer"]}
                    """, basic("admin", "production-admin-password"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT display_name, roles FROM app_user WHERE username = 'reviewer1'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Lâm Văn Tư");
            assertThat(rows.getString(2)).isEqualTo("reviewer");
        }
    }

    @Test
    void an_unreachable_database_stops_start_up_with_one_line_naming_the_database_url(@TempDir Path work)
            throws Exception {
        Map<String, String> env = production(DatabaseEngine.POSTGRESQL.freshDatabase());
        env.put("HOCTAP_DB_URL", "jdbc:postgresql://127.0.0.1:" + TestS3Server.freePort() + "/hoctap");
        try (RunningServer server = RunningServer.start(work, env)) {
            assertThat(server.awaitExit(START)).isEqualTo(78);
            assertThat(failureLines(server.output()))
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("setting hoctap.db.url (HOCTAP_DB_URL)")
                    .contains("cannot connect to the database");
        }
    }

    @Test
    void a_wrong_s3_secret_key_stops_start_up_with_one_line_naming_the_s3_key_settings(@TempDir Path work)
            throws Exception {
        Map<String, String> env = production(DatabaseEngine.POSTGRESQL.freshDatabase());
        env.put("HOCTAP_STORAGE_S3_SECRET_KEY", "not-the-secret-key");
        try (RunningServer server = RunningServer.start(work, env)) {
            assertThat(server.awaitExit(START)).isEqualTo(78);
            assertThat(failureLines(server.output()))
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("setting hoctap.storage.s3.access-key (HOCTAP_STORAGE_S3_ACCESS_KEY)")
                    .contains("hoctap.storage.s3.secret-key (HOCTAP_STORAGE_S3_SECRET_KEY)")
                    .contains("the access key or secret key is wrong")
                    .doesNotContain("not-the-secret-key");
        }
    }

    private static java.util.List<String> failureLines(String output) {
        return output.lines().filter(line -> line.contains("START-UP FAILED")).toList();
    }
}
