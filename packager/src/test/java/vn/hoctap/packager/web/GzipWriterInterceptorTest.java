package vn.hoctap.packager.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GzipWriterInterceptorTest {

    @Test
    void gzip_is_used_when_the_client_accepts_it_and_not_when_it_refuses_it_with_q_zero() {
        assertThat(GzipWriterInterceptor.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(GzipWriterInterceptor.acceptsGzip("br;q=1.0, gzip;q=0.5")).isTrue();
        assertThat(GzipWriterInterceptor.acceptsGzip("*")).isTrue();
        assertThat(GzipWriterInterceptor.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(GzipWriterInterceptor.acceptsGzip("identity")).isFalse();
        assertThat(GzipWriterInterceptor.acceptsGzip(null)).isFalse();
    }

    @Test
    void an_explicit_gzip_entry_outweighs_the_wildcard_either_way() {
        assertThat(GzipWriterInterceptor.acceptsGzip("gzip;q=0, *")).isFalse();
        assertThat(GzipWriterInterceptor.acceptsGzip("*;q=0, gzip")).isTrue();
        assertThat(GzipWriterInterceptor.acceptsGzip("*;q=0")).isFalse();
        assertThat(GzipWriterInterceptor.acceptsGzip("br, *;q=0.1")).isTrue();
        assertThat(GzipWriterInterceptor.acceptsGzip("gzip;q=abc")).isFalse();
        assertThat(GzipWriterInterceptor.acceptsGzip("x-gzip;q=0, gzip;q=0.3")).isTrue();
    }
}
