/**
 * Running media tools as child processes, and the failures of media processing.
 *
 * <p>{@link vn.hoctap.media.process.ExternalTool} runs a program (never in the JVM) with a time limit, lowered CPU
 * priority, cancellation through a {@link vn.hoctap.media.process.Cancellation} or
 * {@link vn.hoctap.media.process.RunningTool#cancel()}, a bounded tail of standard error, and standard output
 * line by line; {@link vn.hoctap.media.process.FfmpegProgress} turns ffmpeg's {@code -progress} output into
 * percentages; {@link vn.hoctap.media.process.FfmpegPrograms} finds the ffmpeg and ffprobe shipped with JavaCPP.
 *
 * <p>Every failure is a {@link vn.hoctap.media.process.MediaProcessException}, whose
 * {@link vn.hoctap.media.process.MediaProcessException#kind() kind} tells a job runner whether to retry: bad input
 * ({@link vn.hoctap.media.process.UnsupportedMediaException}) is permanent, a failing or slow tool is transient.
 *
 * <p>Plain Java: no CDI, no JAX-RS.
 */
package vn.hoctap.media.process;
