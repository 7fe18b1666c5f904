package vn.hoctap.packager.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.packager.content.CourseContent;

/** The JSON index of a course version's packages, keys in a fixed order (see {@link PackagePublisher#publishAll}). */
final class PackageIndex {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PackageIndex() {
    }

    static byte[] json(CourseContent course, List<PackagePublisher.PublishedPackage> packages) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("courseIri", course.courseIri());
        root.put("version", course.version());
        List<Object> list = new ArrayList<>();
        for (PackagePublisher.PublishedPackage p : packages) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("format", p.built().format().slug());
            entry.put("variant", p.built().variant().slug());
            entry.put("key", p.object().key());
            entry.put("fileName", p.built().fileName());
            entry.put("size", p.object().size());
            entry.put("sha256", p.object().sha256());
            entry.put("withinLowBandwidthBudget", p.built().sizeCheck().withinBudget());
            List<Object> lessons = new ArrayList<>();
            for (LowBandwidthBudget.LessonSize lesson : p.built().sizeCheck().lessons()) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("lessonId", lesson.lessonId());
                l.put("mediaBytes", lesson.mediaBytes());
                l.put("videoSeconds", lesson.videoSeconds());
                l.put("slideSeconds", lesson.slideSeconds());
                l.put("budgetBytes", lesson.budgetBytes());
                lessons.add(l);
            }
            entry.put("lessons", lessons);
            list.add(entry);
        }
        root.put("packages", list);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the package index cannot be written", e);
        }
    }
}
