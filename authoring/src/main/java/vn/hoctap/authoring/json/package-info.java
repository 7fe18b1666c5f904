/** The JSON form of stored documents. */
package vn.hoctap.authoring.json;
