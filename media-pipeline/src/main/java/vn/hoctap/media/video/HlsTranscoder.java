package vn.hoctap.media.video;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import vn.hoctap.media.process.Cancellation;
import vn.hoctap.media.process.ExternalTool;
import vn.hoctap.media.process.FfmpegPrograms;
import vn.hoctap.media.process.FfmpegProgress;
import vn.hoctap.media.process.MediaIoException;
import vn.hoctap.media.process.MissingOutputException;
import vn.hoctap.media.process.ProgressListener;
import vn.hoctap.media.process.ToolCommand;

/**
 * Transcodes one source, in a single ffmpeg child process that decodes each stream once, into:
 *
 * <ul>
 *   <li>an HLS ladder ({@code hls/}): one folder per rung with fMP4 segments of about 6 s, a key frame every 2 s,
 *   H.264 Main (libopenh264) at a constant frame rate; one shared AAC audio group ({@code hls/audio/}); the
 *   master playlist {@code hls/master.m3u8}, whose bandwidths this class corrects to include the sound;</li>
 *   <li>{@code video.mp4}: about 360p (the source's size if smaller), {@code moov} first for progressive
 *   playback;</li>
 *   <li>{@code video-low.mp4}: the lowest rung (416×234 at 15 fps, or the source's size if smaller), 120 kb/s
 *   H.264 Main with 40 kb/s mono AAC, {@code moov} first: the video of the low-bandwidth (offline) packages;</li>
 *   <li>{@code audio.m4a}: AAC 48 kb/s mono;</li>
 *   <li>{@code poster.jpg}: one frame at about 10 % of the video;</li>
 *   <li>{@code sprite.jpg}: the storyboard thumbnails in a grid, and {@code storyboard.vtt} (written in Java from
 *   the {@link StoryboardPlan}) mapping time ranges to {@code sprite.jpg#xywh=x,y,w,h}.</li>
 * </ul>
 *
 * A source without sound gets no audio group, no sound in the MP4s and no {@code audio.m4a}; a source without
 * video gets only {@code audio.m4a}. FFmpeg turns rotated (phone) video upright before the filters, so sizes
 * follow the displayed orientation; odd sizes are rounded to even; variable frame rates become constant.
 *
 * <p>ffmpeg runs with lowered priority (as the {@link ExternalTool} given), a time limit of {@code base +
 * factor × duration} and the same input restrictions as {@link VideoProbe}. Thread safe; runs may proceed in
 * parallel, each in its own output directory.
 */
public final class HlsTranscoder {

    /** The HLS folder inside the output directory. */
    public static final String HLS_DIRECTORY = "hls";
    public static final String MASTER_PLAYLIST = "master.m3u8";
    public static final String VARIANT_PLAYLIST = "index.m3u8";
    /** The name of the audio group's folder and of its rendition. */
    public static final String AUDIO_GROUP = "audio";
    public static final String DOWNLOAD_MP4 = "video.mp4";
    /** The lowest-rung MP4 of the low-bandwidth packages. */
    public static final String LOW_MP4 = "video-low.mp4";
    public static final String AUDIO_ONLY = "audio.m4a";
    public static final String POSTER = "poster.jpg";
    public static final String SPRITE = "sprite.jpg";
    public static final String STORYBOARD = "storyboard.vtt";

    private static final String H264_ENCODER = "libopenh264";
    private static final String H264_PROFILE = "main";
    private static final double MAX_RATE_FACTOR = 1.5;
    /** A tighter cap for the lowest-rung MP4, whose size is budgeted. */
    private static final double LOW_MP4_MAX_RATE_FACTOR = 1.25;
    /** libopenh264's own lower bound of the quantiser, kept. */
    private static final int LOW_MP4_MIN_QP = 12;
    /** H.264's highest quantiser (libopenh264 stops at 42 unless told). */
    private static final int LOW_MP4_MAX_QP = 51;
    private static final int POSTER_JPEG_QUALITY = 3;
    private static final int SPRITE_JPEG_QUALITY = 5;

    private final VideoProbe probe;
    private final FfmpegPrograms programs;
    private final ExternalTool tool;
    private final LadderSettings settings;
    private final Duration timeoutBase;
    private final double timeoutPerMediaSecond;

