/**
 * The object storage port used by every module ({@link vn.hoctap.core.storage.ObjectStore}) and its two adapters:
 * {@link vn.hoctap.core.storage.FileSystemObjectStore} for a single node with a local or mounted directory, and
 * {@link vn.hoctap.core.storage.S3ObjectStore} for any S3-compatible service (MinIO, AWS S3, Ceph, ...).
 *
 * <p>The classes here are plain Java; the CDI producer that picks an adapter from configuration and the
 * resource that serves signed file-system download URLs live elsewhere.
 */
package vn.hoctap.core.storage;
