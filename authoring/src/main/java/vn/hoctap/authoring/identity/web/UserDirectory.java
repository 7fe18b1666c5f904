package vn.hoctap.authoring.identity.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import vn.hoctap.authoring.identity.JpaUsers;
import vn.hoctap.authoring.identity.NewUser;
import vn.hoctap.authoring.identity.PasswordHasher;
import vn.hoctap.authoring.identity.User;
import vn.hoctap.authoring.identity.UserAccounts;

/** {@link UserAccounts} in the container: one transaction per call, on the platform's persistence unit. */
@ApplicationScoped
public class UserDirectory {

    private static final PasswordHasher HASHER = new PasswordHasher();

    @PersistenceContext(unitName = "hoctap")
    EntityManager entityManager;

    private UserAccounts accounts() {
        return new UserAccounts(new JpaUsers(entityManager), HASHER, Clock.systemUTC());
    }

    @Transactional
    public User create(NewUser request) {
        return accounts().create(request);
    }

    @Transactional
    public Optional<User> authenticate(String username, char[] password) {
        return accounts().authenticate(username, password);
    }

    @Transactional
    public Optional<User> ensureAdministrator(String username, String password) {
        return accounts().ensureAdministrator(username, password);
    }

    @Transactional
    public User byId(UUID id) {
        return accounts().byId(id);
    }

    @Transactional
    public Optional<User> byUsername(String username) {
        return new JpaUsers(entityManager).byUsername(username);
    }

    @Transactional
    public List<User> all() {
        return accounts().all();
    }
}
