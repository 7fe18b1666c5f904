package vn.hoctap.media.detect;

/** The MIME type names this package returns, in one place. */
public final class MimeTypes {

    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String PPSX = "application/vnd.openxmlformats-officedocument.presentationml.slideshow";
    public static final String POTX = "application/vnd.openxmlformats-officedocument.presentationml.template";
    public static final String PPTM = "application/vnd.ms-powerpoint.presentation.macroenabled.12";
    public static final String PPSM = "application/vnd.ms-powerpoint.slideshow.macroenabled.12";
    public static final String POTM = "application/vnd.ms-powerpoint.template.macroenabled.12";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPT = "application/vnd.ms-powerpoint";
    public static final String DOC = "application/msword";
    public static final String XLS = "application/vnd.ms-excel";
    public static final String ODP = "application/vnd.oasis.opendocument.presentation";
    public static final String OTP = "application/vnd.oasis.opendocument.presentation-template";
    public static final String PDF = "application/pdf";
    public static final String WEBVTT = "text/vtt";
    public static final String SUBRIP = "application/x-subrip";
    /** Tika's name for "some OOXML package" (a ZIP with {@code [Content_Types].xml}). */
    public static final String GENERIC_OOXML = "application/x-tika-ooxml";
    /** Tika's name for a password-protected OOXML file (an OLE2 file with an {@code EncryptedPackage} stream). */
    public static final String ENCRYPTED_OOXML = "application/x-tika-ooxml-protected";
    /** Tika's name for "some OLE2 compound file". */
    public static final String GENERIC_OLE2 = "application/x-tika-msoffice";
    public static final String ZIP = "application/zip";
    public static final String OCTET_STREAM = "application/octet-stream";

    private MimeTypes() {
    }
}
