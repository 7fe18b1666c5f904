package vn.hoctap.authoring.identity;

import java.util.Locale;

/** What a user may do. The role names are also the security roles the HTTP layer checks. */
public enum Role {
    /** Manages users and everything else. */
    ADMIN,
    /** Creates and edits their own drafts. */
    AUTHOR,
    /** Approves drafts or requests changes. */
    REVIEWER;

    /** The security role name, e.g. {@code admin}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this security role name (case-insensitive), or an exception listing the valid ones. */
    public static Role ofName(String name) {
        for (Role role : values()) {
            if (role.roleName().equalsIgnoreCase(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "': use admin, author or reviewer");
    }
}
