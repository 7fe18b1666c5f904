package vn.hoctap.packager.launch;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A cmi5 course registered in the platform (the aggregate of the LMS side): its course structure, the LRS store its
 * learners' statements go to, the key of the LRS credential the LMS writes with (launch data, launched, abandoned,
 * waived, satisfied), and how many package files the platform serves for it. The LMS-generated activity ids of the
 * course, its blocks and AUs derive from the course id, so they stay the same across registrations and never equal
 * a publisher id.
 */
public record Cmi5Course(UUID id, CourseStructure structure, UUID storeId, String lmsKey, int fileCount,
        OffsetDateTime importedAt, String importedBy) {

    /** The LMS id of the course object (satisfied statements). */
    public String activityId() {
        return "urn:hoctap:cmi5:course:" + id;
    }

    /** The LMS id of a block object (satisfied statements). */
    public String blockActivityId(int blockIndex) {
        return activityId() + ":block:" + blockIndex;
    }

    /** The activityId of an AU in launch URLs and in the AU's statements. */
    public String auActivityId(int auIndex) {
        return activityId() + ":au:" + auIndex;
    }

    /** The AU with this publisher id or position. */
    public AssignableUnit au(String idOrIndex) {
        for (AssignableUnit au : structure.aus()) {
            if (au.publisherId().equals(idOrIndex) || String.valueOf(au.index()).equals(idOrIndex)) {
                return au;
            }
        }
        throw new InvalidLaunchRequestException("au", "the course has no AU '" + idOrIndex
                + "': give an AU id of its cmi5.xml or its position (0-based)");
    }
}
