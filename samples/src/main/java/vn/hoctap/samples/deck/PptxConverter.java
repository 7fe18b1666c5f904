package vn.hoctap.samples.deck;

import vn.hoctap.media.process.Cancellation;
import vn.hoctap.media.process.ExternalTool;
import vn.hoctap.media.process.MediaProcessException;
import vn.hoctap.media.process.ToolCommand;
import vn.hoctap.media.slides.LibreOfficeConverter;
import vn.hoctap.samples.SampleGenerationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts flat ODP documents to pptx with one headless LibreOffice run for all of them (LibreOffice's start-up
 * is most of the cost), in a throw-away user profile. Each pptx is checked to exist and to be a ZIP file (LibreOffice
 * exits with 0 even when it wrote nothing), then made reproducible ({@link StableZip}).
 */
public final class PptxConverter {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String PPTX_FILTER = "pptx:Impress MS PowerPoint 2007 XML";

    private final Path soffice;

    private PptxConverter(Path soffice) {
        this.soffice = soffice;
    }

    /**
     * @throws SampleGenerationException if LibreOffice is not installed
     */
    public static PptxConverter onThisMachine() {
        return new PptxConverter(LibreOfficeConverter.locateSoffice().orElseThrow(() -> new SampleGenerationException(
                "LibreOffice (soffice) is not installed: install the Debian package libreoffice-impress")));
    }

    /**
     * Converts each {@code .fodp} file to a {@code .pptx} of the same base name in {@code outputDirectory}.
     *
     * @param work a scratch directory (the LibreOffice profile goes there)
     * @return the pptx files, in the order of {@code documents}
     * @throws SampleGenerationException if LibreOffice fails or a pptx is missing
     */
    public List<Path> convert(List<Path> documents, Path outputDirectory, Path work) {
        try {
            Files.createDirectories(outputDirectory);
            Path profile = Files.createDirectories(work.resolve("soffice-profile"));
            List<String> arguments = new ArrayList<>(List.of(
                    "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--invisible", "--nologo", "--nodefault", "--nolockcheck", "--norestore",
                    "--convert-to", PPTX_FILTER, "--outdir", outputDirectory.toString()));
            documents.forEach(d -> arguments.add(d.toString()));
            ToolCommand command = ToolCommand.builder(soffice)
                    .arguments(arguments)
                    .workingDirectory(work)
                    .environment("HOME", work.toString())
                    .environment("LANG", "C.UTF-8")
                    .timeout(TIMEOUT)
                    .build();
            ExternalTool.normalPriority().run(command, Cancellation.never());
            List<Path> written = new ArrayList<>();
            for (Path document : documents) {
                String name = document.getFileName().toString().replaceFirst("\\.fodp$", ".pptx");
                Path pptx = outputDirectory.resolve(name);
                if (!Files.isRegularFile(pptx) || !isZip(pptx)) {
                    throw new SampleGenerationException("LibreOffice wrote no pptx for " + document);
                }
                StableZip.rewrite(pptx);
                written.add(pptx);
            }
            return written;
        } catch (IOException e) {
            throw new SampleGenerationException("cannot convert the slide decks: " + e.getMessage(), e);
        } catch (MediaProcessException e) {
            throw new SampleGenerationException("LibreOffice failed to convert the slide decks: " + e.getMessage(), e);
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }
}
