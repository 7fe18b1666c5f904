/** Course drafts: the course aggregate, its details, the whole-draft document and the editing service. */
package vn.hoctap.authoring.course;
