package vn.hoctap.authoring.access;

import vn.hoctap.authoring.identity.Role;

/**
 * Who may do what with a course. Administrators may do everything. Authors create courses and edit, submit,
 * publish and withdraw their own. Reviewers read every course and approve or request changes, but not on a
 * course they own (a second pair of eyes). Authors read only their own courses.
 */
public final class Access {

    private Access() {
    }

    public static void requireCreate(Actor actor) {
        if (!actor.isAdmin() && !actor.is(Role.AUTHOR)) {
            throw new NotAllowedException("Only authors and administrators create courses.");
        }
    }

    public static boolean canRead(Actor actor, String owner) {
        return actor.isAdmin() || actor.is(Role.REVIEWER) || actor.username().equals(owner);
    }

    public static void requireRead(Actor actor, String owner) {
        if (!canRead(actor, owner)) {
            throw new NotAllowedException("This course belongs to '" + owner
                    + "'; only its owner, reviewers and administrators may read it.");
        }
    }

    /** Editing the draft, uploading for it, submitting it, publishing and withdrawing its versions. */
    public static void requireEdit(Actor actor, String owner) {
        if (actor.isAdmin()) {
            return;
        }
        if (!actor.is(Role.AUTHOR) || !actor.username().equals(owner)) {
            throw new NotAllowedException("This course belongs to '" + owner
                    + "'; only its owner or an administrator may change it.");
        }
    }

    public static void requireReview(Actor actor, String owner) {
        if (actor.isAdmin()) {
            return;
        }
        if (!actor.is(Role.REVIEWER)) {
            throw new NotAllowedException("Only reviewers and administrators review courses.");
        }
        if (actor.username().equals(owner)) {
            throw new NotAllowedException("A reviewer may not review their own course; ask another reviewer.");
        }
    }

    /** Whether course lists and searches show only the actor's own courses. */
    public static boolean seesOnlyOwn(Actor actor) {
        return !actor.isAdmin() && !actor.is(Role.REVIEWER);
    }
}
