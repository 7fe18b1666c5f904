package vn.hoctap.lrs.store;

import java.util.EnumSet;
import java.util.Set;

/** What a set of scopes lets a credential do. */
public final class Permissions {

    private final Set<Scope> scopes;

    public Permissions(Set<Scope> scopes) {
        this.scopes = scopes.isEmpty() ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(scopes);
    }

    public boolean canWriteStatements() {
        return has(Scope.ALL) || has(Scope.STATEMENTS_WRITE);
    }

    /** Reading every statement of the store. */
    public boolean canReadAllStatements() {
        return has(Scope.ALL) || has(Scope.ALL_READ) || has(Scope.STATEMENTS_READ);
    }

    /** Reading at least the statements this credential stored (statements/read/mine). */
    public boolean canReadOwnStatements() {
        return canReadAllStatements() || has(Scope.STATEMENTS_READ_MINE);
    }

    public boolean canReadState() {
        return has(Scope.ALL) || has(Scope.ALL_READ) || has(Scope.STATE);
    }

    public boolean canWriteState() {
        return has(Scope.ALL) || has(Scope.STATE);
    }

    public boolean canReadProfiles() {
        return has(Scope.ALL) || has(Scope.ALL_READ) || has(Scope.PROFILE);
    }

    public boolean canWriteProfiles() {
        return has(Scope.ALL) || has(Scope.PROFILE);
    }

    public boolean canReadDefinitions() {
        return has(Scope.ALL) || has(Scope.ALL_READ) || has(Scope.DEFINE) || has(Scope.STATEMENTS_READ);
    }

    private boolean has(Scope scope) {
        return scopes.contains(scope);
    }
}
