/** Texts with a variant per language, and the sanitiser of rich text. */
package vn.hoctap.authoring.text;
