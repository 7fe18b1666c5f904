/** The LRS exception root and its subclasses, named for what failed. */
package vn.hoctap.lrs.error;
