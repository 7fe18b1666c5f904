/** Database URLs and the schema migrations shared by every module. */
package vn.hoctap.core.persistence;
