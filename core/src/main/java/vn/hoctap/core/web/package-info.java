/** HTTP helpers every module's API layer shares (never used by a domain package). */
package vn.hoctap.core.web;
