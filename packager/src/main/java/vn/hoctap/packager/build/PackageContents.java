package vn.hoctap.packager.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.hoctap.packager.content.Block;
import vn.hoctap.packager.content.CourseContent;
import vn.hoctap.packager.content.LessonContent;

/**
 * Which content files a package of a given variant carries and where: a file under key {@code k} is at
 * {@code media/k} in the package. Full packages take the large slide images and the 360p MP4s; low-bandwidth
 * packages take the small images and the lowest-rung MP4 or the audio-only rendition. HLS playlists never go
 * into a package (they are for streaming from the server).
 */
final class PackageContents {

    static final String MEDIA_DIRECTORY = "media/";

    private final PackageVariant variant;
    private final Map<String, SortedSet<String>> lessonFiles = new LinkedHashMap<>();
    private final TreeMap<String, String> keysByPath = new TreeMap<>();

    PackageContents(CourseContent course, PackageVariant variant) {
        this.variant = variant;
        for (LessonContent lesson : course.lessons()) {
            SortedSet<String> files = new TreeSet<>();
            for (Block block : lesson.blocks()) {
                if (block instanceof Block.SlidesBlock slides) {
                    for (Block.Slide slide : slides.slides()) {
                        files.add(add(slideImage(slide)));
                        if (slide.narration() != null) {
                            files.add(add(slide.narration().key()));
                        }
                    }
                } else if (block instanceof Block.VideoBlock video) {
                    files.add(add(videoSource(video).key()));
                    if (video.poster() != null) {
                        files.add(add(video.poster()));
                    }
                    video.captions().forEach(captions -> files.add(add(captions.key())));
                } else if (block instanceof Block.ImageBlock image) {
                    files.add(add(variant == PackageVariant.FULL ? image.largeImage() : image.smallImage()));
                }
            }
            lessonFiles.put(lesson.id(), Collections.unmodifiableSortedSet(files));
        }
    }

    /** The media of a video in this variant: the key and whether it is audio only. */
    record VideoSource(String key, boolean audioOnly) {
        String mimeType() {
            return audioOnly ? "audio/mp4" : "video/mp4";
        }
    }

    VideoSource videoSource(Block.VideoBlock video) {
        if (variant == PackageVariant.LOW_BANDWIDTH) {
            if (video.lowestRungMp4() != null) {
                return new VideoSource(video.lowestRungMp4(), false);
            }
            if (video.audioOnly() != null) {
                return new VideoSource(video.audioOnly(), true);
            }
        }
        return new VideoSource(video.mp4(), false);
    }

    String slideImage(Block.Slide slide) {
        return variant == PackageVariant.FULL ? slide.largeImage() : slide.smallImage();
    }

    String imageOf(Block.ImageBlock image) {
        return variant == PackageVariant.FULL ? image.largeImage() : image.smallImage();
    }

    static String path(String key) {
        return MEDIA_DIRECTORY + key;
    }

    /** Paths in the package of the media of a lesson, sorted. */
    SortedSet<String> lessonFiles(LessonContent lesson) {
        return lessonFiles.get(lesson.id());
    }

    /** Every media file of the package: path in the package to key, sorted by path. */
    Map<String, String> keysByPath() {
        return Collections.unmodifiableMap(keysByPath);
    }

    private String add(String key) {
        String path = path(key);
        keysByPath.put(path, key);
        return path;
    }
}
