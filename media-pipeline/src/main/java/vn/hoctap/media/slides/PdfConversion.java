package vn.hoctap.media.slides;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * A finished {@link LibreOfficeConverter#convertToPdf} run.
 *
 * @param pdf          the PDF written, at the path the caller asked for; a non-empty file starting with {@code %PDF-}
 * @param elapsed      wall-clock time of the LibreOffice process (start-up included)
 * @param warmProfile  whether the run reused a LibreOffice user profile of an earlier run (no first-start
 *                     initialisation) rather than creating a new one
 */
public record PdfConversion(Path pdf, Duration elapsed, boolean warmProfile) {

    public PdfConversion {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
