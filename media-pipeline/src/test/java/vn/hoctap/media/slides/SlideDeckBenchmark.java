package vn.hoctap.media.slides;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.hoctap.media.detect.DetectedMedia;
import vn.hoctap.media.detect.MediaTypeDetector;
import vn.hoctap.media.detect.TestCorpus;

/**
 * Not a test: measures seconds per slide for every deck of the corpus, with a new LibreOffice profile per
 * conversion ("cold") and with a reused one ("warm"), and image sizes per encoding. Run from the module
 * directory with the test class path, e.g.
 * {@code java -cp target/test-classes:target/classes:<dependencies> vn.hoctap.media.slides.SlideDeckBenchmark}.
 */
public final class SlideDeckBenchmark {

    private SlideDeckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = TestCorpus.slidesDirectory().orElseThrow(() -> new IllegalStateException("no corpus"));
        Path work = Files.createTempDirectory("slide-benchmark");
        List<Path> decks = new ArrayList<>();
        try (var files = Files.list(corpus)) {
            files.sorted().forEach(decks::add);
        }
        MediaTypeDetector detector = new MediaTypeDetector();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;

        System.out.println("== LibreOffice conversion only (seconds; cold = new profile, warm = reused profile)");
        try (LibreOfficeConverter cold = LibreOfficeConverter.builder().workDirectory(work.resolve("cold"))
                .reuseProfiles(false).build();
             LibreOfficeConverter warm = LibreOfficeConverter.builder().workDirectory(work.resolve("warm")).build()) {
            warm.convertToPdf(corpus.resolve("table-with-theme.pptx"), vn.hoctap.media.detect.MediaKind.SLIDES_PPTX,
                    work.resolve("warm-up.pdf"));
            for (Path deck : decks) {
                DetectedMedia detected = detector.detect(deck);
                if (!detected.kind().isSlideDeck()) {
                    continue;
                }
                double coldSum = 0;
                double warmSum = 0;
                for (int round = 0; round < rounds; round++) {
                    coldSum += cold.convertToPdf(deck, detected.kind(), work.resolve("c.pdf")).elapsed().toNanos() / 1e9;
                    PdfConversion w = warm.convertToPdf(deck, detected.kind(), work.resolve("w.pdf"));
                    if (!w.warmProfile()) {
                        throw new IllegalStateException("profile not reused");
                    }
                    warmSum += w.elapsed().toNanos() / 1e9;
                }
                int pages = new PdfSlideRenderer().pageCount(work.resolve("w.pdf"));
                System.out.printf(Locale.ROOT, "%-48s slides %3d  cold %5.2f s (%5.2f s/slide)  warm %5.2f s (%5.2f s/slide)%n",
                        deck.getFileName(), pages, coldSum / rounds, coldSum / rounds / pages,
                        warmSum / rounds, warmSum / rounds / pages);
            }
        }

        System.out.println("== Whole pipeline per deck (warm profile), ADAPTIVE encoding");
        try (LibreOfficeConverter converter = LibreOfficeConverter.builder().workDirectory(work.resolve("p")).build()) {
            SlideDeckProcessor processor = new SlideDeckProcessor(detector, converter, new PdfSlideRenderer(),
                    new PoiSlideRenderer(), new SpeakerNotesReader(), FontCoverage.ofInstalledFonts());
            processor.process(corpus.resolve("table-with-theme.pptx"), work.resolve("warm-up")); // JIT, classes, profile
            long totalLarge = 0;
            long totalSmall = 0;
            int totalSlides = 0;
            for (Path deck : decks) {
                long started = System.nanoTime();
                SlideDeckResult result = processor.process(deck, work.resolve("out-" + deck.getFileName()));
                double total = (System.nanoTime() - started) / 1e9;
                int n = result.slides().size();
                long large = result.slides().stream().mapToLong(s -> s.large().bytes()).sum();
                long small = result.slides().stream().mapToLong(s -> s.small().bytes()).sum();
                long png = result.slides().stream().filter(s -> s.large().mediaType().equals("image/png")).count();
                totalLarge += large;
                totalSmall += small;
                totalSlides += n;
                System.out.printf(Locale.ROOT,
                        "%-48s %-12s slides %3d  total %5.2f s = %5.2f s/slide (LibreOffice %5.2f s, drawing %5.2f s)  "
                                + "avg 1280: %5.1f KB, 640: %5.1f KB, %d/%d PNG%n",
                        deck.getFileName(), result.renderer(), n, total, total / n,
                        result.conversionTime().toNanos() / 1e9, result.renderingTime().toNanos() / 1e9,
                        large / 1024.0 / n, small / 1024.0 / n, png, n);
            }
            System.out.printf(Locale.ROOT, "ALL slides %d  avg 1280: %.1f KB, 640: %.1f KB%n", totalSlides,
                    totalLarge / 1024.0 / totalSlides, totalSmall / 1024.0 / totalSlides);
        }

        System.out.println("== POI fallback (no LibreOffice)");
        LibreOfficeConverter missing = LibreOfficeConverter.builder().soffice(work.resolve("no-soffice")).build();
        SlideDeckProcessor fallback = new SlideDeckProcessor(detector, missing, new PdfSlideRenderer(),
                new PoiSlideRenderer(), new SpeakerNotesReader(), FontCoverage.ofInstalledFonts());
        fallback.process(corpus.resolve("table-with-theme.pptx"), work.resolve("warm-up-poi"));
        for (Path deck : decks) {
            DetectedMedia detected = detector.detect(deck);
            if (detected.kind() != vn.hoctap.media.detect.MediaKind.SLIDES_PPTX
                    && detected.kind() != vn.hoctap.media.detect.MediaKind.SLIDES_PPT) {
                continue;
            }
            long started = System.nanoTime();
            SlideDeckResult result = fallback.process(deck, work.resolve("poi-" + deck.getFileName()));
            double total = (System.nanoTime() - started) / 1e9;
            int n = result.slides().size();
            System.out.printf(Locale.ROOT, "%-48s slides %3d  total %5.2f s = %5.2f s/slide  warnings %d%n",
                    deck.getFileName(), n, total, total / n, result.warnings().size());
        }
        LibreOfficeConverter.deleteTree(work);
    }
}