    /**
     * A transcoder with a time limit of 2 minutes plus 10 times the media's duration.
     *
     * @param probe    probes sources given by path
     * @param programs where ffmpeg is
     * @param tool     runs ffmpeg ({@link ExternalTool#lowPriority()} in production)
     * @param settings what to produce
     */
    public HlsTranscoder(VideoProbe probe, FfmpegPrograms programs, ExternalTool tool, LadderSettings settings) {
        this(probe, programs, tool, settings, Duration.ofMinutes(2), 10.0);
    }

    private HlsTranscoder(VideoProbe probe, FfmpegPrograms programs, ExternalTool tool, LadderSettings settings,
                          Duration timeoutBase, double timeoutPerMediaSecond) {
        this.probe = Objects.requireNonNull(probe, "probe");
        this.programs = Objects.requireNonNull(programs, "programs");
        this.tool = Objects.requireNonNull(tool, "tool");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.timeoutBase = timeoutBase;
        this.timeoutPerMediaSecond = timeoutPerMediaSecond;
    }

    /** A copy whose ffmpeg time limit is {@code base + perMediaSecond × duration}. */
    public HlsTranscoder withTimeout(Duration base, double perMediaSecond) {
        if (base.isNegative() || perMediaSecond < 0 || base.isZero() && perMediaSecond == 0) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
        return new HlsTranscoder(probe, programs, tool, settings, base, perMediaSecond);
    }

    /** The time limit for a source of the given duration. */
    public Duration timeoutFor(Duration mediaDuration) {
        return timeoutBase.plusMillis(Math.round(mediaDuration.toMillis() * timeoutPerMediaSecond));
    }

    /** The plan for a probed source. */
    public LadderPlan plan(MediaInfo source) {
        return LadderPlan.forSource(source, settings);
    }

    /**
     * Probes {@code input}, then transcodes it as {@link #transcode(Path, MediaInfo, Path, ProgressListener,
     * Cancellation)} does.
     *
     * @throws vn.hoctap.media.process.UnsupportedMediaException as {@link VideoProbe#probe}
     */
    public TranscodeResult transcode(Path input, Path outputDirectory, ProgressListener progress,
                                     Cancellation cancellation) {
        long start = System.nanoTime();
        MediaInfo source = probe.probe(input, cancellation);
        return transcode(input, source, outputDirectory, progress, cancellation, start);
    }

    /**
     * Transcodes an already probed source. The input is only read.
     *
     * @param input           the source file, as probed
     * @param source          its description from {@link VideoProbe}
     * @param outputDirectory a directory that is empty or does not exist yet (it is created); afterwards it
     *                        holds exactly the files listed in the result. On failure its content is deleted
     *                        (the directory itself stays) and the exception is thrown
     * @param progress        receives 0..100; 100 once the result is complete
     * @param cancellation    kills ffmpeg when cancelled
     * @return every produced file with its kind, dimensions, bit rate, duration, size and SHA-256
     * @throws IllegalArgumentException if {@code outputDirectory} exists and is not an empty directory
     * @throws vn.hoctap.media.process.ToolFailedException  if ffmpeg failed (transient; the message holds its last
     *                                                      error line)
     * @throws vn.hoctap.media.process.ToolTimeoutException if ffmpeg exceeded {@link #timeoutFor}
     * @throws vn.hoctap.media.process.ToolCancelledException if cancelled
     * @throws MissingOutputException   if ffmpeg succeeded but a planned file is missing or empty (permanent)
     * @throws MediaIoException         if the output directory cannot be prepared, read or written
     */
    public TranscodeResult transcode(Path input, MediaInfo source, Path outputDirectory, ProgressListener progress,
                                     Cancellation cancellation) {
        return transcode(input, source, outputDirectory, progress, cancellation, System.nanoTime());
    }

    private TranscodeResult transcode(Path input, MediaInfo source, Path outputDirectory,
                                      ProgressListener progress, Cancellation cancellation, long startNanos) {
        Path out = prepare(outputDirectory);
        LadderPlan plan = plan(source);
        Monotonic monotonic = new Monotonic(progress);
        monotonic.report(0);
        try {
            ToolCommand command = ToolCommand.builder(programs.ffmpeg())
                    .arguments(ffmpegArguments(input, plan))
                    .workingDirectory(out)
                    .timeout(timeoutFor(plan.duration()))
                    .onStdoutLine(new FfmpegProgress(plan.duration(), p -> monotonic.report(Math.min(p, 99))))
                    .build();
            tool.run(command, cancellation);
            finish(out, plan);
            List<ProducedFile> files = list(out, plan);
            monotonic.report(100);
            return new TranscodeResult(source, plan, out, files, Duration.ofNanos(System.nanoTime() - startNanos));
        } catch (RuntimeException e) {
            deleteContent(out);
            throw e;
        }
    }

