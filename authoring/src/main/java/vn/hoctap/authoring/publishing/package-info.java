/**
 * Review workflow, publication of immutable numbered versions (JSON snapshots pinning lesson content and asset
 * renditions), withdrawal, history, diff and preview; {@link vn.hoctap.authoring.publishing.PublishedCourses} is
 * the query API the packager uses.
 */
package vn.hoctap.authoring.publishing;
