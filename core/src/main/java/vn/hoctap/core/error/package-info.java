/**
 * The error model shared by every module: {@link vn.hoctap.core.error.ApiError} is the JSON body of every
 * error response; each module's exception root implements {@link vn.hoctap.core.error.ApiProblem} and is mapped
 * to HTTP in exactly one place in that module.
 */
package vn.hoctap.core.error;
