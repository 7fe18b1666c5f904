package vn.hoctap.authoring.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.SecurityContext;

import vn.hoctap.authoring.access.Actor;
import vn.hoctap.authoring.error.PreconditionRequiredException;
import vn.hoctap.authoring.error.StaleWriteException;
import vn.hoctap.authoring.identity.Role;

/** What the authoring resources read from every request: who asks, and the version an update names. */
final class Requests {

    private Requests() {
    }

    static Actor actor(SecurityContext security) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (security.isUserInRole(role.roleName())) {
                roles.add(role);
            }
        }
        return new Actor(security.getUserPrincipal().getName(), roles);
    }

    /** The strong ETag of a version: {@code "3"}. */
    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version named by an If-Match header: required (428 without), {@code *} means any (null), an ETag that
     * is not one of ours can match nothing (412).
     */
    static Long expectedVersion(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(what);
        }
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return null;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new StaleWriteException(what, ifMatch);
        }
    }

    /** The body of the reorder endpoints. */
    public record LessonOrder(List<UUID> lessonIds) {
    }

    /** The body of the reorder endpoints. */
    public record BlockOrder(List<UUID> blockIds) {
    }
}
