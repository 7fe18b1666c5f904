package vn.hoctap.authoring.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hoctap.authoring.error.InvalidInputException;
import vn.hoctap.testing.DatabaseEngine;
import vn.hoctap.testing.TestDatabase;

/** User accounts stored through JPA, on H2 and on a real PostgreSQL. */
abstract class UserAccountsContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:15:30Z"), ZoneOffset.UTC);

    private EntityManagerFactory factory;

    abstract DatabaseEngine engine();

    @BeforeEach
    void openDatabase() {
        TestDatabase database = engine().freshDatabase();
        factory = database.entityManagerFactory("authoring-test");
    }

    @AfterEach
    void closeDatabase() {
        factory.close();
    }

    /** Runs one unit of work in its own transaction and entity manager, as a request would. */
    private <T> T inTransaction(Function<UserAccounts, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new UserAccounts(new JpaUsers(em), new PasswordHasher(1_000), CLOCK));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private Optional<User> authenticate(String username, String password) {
        return inTransaction(a -> a.authenticate(username, password.toCharArray()));
    }

    @Test
    void a_created_user_is_read_back_with_roles_and_creation_time() {
        User created = inTransaction(a -> a.create(new NewUser("lan.nguyen", "Nguyễn Thị Lan", "correct horse battery",
                Set.of(Role.AUTHOR, Role.REVIEWER))));

        User read = inTransaction(a -> a.byId(created.id()));

        assertThat(read.username()).isEqualTo("lan.nguyen");
        assertThat(read.displayName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(read.roles()).containsExactlyInAnyOrder(Role.AUTHOR, Role.REVIEWER);
        assertThat(read.createdAt().toInstant()).isEqualTo(Instant.parse("2026-11-30T10:15:30Z"));
        assertThat(read.passwordHash()).doesNotContain("correct horse battery");
    }

    @Test
    void the_right_password_authenticates_and_a_wrong_one_does_not() {
        inTransaction(a -> a.create(new NewUser("sokha", "សុខា", "mật-khẩu-dài-đủ", Set.of(Role.AUTHOR))));

        assertThat(authenticate("sokha", "mật-khẩu-dài-đủ")).isPresent();
        assertThat(authenticate("sokha", "mật-khẩu-sai!!")).isEmpty();
        assertThat(authenticate("nobody", "mật-khẩu-dài-đủ")).isEmpty();
    }

    @Test
    void a_taken_username_is_refused() {
        inTransaction(a -> a.create(new NewUser("minh", "Minh", "0123456789", Set.of(Role.AUTHOR))));

        assertThatThrownBy(() -> inTransaction(a -> a.create(new NewUser("minh", "Minh 2", "0123456789",
                Set.of(Role.REVIEWER))))).isInstanceOf(UsernameTakenException.class);
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        assertThatThrownBy(() -> inTransaction(a -> a.create(new NewUser("A B", " ", "short", Set.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.toApiError().violations())
                        .extracting(v -> v.path())
                        .containsExactly("username", "displayName", "password", "roles"));
    }

    @Test
    void the_administrator_is_created_only_when_none_exists() {
        Optional<User> first = inTransaction(a -> a.ensureAdministrator("admin", "first-start-password"));
        Optional<User> second = inTransaction(a -> a.ensureAdministrator("admin2", "another-password"));

        assertThat(first).isPresent();
        assertThat(second).isEmpty();

        assertThat(inTransaction(UserAccounts::all)).extracting(User::username).containsExactly("admin");
    }
}
