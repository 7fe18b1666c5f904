package vn.hoctap.media.video;

import java.nio.file.Path;
import java.time.Duration;

/**
 * One file written by a transcoding run.
 *
 * @param path      path relative to the output directory, with {@code /} separators (e.g. {@code hls/234p/index.m3u8})
 * @param file      the absolute path on disk
 * @param kind      what the file is
 * @param rendition the rung name ({@code 234p}), {@code audio} for the HLS audio group and the audio-only
 *                  rendition, {@code master} for the master playlist, or the file's role ({@code download},
 *                  {@code low} for the lowest-rung MP4, {@code poster}, {@code sprite}, {@code storyboard})
 * @param width     picture width in pixels; 0 where there is no picture (sound, playlists of sound, VTT, master);
 *                  for the sprite, the whole sprite's width
 * @param height    picture height in pixels, 0 likewise
 * @param bitRate   target bits per second of the rendition (video plus sound for the MP4s), 0 for the master
 *                  playlist, pictures and the storyboard
 * @param duration  media time covered: a segment's {@code EXTINF}; the whole duration for playlists, the MP4s and
 *                  the M4A; zero for initialisation segments, pictures and the storyboard
 * @param sizeBytes the file's size
 * @param sha256    the SHA-256 of the content, lower-case hexadecimal
 */
public record ProducedFile(String path, Path file, OutputKind kind, String rendition, int width, int height,
                           long bitRate, Duration duration, long sizeBytes, String sha256) {
}
