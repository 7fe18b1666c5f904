package vn.hoctap.authoring.course;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.hoctap.authoring.block.BlockContent;
import vn.hoctap.authoring.text.Language;
import vn.hoctap.authoring.text.LocalizedText;
import vn.hoctap.core.error.ApiError.Violation;
import vn.hoctap.media.detect.MediaKind;

/**
 * What a course says about itself; every text a learner sees has a variant per language.
 *
 * @param title             required, in at least one language
 * @param description       may be empty
 * @param keywords          words learners search by, each with its variants (at most 50)
 * @param audience          who the course is for ("người cao tuổi", "học sinh"...), may be empty
 * @param coverImageAssetId an uploaded image shown as the course's cover, or absent
 * @param tags              machine tags: lower-case letters, digits and '-' (at most 30)
 * @param languages         the languages the course is written in, the default first (default {@code ["vi"]})
 */
public record CourseDetails(LocalizedText title, LocalizedText description, List<LocalizedText> keywords,
        LocalizedText audience, UUID coverImageAssetId, List<String> tags, List<String> languages) {

    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");

    public CourseDetails {
        title = LocalizedText.orEmpty(title);
        description = LocalizedText.orEmpty(description);
        keywords = keywords == null ? List.of() : keywords.stream().map(LocalizedText::orEmpty).toList();
        audience = LocalizedText.orEmpty(audience);
        tags = tags == null ? List.of() : new ArrayList<>(tags).stream().toList();
        languages = languages == null || languages.isEmpty() ? List.of("vi") : new ArrayList<>(languages).stream().toList();
    }

    /** Every rule the details break, each with its field path. */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        found.addAll(LocalizedText.violations(title, "title", true, 300));
        found.addAll(LocalizedText.violations(description, "description", false, 5000));
        if (keywords.size() > 50) {
            found.add(new Violation("keywords", "at most 50 keywords"));
        }
        for (int i = 0; i < keywords.size(); i++) {
            found.addAll(LocalizedText.violations(keywords.get(i), "keywords[" + i + "]", true, 100));
        }
        found.addAll(LocalizedText.violations(audience, "audience", false, 500));
        if (tags.size() > 30) {
            found.add(new Violation("tags", "at most 30 tags"));
        }
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i) == null || !TAG.matcher(tags.get(i)).matches()) {
                found.add(new Violation("tags[" + i + "]", "must be 1 to 50 lower-case letters, digits or '-'"));
            }
        }
        for (int i = 0; i < languages.size(); i++) {
            if (!Language.isSupported(languages.get(i))) {
                found.add(new Violation("languages[" + i + "]", "must be one of " + Language.CODES));
            }
        }
        if (new LinkedHashSet<>(languages).size() != languages.size()) {
            found.add(new Violation("languages", "names a language twice"));
        }
        return found;
    }

    /** The cover image as an asset the course names (it must be an image), when there is one. */
    @JsonIgnore
    public Optional<BlockContent.AssetReference> coverReference() {
        return Optional.ofNullable(coverImageAssetId).map(id -> new BlockContent.AssetReference("coverImageAssetId", id,
                EnumSet.of(MediaKind.IMAGE), "an image"));
    }

    /** The details as stored: tags without duplicates, texts stripped. */
    public CourseDetails normalized() {
        return new CourseDetails(title.map(String::strip), description.map(String::strip),
                keywords.stream().map(k -> k.map(String::strip)).toList(), audience.map(String::strip),
                coverImageAssetId, List.copyOf(new LinkedHashSet<>(tags)), languages);
    }
}
