/**
 * The app-facing endpoints of the LRS (ADR 21): {@code /api/app/...} for app clients (credentials with the scope
 * {@code app}), their authentication ({@link AppClientFilter}) and the wiring of the pseudonym key.
 */
package vn.hoctap.lrs.app;
