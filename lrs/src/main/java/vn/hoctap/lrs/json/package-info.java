/**
 * Strict reading of request bodies and parameters as JSON trees ({@link vn.hoctap.lrs.json.StrictJson}): duplicate
 * property names, trailing content and malformed text are rejected with an
 * {@link vn.hoctap.lrs.json.InvalidJsonException} that names the JSON path and the line and column; numbers are kept
 * exactly as sent. {@link vn.hoctap.lrs.json.JsonPaths} writes the JSON paths ({@code $.actor.mbox}) used in every
 * error of the LRS.
 *
 * <p>Framework-free: plain Jackson, no CDI or JAX-RS.
 */
package vn.hoctap.lrs.json;
