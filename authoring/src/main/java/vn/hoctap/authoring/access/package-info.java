/** Who is asking ({@link vn.hoctap.authoring.access.Actor}) and the rules of who may do what. */
package vn.hoctap.authoring.access;
