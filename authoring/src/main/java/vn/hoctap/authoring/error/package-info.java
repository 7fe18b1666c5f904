/** The authoring module's exception root and the exceptions shared by its features. */
package vn.hoctap.authoring.error;
