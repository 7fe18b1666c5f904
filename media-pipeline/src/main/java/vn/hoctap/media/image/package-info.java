/**
 * Uploaded raster images (course covers, image blocks): the declared size is checked before anything is decoded,
 * then the bundled FFmpeg writes a large, a small and a thumbnail rendition in one child process.
 */
package vn.hoctap.media.image;
