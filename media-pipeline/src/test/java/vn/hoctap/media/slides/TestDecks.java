package vn.hoctap.media.slides;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import vn.hoctap.media.detect.MediaKind;

/** Makes the test inputs the corpus lacks: damaged, encrypted, hidden-slide and odd-sized files. */
final class TestDecks {

    private TestDecks() {
    }

    static void assumeLibreOffice() {
        assumeTrue(LibreOfficeConverter.locateSoffice().isPresent(),
                "LibreOffice (soffice) is not installed (PATH, /usr/bin, /usr/lib/libreoffice/program); skipping");
    }

    /** The first half of {@code source}: a ZIP without its central directory. */
    static Path truncated(Path source, Path target) throws IOException {
        byte[] whole = Files.readAllBytes(source);
        return Files.write(target, Arrays.copyOf(whole, whole.length / 2));
    }

    /** A copy of a pptx whose slide {@code slideNumber} is hidden ({@code show="0"}). */
    static Path withHiddenSlide(Path pptx, int slideNumber, Path target) throws IOException {
        String hiddenPart = "ppt/slides/slide" + slideNumber + ".xml";
        try (ZipFile zip = new ZipFile(pptx.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] data;
                try (InputStream in = zip.getInputStream(entry)) {
                    data = in.readAllBytes();
                }
                if (entry.getName().equals(hiddenPart)) {
                    data = new String(data, StandardCharsets.UTF_8).replaceFirst("<p:sld ", "<p:sld show=\"0\" ")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return target;
    }

    /** A pptx encrypted with an open password (agile encryption, as PowerPoint does it). */
    static Path encryptedPptx(Path pptx, Path target) throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("mật khẩu");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (InputStream plain = Files.newInputStream(pptx);
                 OPCPackage opc = OPCPackage.open(plain);
                 OutputStream encrypted = encryptor.getDataStream(fs)) {
                opc.save(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }

    /** A PDF of pages of the given sizes (points), each with a line of text. */
    static Path pdf(Path target, PDRectangle... pageSizes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            addPages(document, pageSizes);
            document.save(target.toFile());
        }
        return target;
    }

    /** A one-page PDF; with a user password it cannot be opened without it, with only an owner password it can. */
    static Path encryptedPdf(Path target, String userPassword, String ownerPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            addPages(document, PDRectangle.A4);
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanPrint(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(target.toFile());
        }
        return target;
    }

    private static void addPages(PDDocument document, PDRectangle... sizes) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        int number = 0;
        for (PDRectangle size : sizes) {
            number++;
            PDPage page = new PDPage(size);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, Math.max(4, Math.min(size.getWidth(), size.getHeight()) / 10));
                content.newLineAtOffset(size.getWidth() / 10, size.getHeight() / 2);
                content.showText("Page " + number);
                content.endText();
            }
        }
    }

    /** Standard deviation of the luminance (0-255) over all pixels: about 0 for a blank image. */
    static double luminanceDeviation(Path image) throws IOException {
        BufferedImage img = ImageIO.read(image.toFile());
        double sum = 0;
        double sumOfSquares = 0;
        long count = (long) img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                double luminance = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                sum += luminance;
                sumOfSquares += luminance * luminance;
            }
        }
        double mean = sum / count;
        return Math.sqrt(Math.max(0, sumOfSquares / count - mean * mean));
    }

    /** Width and height of an image file as decoded. */
    static int[] dimensions(Path image) throws IOException {
        BufferedImage img = ImageIO.read(image.toFile());
        return new int[] {img.getWidth(), img.getHeight()};
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** The number of slides POI sees, the reference for slide counts. */
    static int poiSlideCount(Path deck, MediaKind kind) {
        try (PoiDecks.OpenDeck open = PoiDecks.open(deck, kind)) {
            return open.slideShow().getSlides().size();
        }
    }
}
