package vn.hoctap.lrs.document;

/** The three document resources of xAPI. */
public enum DocumentKind {
    /** {@code /activities/state}: per activity, agent and optional registration. */
    STATE,
    /** {@code /activities/profile}: per activity. */
    ACTIVITY_PROFILE,
    /** {@code /agents/profile}: per agent. */
    AGENT_PROFILE
}
