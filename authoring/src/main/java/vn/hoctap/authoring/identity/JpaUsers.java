package vn.hoctap.authoring.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/** {@link Users} on JPA. Runs inside the caller's transaction. */
public final class JpaUsers implements Users {

    private final EntityManager entityManager;

    public JpaUsers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<User> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(User.class, id));
    }

    @Override
    public Optional<User> byUsername(String username) {
        return entityManager.createQuery("select u from User u where u.username = :username", User.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<User> all() {
        return entityManager.createQuery("select u from User u order by u.username", User.class).getResultList();
    }

    @Override
    public boolean anyWithRole(Role role) {
        // the platform has a handful of staff accounts: reading them is cheaper than a text match on the column
        return all().stream().anyMatch(user -> user.hasRole(role));
    }

    @Override
    public void add(User user) {
        entityManager.persist(user);
    }
}