    /**
     * The arguments (after the program) of the one ffmpeg run for {@code plan}, with relative output names: run
     * them in the output directory. Public so that operators can see and replay the exact command.
     */
    public List<String> ffmpegArguments(Path input, LadderPlan plan) {
        List<String> args = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-y", "-loglevel", "warning",
                "-nostats", "-progress", "pipe:1",
                "-format_whitelist", AcceptedFormats.DEMUXERS, "-protocol_whitelist", AcceptedFormats.PROTOCOLS,
                "-i", AcceptedFormats.input(input)));
        filterGraphs(plan).forEach(graph -> args.addAll(List.of("-filter_complex", graph)));
        if (plan.hasVideo()) {
            hlsOutput(args, plan);
            downloadOutput(args, plan);
            lowMp4Output(args, plan);
        }
        plan.audioOnly().ifPresent(audio -> {
            args.addAll(List.of("-map", "[aonly]", "-map_metadata", "-1", "-map_chapters", "-1",
                    "-c:a", "aac", "-b:a", Long.toString(audio.bitRate()),
                    "-movflags", "+faststart", AUDIO_ONLY));
        });
        if (plan.hasVideo()) {
            args.addAll(List.of("-map", "[vposter]", "-map_metadata", "-1", "-frames:v", "1",
                    "-fps_mode", "passthrough", "-c:v", "mjpeg", "-q:v", Integer.toString(POSTER_JPEG_QUALITY),
                    "-update", "1", POSTER));
            args.addAll(List.of("-map", "[vsprite]", "-map_metadata", "-1",
                    "-fps_mode", "passthrough", "-c:v", "mjpeg", "-q:v", Integer.toString(SPRITE_JPEG_QUALITY),
                    "-update", "1", SPRITE));
        }
        return args;
    }

    /**
     * The filter graphs, one {@code -filter_complex} each, all fed by the single decoder of each input stream:
     * the ladder graph splits the video once per rung plus once for each MP4; the poster graph and the sprite graph
     * take the same decoded frames; the audio graph resamples once and splits for the audio group, the two MP4s
     * and the audio-only rendition. Separate graphs matter: within one graph ffmpeg pulls from the output that
     * lags most, and the poster (no frame before its time) and the sprite (a frame per thumbnail interval) lag, so every
     * decoded frame for the other branches would pile up in memory (measured: 490 MB instead of 85 MB for three
     * minutes of 360p).
     */
    private static List<String> filterGraphs(LadderPlan plan) {
        List<String> graphs = new ArrayList<>();
        plan.sourceVideo().filter(v -> plan.hasVideo()).ifPresent(video -> {
            String input = "[0:" + video.index() + "]";
            String deinterlace = video.interlaced() ? "bwdif=mode=send_frame:deint=interlaced," : "";
            VideoRendition download = plan.download().orElseThrow();
            VideoRendition low = plan.lowMp4().orElseThrow();
            int branches = plan.rungs().size() + 2;
            List<String> ladder = new ArrayList<>();
            StringBuilder split = new StringBuilder(input).append(deinterlace).append("split=").append(branches);
            for (int i = 0; i < branches; i++) {
                split.append("[vs").append(i).append(']');
            }
            ladder.add(split.toString());
            for (int i = 0; i < plan.rungs().size(); i++) {
                ladder.add("[vs" + i + "]" + scaledAtRate(plan.rungs().get(i)) + "[v" + i + "]");
            }
            ladder.add("[vs" + plan.rungs().size() + "]" + scaledAtRate(download) + "[vdl]");
            ladder.add("[vs" + (plan.rungs().size() + 1) + "]" + scaledAtRate(low) + "[vlow]");
            graphs.add(String.join(";", ladder));
            PosterPlan poster = plan.poster().orElseThrow();
            graphs.add(input + "trim=start=" + seconds(poster.time()) + ",setpts=PTS-STARTPTS," + deinterlace
                    + "scale=" + poster.width() + ":" + poster.height() + ",setsar=1[vposter]");
            graphs.add(input + spriteChain(plan.storyboard().orElseThrow()) + "[vsprite]");
        });
        plan.sourceAudio().ifPresent(audio -> {
            List<String> labels = new ArrayList<>();
            List<AudioRendition> renditions = new ArrayList<>();
            if (plan.hasVideo()) {
                AudioRendition streaming = plan.streamingAudio().orElseThrow();
                labels.add("ahls");
                renditions.add(streaming);
                labels.add("adl");
                renditions.add(streaming);
                labels.add("alow");
                renditions.add(plan.lowMp4Audio().orElseThrow());
            }
            labels.add("aonly");
            renditions.add(plan.audioOnly().orElseThrow());
            List<String> chains = new ArrayList<>();
            StringBuilder split = new StringBuilder("[0:" + audio.index() + "]aresample="
                    + renditions.get(0).sampleRate() + ":async=1:first_pts=0,asplit=" + labels.size());
            for (int i = 0; i < labels.size(); i++) {
                split.append("[as").append(i).append(']');
            }
            chains.add(split.toString());
            for (int i = 0; i < labels.size(); i++) {
                AudioRendition r = renditions.get(i);
                chains.add("[as" + i + "]aformat=sample_fmts=fltp:sample_rates=" + r.sampleRate()
                        + ":channel_layouts=" + r.channelLayout() + "[" + labels.get(i) + "]");
            }
            graphs.add(String.join(";", chains));
        });
        return graphs;
    }

    private static String scaledAtRate(VideoRendition r) {
        return "fps=" + r.frameRate().toFfmpeg() + ",scale=" + r.width() + ":" + r.height()
                + ",setsar=1,format=yuv420p";
    }

    /**
     * Thumbnail k is the first frame at or after k × interval. The thumbnails are padded with black frames (or
     * cut) to fill the grid exactly, and tiled with an overlap of all but one cell: every thumbnail emits the
     * grid so far, and the last emission, kept by {@code -update 1}, is the complete sprite with every thumbnail
     * in its planned cell. Emitting from the first thumbnail on matters: ffmpeg prints no progress before every
     * output has started, and reports the progress of the output that lags most (here by one interval at most).
     */
    private static String spriteChain(StoryboardPlan board) {
        int cells = board.cells();
        return "select='gte(t,selected_n*" + board.intervalSeconds() + ")',scale=" + board.thumbWidth() + ":"
                + board.thumbHeight() + ",setsar=1,tpad=stop=" + cells + ":stop_mode=add:color=black,trim=end_frame="
                + cells + ",tile=" + board.columns() + "x" + board.rows() + ":overlap=" + (cells - 1)
                + ":init_padding=" + (cells - 1);
    }

    private void hlsOutput(List<String> args, LadderPlan plan) {
        List<VideoRendition> rungs = plan.rungs();
        for (int i = 0; i < rungs.size(); i++) {
            args.addAll(List.of("-map", "[v" + i + "]"));
        }
        plan.streamingAudio().ifPresent(a -> args.addAll(List.of("-map", "[ahls]")));
        args.addAll(List.of("-map_metadata", "-1", "-map_chapters", "-1", "-c:v", H264_ENCODER,
                "-profile:v", H264_PROFILE, "-rc_mode", "bitrate"));
        for (int i = 0; i < rungs.size(); i++) {
            VideoRendition r = rungs.get(i);
            args.addAll(List.of("-b:v:" + i, Long.toString(r.videoBitRate()),
                    "-maxrate:v:" + i, Long.toString(Math.round(r.videoBitRate() * MAX_RATE_FACTOR)),
                    "-g:v:" + i, Integer.toString(r.keyframeIntervalFrames())));
        }
        args.addAll(List.of("-force_key_frames:v", keyframeExpression(plan), "-fps_mode:v", "cfr"));
        plan.streamingAudio().ifPresent(a -> args.addAll(List.of("-c:a", "aac", "-b:a", Long.toString(a.bitRate()))));
        StringBuilder streamMap = new StringBuilder();
        String group = plan.hasAudio() ? ",agroup:" + AUDIO_GROUP : "";
        if (plan.hasAudio()) {
            streamMap.append("a:0").append(group).append(",name:").append(AUDIO_GROUP);
        }
        for (int i = 0; i < rungs.size(); i++) {
            streamMap.append(streamMap.length() == 0 ? "" : " ")
                    .append("v:").append(i).append(group).append(",name:").append(rungs.get(i).name());
        }
        args.addAll(List.of("-max_muxing_queue_size", "4096",
                "-f", "hls", "-hls_time", seconds(plan.segmentDuration()), "-hls_playlist_type", "vod",
                "-hls_segment_type", "fmp4", "-hls_flags", "independent_segments",
                "-hls_fmp4_init_filename", "init.mp4",
                "-hls_segment_filename", HLS_DIRECTORY + "/%v/seg_%05d.m4s",
                "-master_pl_name", MASTER_PLAYLIST,
                "-var_stream_map", streamMap.toString(),
                HLS_DIRECTORY + "/%v/" + VARIANT_PLAYLIST));
    }

    private void downloadOutput(List<String> args, LadderPlan plan) {
        faststartMp4(args, plan, plan.download().orElseThrow(), "[vdl]", plan.streamingAudio(), "[adl]",
                MAX_RATE_FACTOR, List.of(), DOWNLOAD_MP4);
    }

    private void lowMp4Output(List<String> args, LadderPlan plan) {
        // -qmin/-qmax: libopenh264 otherwise stops at QP 42 and overshoots on a grainy source at this size (measured
        // 178 kb/s instead of 120 for a 416x234 source with noise=alls=40); up to QP 51 it holds 137 kb/s
        faststartMp4(args, plan, plan.lowMp4().orElseThrow(), "[vlow]", plan.lowMp4Audio(), "[alow]",
                LOW_MP4_MAX_RATE_FACTOR, List.of("-qmin", Integer.toString(LOW_MP4_MIN_QP),
                        "-qmax", Integer.toString(LOW_MP4_MAX_QP)), LOW_MP4);
    }

    /** One MP4 output with faststart: the video from {@code videoLabel}, the audio (if any) from {@code audioLabel}. */
    private void faststartMp4(List<String> args, LadderPlan plan, VideoRendition r, String videoLabel,
            Optional<AudioRendition> audio, String audioLabel, double maxRateFactor, List<String> quantiser,
            String file) {
        args.addAll(List.of("-map", videoLabel));
        audio.ifPresent(a -> args.addAll(List.of("-map", audioLabel)));
        args.addAll(List.of("-map_metadata", "-1", "-map_chapters", "-1", "-c:v", H264_ENCODER,
                "-profile:v", H264_PROFILE, "-rc_mode", "bitrate", "-b:v", Long.toString(r.videoBitRate()),
                "-maxrate", Long.toString(Math.round(r.videoBitRate() * maxRateFactor))));
        args.addAll(quantiser);
        args.addAll(List.of("-g", Integer.toString(r.keyframeIntervalFrames()),
                "-force_key_frames:v", keyframeExpression(plan), "-fps_mode:v", "cfr"));
        audio.ifPresent(a -> args.addAll(List.of("-c:a", "aac", "-b:a", Long.toString(a.bitRate()))));
        args.addAll(List.of("-max_muxing_queue_size", "4096", "-movflags", "+faststart", file));
    }

    private static String keyframeExpression(LadderPlan plan) {
        return "expr:gte(t,n_forced*" + seconds(plan.keyframeInterval()) + ")";
    }

    /** Seconds as a plain decimal without trailing zeros: {@code 6}, {@code 0.5}, {@code 1.234}. */
    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    private static Path prepare(Path directory) {
        Path out = directory.toAbsolutePath();
        try {
            if (Files.exists(out)) {
                if (!Files.isDirectory(out)) {
                    throw new IllegalArgumentException("output directory is a file: " + out);
                }
                try (Stream<Path> content = Files.list(out)) {
                    if (content.findAny().isPresent()) {
                        throw new IllegalArgumentException("output directory is not empty: " + out);
                    }
                }
            } else {
                Files.createDirectories(out);
            }
        } catch (IOException e) {
            throw new MediaIoException("cannot prepare the output directory " + out, e);
        }
        return out;
    }

    /** Writes the storyboard, corrects the master playlist and checks that every planned file is there. */
    private static void finish(Path out, LadderPlan plan) {
        List<String> expected = new ArrayList<>();
        if (plan.hasVideo()) {
            expected.add(HLS_DIRECTORY + "/" + MASTER_PLAYLIST);
            plan.rungs().forEach(r -> expected.add(HLS_DIRECTORY + "/" + r.name() + "/" + VARIANT_PLAYLIST));
            if (plan.hasAudio()) {
                expected.add(HLS_DIRECTORY + "/" + AUDIO_GROUP + "/" + VARIANT_PLAYLIST);
            }
            expected.addAll(List.of(DOWNLOAD_MP4, LOW_MP4, POSTER, SPRITE));
        }
        if (plan.audioOnly().isPresent()) {
            expected.add(AUDIO_ONLY);
        }
        for (String name : expected) {
            Path file = out.resolve(name);
            try {
                if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                    throw new MissingOutputException("ffmpeg did not write " + name);
                }
            } catch (IOException e) {
                throw new MediaIoException("cannot read " + file, e);
            }
        }
        if (plan.hasVideo()) {
            Path master = out.resolve(HLS_DIRECTORY).resolve(MASTER_PLAYLIST);
            try {
                Files.writeString(master,
                        HlsMasterPlaylist.includeAudioInBandwidth(Files.readString(master, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
                Files.writeString(out.resolve(STORYBOARD),
                        StoryboardVtt.render(plan.storyboard().orElseThrow(), SPRITE), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MediaIoException("cannot write the playlists or the storyboard in " + out, e);
            }
        }
    }

    private static List<ProducedFile> list(Path out, LadderPlan plan) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new MediaIoException("cannot list " + out, e);
        }
        Map<String, Duration> segmentDurations = segmentDurations(out, plan);
        List<ProducedFile> produced = new ArrayList<>(files.size());
        for (Path file : files) {
            String relative = out.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            produced.add(describe(relative, file, plan, segmentDurations));
        }
        for (VideoRendition rung : plan.rungs()) {
            requireMedia(produced, rung.name());
        }
        if (plan.hasVideo() && plan.hasAudio()) {
            requireMedia(produced, AUDIO_GROUP);
        }
        return produced;
    }

    private static void requireMedia(List<ProducedFile> produced, String rendition) {
        for (OutputKind kind : List.of(OutputKind.HLS_INIT, OutputKind.HLS_SEGMENT)) {
            if (produced.stream().noneMatch(f -> f.kind() == kind && f.rendition().equals(rendition))) {
                throw new MissingOutputException("ffmpeg wrote no " + kind + " for " + rendition);
            }
        }
    }

    private static ProducedFile describe(String relative, Path file, LadderPlan plan,
                                         Map<String, Duration> segmentDurations) {
        Duration whole = plan.duration();
        String[] parts = relative.split("/");
        if (parts.length == 2 && parts[0].equals(HLS_DIRECTORY) && parts[1].equals(MASTER_PLAYLIST)) {
            return produced(relative, file, OutputKind.HLS_MASTER, "master", 0, 0, 0, whole);
        }
        if (parts.length == 3 && parts[0].equals(HLS_DIRECTORY)) {
            String rendition = parts[1];
            String name = parts[2];
            int width = 0;
            int height = 0;
            long bitRate;
            if (rendition.equals(AUDIO_GROUP)) {
                bitRate = plan.streamingAudio().map(AudioRendition::bitRate).orElse(0L);
            } else {
                VideoRendition rung = plan.rungs().stream().filter(r -> r.name().equals(rendition)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("unplanned HLS folder " + rendition));
                width = rung.width();
                height = rung.height();
                bitRate = rung.videoBitRate();
            }
            if (name.equals(VARIANT_PLAYLIST)) {
                return produced(relative, file, OutputKind.HLS_VARIANT_PLAYLIST, rendition, width, height, bitRate,
                        whole);
            }
            if (name.endsWith(".mp4")) {
                return produced(relative, file, OutputKind.HLS_INIT, rendition, width, height, bitRate,
                        Duration.ZERO);
            }
            if (name.endsWith(".m4s")) {
                return produced(relative, file, OutputKind.HLS_SEGMENT, rendition, width, height, bitRate,
                        segmentDurations.getOrDefault(relative, Duration.ZERO));
            }
        }
        switch (relative) {
            case DOWNLOAD_MP4: {
                VideoRendition r = plan.download().orElseThrow();
                long audio = plan.streamingAudio().map(AudioRendition::bitRate).orElse(0L);
                return produced(relative, file, OutputKind.MP4, "download", r.width(), r.height(),
                        r.videoBitRate() + audio, whole);
            }
            case LOW_MP4: {
                VideoRendition r = plan.lowMp4().orElseThrow();
                long audio = plan.lowMp4Audio().map(AudioRendition::bitRate).orElse(0L);
                return produced(relative, file, OutputKind.MP4_LOW, "low", r.width(), r.height(),
                        r.videoBitRate() + audio, whole);
            }
            case AUDIO_ONLY:
                return produced(relative, file, OutputKind.AUDIO, AUDIO_GROUP, 0, 0,
                        plan.audioOnly().orElseThrow().bitRate(), whole);
            case POSTER: {
                PosterPlan p = plan.poster().orElseThrow();
                return produced(relative, file, OutputKind.POSTER, "poster", p.width(), p.height(), 0, Duration.ZERO);
            }
            case SPRITE: {
                StoryboardPlan s = plan.storyboard().orElseThrow();
                return produced(relative, file, OutputKind.SPRITE, "sprite", s.spriteWidth(), s.spriteHeight(), 0,
                        Duration.ZERO);
            }
            case STORYBOARD:
                return produced(relative, file, OutputKind.STORYBOARD, "storyboard", 0, 0, 0, Duration.ZERO);
            default:
                throw new IllegalStateException("unplanned output file " + relative);
        }
    }

    private static ProducedFile produced(String relative, Path file, OutputKind kind, String rendition, int width,
                                         int height, long bitRate, Duration duration) {
        try {
            return new ProducedFile(relative, file, kind, rendition, width, height, bitRate, duration,
                    Files.size(file), sha256(file));
        } catch (IOException e) {
            throw new MediaIoException("cannot read " + file, e);
        }
    }

    /** EXTINF of every segment, keyed by the segment's path relative to the output directory. */
    private static Map<String, Duration> segmentDurations(Path out, LadderPlan plan) {
        Map<String, Duration> durations = new HashMap<>();
        if (!plan.hasVideo()) {
            return durations;
        }
        Path hls = out.resolve(HLS_DIRECTORY);
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(hls, Files::isDirectory)) {
            for (Path folder : folders) {
                Path playlist = folder.resolve(VARIANT_PLAYLIST);
                if (!Files.isRegularFile(playlist)) {
                    continue;
                }
                Duration pending = null;
                for (String line : Files.readAllLines(playlist, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#EXTINF:")) {
                        String value = line.substring("#EXTINF:".length());
                        int comma = value.indexOf(',');
                        pending = Duration.ofNanos(Math.round(
                                Double.parseDouble(comma < 0 ? value : value.substring(0, comma)) * 1e9));
                    } else if (!line.isBlank() && !line.startsWith("#") && pending != null) {
                        durations.put(HLS_DIRECTORY + "/" + folder.getFileName() + "/" + line.trim(), pending);
                        pending = null;
                    }
                }
            }
        } catch (IOException e) {
            throw new MediaIoException("cannot read the variant playlists in " + hls, e);
        } catch (NumberFormatException e) {
            throw new MissingOutputException("ffmpeg wrote a variant playlist with an unreadable EXTINF");
        }
        return durations;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Deletes everything inside {@code directory}, keeping the directory; best effort. */
    private static void deleteContent(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(directory)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: the caller deletes the working directory anyway
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }

    /** Passes on only growing percentages. */
    private static final class Monotonic {
        private final ProgressListener listener;
        private int last = -1;

        Monotonic(ProgressListener listener) {
            this.listener = Objects.requireNonNull(listener, "progress");
        }

        synchronized void report(int percent) {
            if (percent > last) {
                last = percent;
                try {
                    listener.onProgress(percent);
                } catch (RuntimeException e) {
                    System.getLogger(HlsTranscoder.class.getName())
                            .log(System.Logger.Level.WARNING, "a progress listener failed", e);
                }
            }
        }
    }
}
