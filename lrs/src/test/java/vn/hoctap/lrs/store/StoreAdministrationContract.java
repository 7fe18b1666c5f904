package vn.hoctap.lrs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hoctap.core.persistence.LocalTransactor;
import vn.hoctap.lrs.error.ConflictException;
import vn.hoctap.testing.DatabaseEngine;

/** Stores and credentials on a real database. */
abstract class StoreAdministrationContract {

    private StoreAdministration admin;

    abstract DatabaseEngine engine();

    @BeforeEach
    void freshDatabase() {
        admin = new StoreAdministration(new LocalTransactor(engine().freshDataSource()), new StoreRepository(),
                Clock.systemUTC());
    }

    @Test
    void an_issued_credential_authenticates_with_its_secret_and_nothing_else() {
        LrsStore store = admin.createStore("Tỉnh - chương trình kỹ năng số");
        IssuedCredential issued = admin.issueCredential(store.id(), "mobile app", Set.of(Scope.STATEMENTS_WRITE));

        assertThat(issued.credential().key()).startsWith("LRS");
        assertThat(admin.authenticate(issued.credential().key(), issued.secret()))
                .hasValueSatisfying(c -> assertThat(c.scopes()).containsExactly(Scope.STATEMENTS_WRITE));
        assertThat(admin.authenticate(issued.credential().key(), issued.secret() + "x")).isEmpty();
        assertThat(admin.authenticate("LRSNOSUCHKEY00000000000", issued.secret())).isEmpty();
    }

    @Test
    void rotating_a_credential_replaces_its_secret_at_once() {
        LrsStore store = admin.createStore("rotation");
        IssuedCredential issued = admin.issueCredential(store.id(), "lms", Set.of(Scope.ALL));

        IssuedCredential rotated = admin.rotate(store.id(), issued.credential().id());

        assertThat(rotated.credential().key()).isEqualTo(issued.credential().key());
        assertThat(admin.authenticate(issued.credential().key(), issued.secret())).isEmpty();
        assertThat(admin.authenticate(issued.credential().key(), rotated.secret())).isPresent();
    }

    @Test
    void a_revoked_credential_no_longer_authenticates_and_cannot_be_rotated() {
        LrsStore store = admin.createStore("revocation");
        IssuedCredential issued = admin.issueCredential(store.id(), "old app", Set.of(Scope.ALL));

        Credential revoked = admin.revoke(store.id(), issued.credential().id());

        assertThat(revoked.isActive()).isFalse();
        assertThat(admin.authenticate(issued.credential().key(), issued.secret())).isEmpty();
        assertThatThrownBy(() -> admin.rotate(store.id(), issued.credential().id())).isInstanceOf(ConflictException.class);
        assertThat(admin.credentials(store.id())).singleElement().satisfies(c -> assertThat(c.isActive()).isFalse());
    }

    @Test
    void an_app_client_credential_has_the_app_scope_alone_and_no_xapi_permission() {
        LrsStore store = admin.createStore("citizen app");

        IssuedCredential app = admin.issueCredential(store.id(), "citizen app", Set.of(Scope.APP));

        assertThat(admin.authenticate(app.credential().key(), app.secret()).orElseThrow().scopes())
                .containsExactly(Scope.APP);
        Permissions permissions = app.credential().permissions();
        assertThat(permissions.canWriteStatements() || permissions.canReadOwnStatements() || permissions.canReadState()
                || permissions.canReadProfiles() || permissions.canReadDefinitions()).isFalse();
        assertThatThrownBy(() -> admin.issueCredential(store.id(), "both", Set.of(Scope.APP, Scope.STATEMENTS_WRITE)))
                .isInstanceOf(vn.hoctap.lrs.error.InvalidXapiRequestException.class)
                .hasMessageContaining("app cannot be combined");
    }

    @Test
    void store_names_are_unique() {
        admin.createStore("partner-lms");

        assertThatThrownBy(() -> admin.createStore("partner-lms")).isInstanceOf(ConflictException.class);
    }

    @Test
    void the_default_store_is_created_on_the_first_start_only() {
        Optional<IssuedCredential> first = admin.ensureDefaultStore("default", Optional.empty(), Optional.empty());
        Optional<IssuedCredential> second = admin.ensureDefaultStore("default", Optional.empty(), Optional.empty());

        assertThat(first).hasValueSatisfying(c -> assertThat(c.credential().scopes()).containsExactly(Scope.ALL));
        assertThat(second).isEmpty();
        assertThat(admin.stores()).extracting(LrsStore::name).containsExactly("default");
    }

    @Test
    void a_configured_default_credential_is_used_as_given() {
        admin.ensureDefaultStore("default", Optional.of("LRSCONFIGUREDKEY0001"), Optional.of("configured-secret"));

        assertThat(admin.authenticate("LRSCONFIGUREDKEY0001", "configured-secret")).isPresent();
    }
}
