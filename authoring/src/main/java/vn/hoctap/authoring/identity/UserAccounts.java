package vn.hoctap.authoring.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import vn.hoctap.authoring.error.InvalidInputException;
import vn.hoctap.core.error.ApiError.Violation;

/**
 * Creating users, checking their passwords, and the bootstrap administrator of a first start. Transactions are
 * the caller's.
 */
public final class UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    static final int MIN_PASSWORD_LENGTH = 10;

    private final Users users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private volatile String unknownUserHash;

    public UserAccounts(Users users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Creates a user after checking every field; all broken rules are reported together. */
    public User create(NewUser request) {
        List<Violation> violations = violationsOf(request);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (users.byUsername(request.username()).isPresent()) {
            throw new UsernameTakenException(request.username());
        }
        User user = new User(UUID.randomUUID(), request.username(), request.displayName().strip(),
                hasher.hash(request.password().toCharArray()), request.roles(), OffsetDateTime.now(clock));
        users.add(user);
        return user;
    }

    /** Whether a sign-in name could be a username at all (lower-case letters, digits, '.', '-', '_'). */
    public static boolean isPossibleUsername(String name) {
        return name != null && USERNAME.matcher(name).matches();
    }

    /** Every rule a new user breaks, with the field it is about; empty when the request is valid. */
    public static List<Violation> violationsOf(NewUser request) {
        List<Violation> violations = new ArrayList<>();
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            violations.add(new Violation("username",
                    "must be 3 to 64 characters: lower-case letters, digits, '.', '-' or '_'"));
        }
        if (request.displayName() == null || request.displayName().isBlank() || request.displayName().length() > 200) {
            violations.add(new Violation("displayName", "must be 1 to 200 characters"));
        }
        if (request.password() == null || request.password().length() < MIN_PASSWORD_LENGTH) {
            violations.add(new Violation("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            violations.add(new Violation("roles", "must name at least one of admin, author, reviewer"));
        }
        return violations;
    }

    /** The user whose username and password these are, or empty. Takes as long for an unknown user. */
    public Optional<User> authenticate(String username, char[] password) {
        Optional<User> user = users.byUsername(username);
        if (user.isEmpty()) {
            hasher.verify(password, unknownUserHash());
            return Optional.empty();
        }
        return hasher.verify(password, user.get().passwordHash()) ? user : Optional.empty();
    }

    /**
     * Makes sure an administrator exists: on a first start (no admin yet) creates {@code username} with the given
     * password. Returns the created user, or empty when an admin already existed.
     */
    public Optional<User> ensureAdministrator(String username, String password) {
        if (users.anyWithRole(Role.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(create(new NewUser(username, "Administrator", password, Set.of(Role.ADMIN))));
    }

    public User byId(UUID id) {
        return users.byId(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    public List<User> all() {
        return users.all();
    }

    /** A hash to verify against when the user is unknown, so timing does not reveal which usernames exist. */
    private String unknownUserHash() {
        String hash = unknownUserHash;
        if (hash == null) {
            hash = hasher.hash(PasswordHasher.randomPassword().toCharArray());
            unknownUserHash = hash;
        }
        return hash;
    }
}
