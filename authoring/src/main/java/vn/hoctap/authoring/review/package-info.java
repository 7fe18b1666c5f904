/** Review of course drafts: reviewers approve or request changes with comments. */
package vn.hoctap.authoring.review;
