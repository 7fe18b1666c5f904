package vn.hoctap.server;

import java.io.File;
import java.net.URI;
import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the container tests: the real {@code ROOT.war} deployed on Payara Micro (one container for all of
 * them), called over HTTP as a client would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class RealWarTest {

    static final String ADMIN_PASSWORD = System.getProperty("hoctap.it.adminPassword");

    @Deployment(testable = false)
    static WebArchive realWar() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("hoctap.war")))
                .as(WebArchive.class);
    }

    @ArquillianResource
    URL deployment;

    HttpClientSupport http() {
        return new HttpClientSupport(URI.create(deployment.toExternalForm().replaceAll("/?$", "/")));
    }
}
