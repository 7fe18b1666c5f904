package vn.hoctap.packager.launch.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hoctap.core.config.Setting;
import vn.hoctap.core.persistence.Transactor;
import vn.hoctap.core.storage.ObjectStore;
import vn.hoctap.lrs.cmi5.Cmi5Sessions;
import vn.hoctap.lrs.document.DocumentService;
import vn.hoctap.lrs.statement.StatementService;
import vn.hoctap.lrs.store.StoreAdministration;
import vn.hoctap.packager.launch.Cmi5Courses;
import vn.hoctap.packager.launch.Cmi5Launches;
import vn.hoctap.packager.launch.Cmi5Repository;
import vn.hoctap.packager.launch.CourseStructureReader;
import vn.hoctap.packager.launch.CourseStructureSchema;

/**
 * The cmi5 LMS services, wired with the container's transactions, object store, LRS services and settings. One
 * instance each ({@code @Singleton}); {@link Cmi5Launches} is also the LRS's {@code Cmi5SessionListener}.
 */
@ApplicationScoped
public class PackagerLaunchServices {

    /** Optional path of CourseStructure.xsd: when set, every imported cmi5.xml is also validated against it. */
    @Inject
    @ConfigProperty(name = "hoctap.cmi5.course-structure-xsd")
    Optional<String> courseStructureXsd;

    @Inject
    Transactor transactor;

    @Inject
    ObjectStore objects;

    @Produces
    @Singleton
    Cmi5Courses cmi5Courses(StoreAdministration stores) {
        var schema = courseStructureXsd.filter(path -> !path.isBlank())
                .map(path -> Setting.CMI5_COURSE_STRUCTURE_XSD.parse(Path.of(path), CourseStructureSchema::compile));
        return new Cmi5Courses(transactor, new Cmi5Repository(), new CourseStructureReader(schema), objects, stores,
                Clock.systemUTC());
    }

    @Produces
    @Singleton
    Cmi5Launches cmi5Launches(Cmi5Courses courses, Cmi5Sessions sessions, StoreAdministration stores,
            StatementService statements, DocumentService documents) {
        return new Cmi5Launches(transactor, new Cmi5Repository(), courses, sessions, stores, statements, documents,
                new ObjectMapper(), Clock.systemUTC());
    }
}
