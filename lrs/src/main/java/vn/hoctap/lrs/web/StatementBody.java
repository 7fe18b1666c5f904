package vn.hoctap.lrs.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import vn.hoctap.lrs.attachment.AttachmentPart;
import vn.hoctap.lrs.attachment.MultipartMixed;
import vn.hoctap.lrs.error.InvalidAttachmentsException;
import vn.hoctap.lrs.error.InvalidXapiRequestException;
import vn.hoctap.lrs.json.StrictJson;

/**
 * The body of a PUT or POST to the Statement resource: JSON (application/json, or no Content-Type), or
 * multipart/mixed with the statements as the first part (application/json) and one part per attachment
 * (Content-Transfer-Encoding: binary, X-Experience-API-Hash). Any other Content-Type is refused with 400.
 */
record StatementBody(JsonNode statements, List<AttachmentPart> attachments) {

    static StatementBody of(byte[] body, String contentType) {
        if (contentType == null || MultipartMixed.mediaType(contentType).equals("application/json")) {
            return new StatementBody(json(body == null ? new byte[0] : body), List.of());
        }
        if (!MultipartMixed.isMultipartMixed(contentType)) {
            throw new InvalidXapiRequestException("Content-Type", "must be application/json or multipart/mixed,"
                    + " not " + contentType);
        }
        List<MultipartMixed.Part> parts = MultipartMixed.parse(body == null ? new byte[0] : body, contentType);
        if (parts.isEmpty()) {
            throw new InvalidAttachmentsException("The multipart/mixed body has no parts: the first must be the statements.");
        }
        MultipartMixed.Part first = parts.get(0);
        if (!first.header("Content-Type").map(MultipartMixed::mediaType).orElse("").equals("application/json")) {
            throw new InvalidAttachmentsException("The first part of a multipart/mixed body must be the statements,"
                    + " with Content-Type application/json.");
        }
        JsonNode statements = json(first.content());
        List<AttachmentPart> attachments = new ArrayList<>();
        for (MultipartMixed.Part part : parts.subList(1, parts.size())) {
            String hash = part.header("X-Experience-API-Hash").orElseThrow(() -> new InvalidAttachmentsException(
                    "Every attachment part needs an X-Experience-API-Hash header with its sha2."));
            if (!part.header("Content-Transfer-Encoding").map(value -> value.toLowerCase(Locale.ROOT))
                    .orElse("").equals("binary")) {
                throw new InvalidAttachmentsException("Every attachment part needs the header"
                        + " Content-Transfer-Encoding: binary.");
            }
            attachments.add(new AttachmentPart(hash, part.header("Content-Type").orElse("application/octet-stream"),
                    part.content()));
        }
        return new StatementBody(statements, attachments);
    }

    private static JsonNode json(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new InvalidXapiRequestException("$", "the request body is empty: send a statement or an array of statements");
        }
        return StrictJson.parseObjectOrArray(text);
    }
}
