package vn.hoctap.media.slides;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.apache.poi.sl.usermodel.Notes;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.Shape;
import org.apache.poi.sl.usermodel.Slide;
import org.apache.poi.sl.usermodel.SlideShow;
import org.apache.poi.sl.usermodel.TextShape;

import vn.hoctap.media.detect.MediaKind;

/**
 * Reads a deck's speaker notes, slide by slide, and — in the same pass, since the slide is open anyway — the
 * slide's own text and whether it is hidden ({@link SlideNotes}).
 *
 * <ul>
 *   <li>pptx and ppt: Apache POI ({@code XMLSlideShow}, {@code HSLFSlideShow}). Notes are the text of the
 *       notes page's body placeholder, without the slide number, date, header and footer placeholders.</li>
 *   <li>odp: the document's {@code content.xml} read directly (StAX; no LibreOffice needed): the text of the
 *       {@code presentation:notes} frame of class {@code notes}.</li>
 * </ul>
 * The slide text read here is the text as the author typed it, in logical order; it is the better text for
 * Khmer, whose text extracted back from a PDF is often in visual order.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class SpeakerNotesReader {

    /**
     * Every slide of the deck, hidden ones included, in deck order.
     *
     * @param deck read, never modified
     * @param kind what the deck was detected as: {@link MediaKind#SLIDES_PPTX}, {@link MediaKind#SLIDES_PPT}
     *             or {@link MediaKind#SLIDES_ODP}
     * @return one entry per slide, {@code index} 1, 2, ...; empty for a deck without slides
     * @throws PasswordProtectedDeckException when the deck is encrypted
     * @throws UnsupportedDeckException       when {@code kind} is not a deck, or the deck is PowerPoint 95 or older
     * @throws CorruptDeckException           when the deck cannot be read
     * @throws SlideStorageException          when the file cannot be read at all
     */
    public List<SlideNotes> read(Path deck, MediaKind kind) {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(kind, "kind");
        if (kind == MediaKind.SLIDES_ODP) {
            return OdpContentReader.read(deck);
        }
        try (PoiDecks.OpenDeck open = PoiDecks.open(deck, kind)) {
            return read(open.slideShow());
        } catch (SlideDeckException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PoiDecks.corrupt(e);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static List<SlideNotes> read(SlideShow<?, ?> show) {
        SlideShowExtractor extractor = new SlideShowExtractor(show);
        extractor.setSlidesByDefault(true);
        extractor.setNotesByDefault(false);
        extractor.setMasterByDefault(false);
        extractor.setCommentsByDefault(false);
        List<SlideNotes> result = new ArrayList<>();
        int index = 0;
        for (Slide<?, ?> slide : show.getSlides()) {
            index++;
            String text = SlideText.normalize(extractor.getText((Slide) slide));
            result.add(new SlideNotes(index, slide.isHidden(), text, notesOf(slide)));
        }
        return result;
    }

    private static String notesOf(Slide<?, ?> slide) {
        Notes<?, ?> notes = slide.getNotes();
        if (notes == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Shape<?, ?> shape : notes.getShapes()) {
            if (shape instanceof TextShape<?, ?> textShape && textShape.getPlaceholder() == Placeholder.BODY) {
                String body = textShape.getText();
                if (body != null && !body.isBlank()) {
                    text.append(body).append('\n');
                }
            }
        }
        return SlideText.normalize(text.toString());
    }
}
