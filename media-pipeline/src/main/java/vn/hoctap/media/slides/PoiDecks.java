package vn.hoctap.media.slides;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hslf.exceptions.OldPowerPointFormatException;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.sl.usermodel.SlideShow;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

import vn.hoctap.media.detect.MediaKind;

/**
 * Opens pptx and ppt decks read-only with Apache POI, and turns POI's many failure types into the pipeline's
 * permanent ones. The file is never written: a pptx package is opened with {@link PackageAccess#READ} and
 * reverted (not saved) on close; a ppt file system is opened read-only.
 */
final class PoiDecks {

    private PoiDecks() {
    }

    /** An open deck; closing it releases the file without writing it. */
    interface OpenDeck extends AutoCloseable {
        SlideShow<?, ?> slideShow();

        @Override
        void close();
    }

    /**
     * @throws PasswordProtectedDeckException when the deck is encrypted
     * @throws UnsupportedDeckException       when it is a PowerPoint 95 (or older) file, or {@code kind} is
     *                                        neither pptx nor ppt
     * @throws CorruptDeckException           when POI cannot read it
     * @throws SlideStorageException          when the file cannot be read at all
     */
    static OpenDeck open(Path deck, MediaKind kind) {
        if (!Files.isRegularFile(deck) || !Files.isReadable(deck)) {
            throw new SlideStorageException("Cannot read the deck " + deck + ": not a readable file.");
        }
        if (isEncryptedOoxml(deck)) {
            throw new PasswordProtectedDeckException(
                    "The presentation is protected by a password. Upload a copy without the password.");
        }
        try {
            return switch (kind) {
                case SLIDES_PPTX -> openPptx(deck);
                case SLIDES_PPT -> openPpt(deck);
                default -> throw new UnsupportedDeckException("Apache POI reads pptx and ppt decks, not " + kind + ".");
            };
        } catch (SlideDeckException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new PasswordProtectedDeckException(
                    "The presentation is protected by a password. Upload a copy without the password.", e);
        } catch (OldPowerPointFormatException e) {
            throw new UnsupportedDeckException("The presentation is in the PowerPoint 95 (or older) format. "
                    + "Save it as pptx and upload it again.", e);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw corrupt(e);
        }
    }

    /** Whether the file is an OLE2 container holding an encrypted OOXML package (how Office stores a password-protected pptx). */
    private static boolean isEncryptedOoxml(Path deck) {
        try (InputStream in = Files.newInputStream(deck)) {
            if (FileMagic.valueOf(in.readNBytes(8)) != FileMagic.OLE2) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(deck.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static CorruptDeckException corrupt(Exception e) {
        return new CorruptDeckException("The presentation is damaged or incomplete and cannot be read ("
                + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Upload it again or save it anew.", e);
    }

    private static OpenDeck openPptx(Path deck) throws InvalidFormatException, IOException {
        OPCPackage pkg = OPCPackage.open(deck.toFile(), PackageAccess.READ);
        try {
            XMLSlideShow show = new XMLSlideShow(pkg);
            return new OpenDeck() {
                @Override
                public SlideShow<?, ?> slideShow() {
                    return show;
                }

                @Override
                public void close() {
                    pkg.revert();
                }
            };
        } catch (RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private static OpenDeck openPpt(Path deck) throws IOException {
        POIFSFileSystem fs = new POIFSFileSystem(deck.toFile(), true);
        try {
            HSLFSlideShow show = new HSLFSlideShow(fs);
            return new OpenDeck() {
                @Override
                public SlideShow<?, ?> slideShow() {
                    return show;
                }

                @Override
                public void close() {
                    try {
                        show.close();
                        fs.close();
                    } catch (IOException ignored) {
                        // Read-only: nothing is lost.
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
    }
}
