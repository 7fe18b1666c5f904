/**
 * Learner identity without personal data (ADR 21): the citizen app names its learners by its own account ids; the
 * LRS stores them only as an xAPI {@code account} whose name is a keyed hash of that id ({@link Pseudonyms}), and
 * a statement sent through the app path names nobody else ({@link AppStatementPrivacy}).
 */
package vn.hoctap.lrs.pseudonym;
