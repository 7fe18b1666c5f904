/**
 * Statement attachments: multipart/mixed bodies ({@link vn.hoctap.lrs.attachment.MultipartMixed}), the bytes
 * kept per store ({@link vn.hoctap.lrs.attachment.AttachmentRepository}), hashes
 * ({@link vn.hoctap.lrs.attachment.Sha2}) and signed statements
 * ({@link vn.hoctap.lrs.attachment.StatementSignature}).
 */
package vn.hoctap.lrs.attachment;
