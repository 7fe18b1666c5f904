/**
 * What an upload really is, decided from its bytes and never from its file name:
 * {@link vn.hoctap.media.detect.MediaTypeDetector} classifies a file as one {@link vn.hoctap.media.detect.MediaKind}
 * (video, audio, a slide deck in one of three formats, PDF, image, captions, or unsupported) together with the
 * detected MIME type.
 *
 * <p>Detection is Apache Tika's core detector (magic bytes) refined by looking inside containers, because
 * tika-core alone only says "some OOXML package" or "some OLE2 compound file": a ZIP is opened to read its
 * {@code [Content_Types].xml} (PowerPoint, Word, Excel) or its {@code mimetype} entry (OpenDocument), and an OLE2
 * file is opened to look for its {@code PowerPoint Document} stream. Plain text is sniffed for WebVTT and SubRip
 * captions.
 *
 * <p>Plain Java: no CDI, no JAX-RS.
 */
package vn.hoctap.media.detect;
