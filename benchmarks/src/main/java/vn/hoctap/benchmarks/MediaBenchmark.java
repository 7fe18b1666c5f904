package vn.hoctap.benchmarks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import vn.hoctap.core.persistence.LocalTransactor;
import vn.hoctap.core.storage.FileSystemObjectStore;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.core.storage.SignedUrlSigner;
import vn.hoctap.media.asset.AssetEvent;
import vn.hoctap.media.asset.AssetRepository;
import vn.hoctap.media.asset.AssetStatus;
import vn.hoctap.media.asset.MediaAsset;
import vn.hoctap.media.asset.MediaIntake;
import vn.hoctap.media.asset.UploadLimits;
import vn.hoctap.media.detect.MediaTypeDetector;
import vn.hoctap.media.job.AssetProcessing;
import vn.hoctap.media.job.MediaJobs;
import vn.hoctap.media.process.Cancellation;
import vn.hoctap.media.process.ExternalTool;
import vn.hoctap.media.process.FfmpegPrograms;
import vn.hoctap.media.slides.LibreOfficeConverter;
import vn.hoctap.media.slides.SlideDeckProcessor;
import vn.hoctap.media.slides.SlideDeckResult;
import vn.hoctap.media.video.HlsTranscoder;
import vn.hoctap.media.video.LadderSettings;
import vn.hoctap.media.video.MediaInfo;
import vn.hoctap.media.video.ProbeLimits;
import vn.hoctap.media.video.VideoProbe;
import vn.hoctap.testing.DatabaseEngine;

/**
 * Not a test: the media pipeline's overhead and slide speed (issue 4, point 8), figures for docs/benchmarks.md.
 *
 * <ul>
 *   <li>{@code video}: a generated 60 s 1280x720 30 fps clip with sound goes through the real pipeline (intake, a
 *   durable job on H2, probe, the one FFmpeg run (HLS ladder, 360p MP4, lowest-rung MP4, audio only, poster,
 *   sprite), every rendition stored in a file-system object store); the job's
 *   wall time from its PROCESSING entry to its READY entry (recorded after the last rendition is stored) is divided
 *   by the time of the same FFmpeg command run by hand in an empty directory. Rounds alternate hand and pipeline;
 *   medians are reported.</li>
 *   <li>{@code slides}: seconds per slide of the whole slide pipeline (LibreOffice to PDF, PDFBox images at two
 *   widths, text and notes) for every deck of {@code ../shared/corpus/slides}, cold (a new LibreOffice profile per
 *   deck) and warm (a reused profile, after one warm-up conversion).</li>
 * </ul>
 * Arguments: {@code video [rounds]}, {@code slides [corpus-dir]}, or nothing for both.
 */
public final class MediaBenchmark {

