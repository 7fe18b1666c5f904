/**
 * Video: probing sources ({@link vn.hoctap.media.video.VideoProbe} → {@link vn.hoctap.media.video.MediaInfo}),
 * planning the low-bandwidth outputs ({@link vn.hoctap.media.video.LadderPlan} from
 * {@link vn.hoctap.media.video.LadderSettings}) and producing them in one ffmpeg run
 * ({@link vn.hoctap.media.video.HlsTranscoder} → {@link vn.hoctap.media.video.TranscodeResult}): an HLS ladder
 * with fMP4 segments and one shared audio group, a 360p MP4, the lowest rung as an MP4 (for the low-bandwidth
 * packages), an audio-only M4A, a poster and a storyboard sprite with its WebVTT file.
 *
 * <p>Works on local files in a working directory; storing the results and running jobs belong elsewhere. Plain
 * Java: no CDI, no JAX-RS. Failures are {@link vn.hoctap.media.process.MediaProcessException}s.
 */
package vn.hoctap.media.video;
