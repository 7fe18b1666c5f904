/** The ordered lessons of a course. */
package vn.hoctap.authoring.lesson;
