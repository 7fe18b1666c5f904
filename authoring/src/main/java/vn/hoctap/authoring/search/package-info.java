/** The normal form of searchable text: diacritic-insensitive Vietnamese, Khmer as written. */
package vn.hoctap.authoring.search;
