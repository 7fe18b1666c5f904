package vn.hoctap.packager.web;

import java.io.InputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.StoredObject;
import vn.hoctap.packager.distribution.DistributionNotFoundException;
import vn.hoctap.packager.distribution.DownloadRedirect;
import vn.hoctap.packager.build.PackageFileTypes;
import vn.hoctap.core.storage.RangeRequest;

/**
 * The answer to a download of a stored object (ADR 26): strong ETag = SHA-256 (also {@code X-Checksum-SHA256}),
 * {@code Accept-Ranges}, {@code Content-Length}, 200 / 206 / 304 / 416 as {@link RangeRequest} decides, or a 307
 * to a presigned URL when {@link DownloadRedirect} gives one.
 */
final class Downloads {

    private Downloads() {
    }

    static Response serve(ObjectStore store, boolean redirect, String key, String contentType, String disposition,
            String cacheControl, String range, String ifRange, String ifNoneMatch, boolean withBody) {
        return serve(store, redirect, key, contentType, disposition, cacheControl, range, ifRange, ifNoneMatch,
                withBody, false, null);
    }

    /**
     * As {@link #serve(ObjectStore, boolean, String, String, String, String, String, String, String, boolean)}; and
     * when {@code mayCompress} the answer varies by {@code acceptEncoding} (the request's header, or {@code null}): a textual object ({@link PackageFileTypes#compressible}) asked for whole by a client accepting gzip is
     * sent gzipped by this server (never redirected: such files are small) with the weak ETag
     * {@code W/"<sha256>"}; {@code X-Checksum-SHA256} stays the hash of the decoded content. Range requests get the
     * identity bytes.
     */
    static Response serve(ObjectStore store, boolean redirect, String key, String contentType, String disposition,
            String cacheControl, String range, String ifRange, String ifNoneMatch, boolean withBody,
            boolean mayCompress, String acceptEncoding) {
        StoredObject object = store.stat(key).orElseThrow(() -> new DistributionNotFoundException(
                "No file is stored for this address."));
        boolean varies = mayCompress && PackageFileTypes.compressible(object.contentType());
        if (varies && range == null && GzipWriterInterceptor.acceptsGzip(acceptEncoding)) {
            return gzipped(store, object, cacheControl, ifNoneMatch, withBody);
        }
        String etag = "\"" + object.sha256() + "\"";
        var presigned = new DownloadRedirect(store, redirect).target(key);
        if (presigned.isPresent()) {
            return Response.temporaryRedirect(presigned.get()).header("ETag", etag)
                    .header("X-Checksum-SHA256", object.sha256()).build();
        }
        RangeRequest answer = RangeRequest.decide(object.size(), etag, ifNoneMatch, range, ifRange);
        Response.ResponseBuilder response = Response.status(answer.status()).header("ETag", etag)
                .header("Accept-Ranges", "bytes").header("Cache-Control", cacheControl)
                .header("X-Checksum-SHA256", object.sha256());
        if (varies) {
            response.header("Vary", "Accept-Encoding");
        }
        answer.contentRange(object.size()).ifPresent(v -> response.header("Content-Range", v));
        if (answer.status() == 304 || answer.status() == 416) {
            return response.build();
        }
        if (disposition != null) {
            response.header("Content-Disposition", disposition);
        }
        long length = answer.status() == 206 ? answer.resolved().orElseThrow().length() : object.size();
        response.header("Content-Length", length).type(contentType != null ? contentType : object.contentType());
        if (!withBody) {
            return response.build();
        }
        StreamingOutput body = out -> {
            try (InputStream in = answer.status() == 206 ? store.open(key, answer.range().orElseThrow())
                    : store.open(key)) {
                in.transferTo(out);
            }
        };
        return response.entity(body).build();
    }

    private static Response gzipped(ObjectStore store, StoredObject object, String cacheControl, String ifNoneMatch,
            boolean withBody) {
        String etag = "W/\"" + object.sha256() + "\"";
        Response.ResponseBuilder response = Response.ok().header("ETag", etag).header("Vary", "Accept-Encoding")
                .header("Accept-Ranges", "bytes").header("Cache-Control", cacheControl)
                .header("X-Checksum-SHA256", object.sha256());
        if (RangeRequest.noneMatchNames(ifNoneMatch, etag)) {
            return response.status(304).build();
        }
        response.header("Content-Encoding", "gzip").type(object.contentType());
        if (!withBody) {
            return response.build();
        }
        StreamingOutput body = out -> {
            GZIPOutputStream gzip = new GZIPOutputStream(out);
            try (InputStream in = store.open(object.key())) {
                in.transferTo(gzip);
            }
            gzip.finish();
        };
        return response.entity(body).build();
    }
}
