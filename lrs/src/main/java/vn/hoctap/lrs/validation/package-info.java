/**
 * Framework-free validation of xAPI input for the LRS, for xAPI 1.0.x and 2.0.0 ({@link
 * vn.hoctap.lrs.validation.XapiVersion}).
 *
 * <p>{@link vn.hoctap.lrs.validation.StatementValidator} checks Statements and batches of Statements and reports
 * every violation with its JSON path; {@link vn.hoctap.lrs.validation.DocumentParameters} checks the parameters of
 * the document resources. The value formats are public on their own: {@link vn.hoctap.lrs.validation.Iris},
 * {@link vn.hoctap.lrs.validation.Uuids}, {@link vn.hoctap.lrs.validation.LanguageTags},
 * {@link vn.hoctap.lrs.validation.Timestamps} and {@link vn.hoctap.lrs.validation.Durations}.
 *
 * <p>Violations are {@link vn.hoctap.core.error.ApiError.Violation}s: a path ({@code $.actor.mbox},
 * {@code $[3].verb.id}, or a parameter name) and a message that says what is wrong and what is expected. No CDI, no
 * JAX-RS: plain Java and Jackson trees.
 */
package vn.hoctap.lrs.validation;
