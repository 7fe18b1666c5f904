package vn.hoctap.authoring.web;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import vn.hoctap.authoring.course.CourseDrafts;
import vn.hoctap.authoring.publishing.JdbcPublishedCourses;
import vn.hoctap.authoring.publishing.PublishedCourses;
import vn.hoctap.authoring.publishing.Publishing;
import vn.hoctap.core.persistence.Transactor;

/**
 * The authoring services in the container, on the container's transactions. They are stateless and thread-safe:
 * one instance each ({@code @Singleton}, no client proxy for these final classes). {@link PublishedCourses} is
 * the query API other modules (the packager) inject.
 */
@ApplicationScoped
public class AuthoringServices {

    @Inject
    Transactor transactor;

    @Produces
    @Singleton
    CourseDrafts courseDrafts() {
        return new CourseDrafts(transactor, Clock.systemUTC());
    }

    @Produces
    @Singleton
    Publishing publishing() {
        return new Publishing(transactor, Clock.systemUTC());
    }

    @Produces
    @Singleton
    PublishedCourses publishedCourses() {
        return new JdbcPublishedCourses(transactor);
    }
}