    private MediaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "all";
        if (what.equals("all") || what.equals("video")) {
            video(args.length > 1 && what.equals("video") ? Integer.parseInt(args[1]) : 3);
        }
        if (what.equals("all") || what.equals("slides")) {
            slides(args.length > 1 && what.equals("slides") ? Path.of(args[1]) : findCorpus());
        }
        System.exit(0);
    }

    static void video(int rounds) throws Exception {
        Path work = Files.createTempDirectory("media-benchmark");
        FfmpegPrograms programs = FfmpegPrograms.bundled();
        Path clip = work.resolve("clip-60s-720p30.mp4");
        run(work, List.of(programs.ffmpeg().toString(), "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i",
                "testsrc2=size=1280x720:rate=30:duration=60", "-f", "lavfi", "-i", "sine=frequency=440:duration=60",
                "-c:v", "libopenh264", "-b:v", "4M", "-c:a", "aac", "-shortest", clip.toString()));
        HlsTranscoder transcoder = new HlsTranscoder(new VideoProbe(programs, ExternalTool.lowPriority(),
                ProbeLimits.defaults()), programs, ExternalTool.lowPriority(), LadderSettings.defaults());
        MediaInfo info = new VideoProbe(programs, ExternalTool.lowPriority(), ProbeLimits.defaults())
                .probe(clip, Cancellation.never());
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/nice"))) { // the pipeline runs FFmpeg with nice -n 10 too
            command.addAll(List.of("/usr/bin/nice", "-n", String.valueOf(ExternalTool.LOW_PRIORITY_NICENESS)));
        }
        command.add(programs.ffmpeg().toString());
        command.addAll(transcoder.ffmpegArguments(clip, transcoder.plan(info)));
        System.out.println("== video: " + Files.size(clip) + " bytes, command by hand (in an empty directory):");
        System.out.println(String.join(" ", command));

        List<Double> hand = new ArrayList<>();
        List<Double> pipeline = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Path out = Files.createDirectories(work.resolve("hand-" + round));
            long started = System.nanoTime();
            run(out, command);
            hand.add((System.nanoTime() - started) / 1e9);
            pipeline.add(pipelineSeconds(clip, work.resolve("pipeline-" + round), transcoder));
            System.out.printf(Locale.ROOT, "round %d: by hand %.2f s, pipeline %.2f s, ratio %.3f%n", round,
                    hand.get(round - 1), pipeline.get(round - 1), pipeline.get(round - 1) / hand.get(round - 1));
        }
        double h = median(hand);
        double p = median(pipeline);
        System.out.printf(Locale.ROOT, "median: by hand %.2f s, pipeline %.2f s, ratio %.3f (target <= 1.10)%n", h, p, p / h);
    }

    private static double pipelineSeconds(Path clip, Path dir, HlsTranscoder transcoder) throws Exception {
        DataSource dataSource = DatabaseEngine.H2.freshDataSource();
        LocalTransactor transactor = new LocalTransactor(dataSource);
        ObjectStore store = new FileSystemObjectStore(dir.resolve("objects"), new SignedUrlSigner(
                SignedUrlSigner.generateSecret(), Clock.systemUTC()), Clock.systemUTC());
        AssetProcessing processing = new AssetProcessing(transactor, new AssetRepository(), store, transcoder,
                SlideDeckProcessor.onThisMachine(), dir.resolve("work"), Clock.systemUTC());
        try (MediaJobs jobs = new MediaJobs(dataSource, processing, 1, Duration.ofMillis(100), Duration.ofSeconds(30), 0,
                Duration.ofSeconds(1))) {
            MediaIntake intake = new MediaIntake(store, transactor, new AssetRepository(), new MediaTypeDetector(),
                    jobs::submit, UploadLimits.defaults(), Clock.systemUTC());
            jobs.start();
            UUID id;
            try (InputStream in = Files.newInputStream(clip)) {
                id = intake.receive(in, Optional.of("clip.mp4")).asset().id();
            }
            MediaAsset asset;
            do {
                Thread.sleep(200);
                asset = transactor.inTransaction(c -> new AssetRepository().byId(c, id)).orElseThrow();
            } while (!asset.status().isSettled());
            List<AssetEvent> history = transactor.inTransaction(c -> new AssetRepository().history(c, id));
            if (asset.status() != AssetStatus.READY) {
                throw new IllegalStateException("pipeline failed: " + history);
            }
            AssetEvent start = history.stream().filter(e -> e.status() == AssetStatus.PROCESSING).findFirst().orElseThrow();
            AssetEvent ready = history.get(history.size() - 1);
            return Duration.between(start.at(), ready.at()).toNanos() / 1e9;
        }
    }

    static void slides(Path corpus) throws Exception {
        Path work = Files.createTempDirectory("slide-benchmark");
        List<Path> decks;
        try (Stream<Path> files = Files.list(corpus)) {
            decks = files.filter(f -> f.toString().matches(".*\\.(pptx|ppt|odp|pdf)$")).sorted().toList();
        }
        System.out.println("== slides: whole slide pipeline per deck (LibreOffice to PDF, PDFBox 1280 + 640 px, text, notes)");
        try (LibreOfficeConverter cold = LibreOfficeConverter.builder().workDirectory(work.resolve("cold"))
                .reuseProfiles(false).build();
             LibreOfficeConverter warm = LibreOfficeConverter.builder().workDirectory(work.resolve("warm")).build()) {
            SlideDeckProcessor coldProcessor = processor(cold);
            SlideDeckProcessor warmProcessor = processor(warm);
            warmProcessor.process(decks.get(0), work.resolve("warm-up"));
            double coldTotal = 0;
            double warmTotal = 0;
            int slideTotal = 0;
            int n = 0;
            for (Path deck : decks) {
                long t0 = System.nanoTime();
                SlideDeckResult c;
                try {
                    c = coldProcessor.process(deck, work.resolve("c-" + n));
                } catch (RuntimeException e) {
                    System.out.printf(Locale.ROOT, "%-44s refused: %s%n", deck.getFileName(), e.getMessage());
                    continue;
                }
                double coldSeconds = (System.nanoTime() - t0) / 1e9;
                long t1 = System.nanoTime();
                warmProcessor.process(deck, work.resolve("w-" + n++));
                double warmSeconds = (System.nanoTime() - t1) / 1e9;
                int slides = c.slides().size();
                coldTotal += coldSeconds;
                warmTotal += warmSeconds;
                slideTotal += slides;
                System.out.printf(Locale.ROOT, "%-44s %-11s slides %3d  cold %6.2f s (%5.2f s/slide)  warm %6.2f s (%5.2f s/slide)%n",
                        deck.getFileName(), c.renderer(), slides, coldSeconds, coldSeconds / slides, warmSeconds,
                        warmSeconds / slides);
            }
            System.out.printf(Locale.ROOT, "all decks: %d slides, cold %.2f s/slide, warm %.2f s/slide%n", slideTotal,
                    coldTotal / slideTotal, warmTotal / slideTotal);
        }
    }

    private static SlideDeckProcessor processor(LibreOfficeConverter converter) {
        return new SlideDeckProcessor(new MediaTypeDetector(), converter, new vn.hoctap.media.slides.PdfSlideRenderer(),
                new vn.hoctap.media.slides.PoiSlideRenderer(), new vn.hoctap.media.slides.SpeakerNotesReader(),
                vn.hoctap.media.slides.FontCoverage.ofInstalledFonts());
    }

    private static Path findCorpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus/slides");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/corpus/slides above " + Path.of("").toAbsolutePath());
    }

    private static void run(Path directory, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
