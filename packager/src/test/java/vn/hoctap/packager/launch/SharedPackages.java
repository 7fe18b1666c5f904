package vn.hoctap.packager.launch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.validation.Schema;

/** The reference material of {@code ../shared} (CATAPULT cmi5 packages, CourseStructure.xsd); tests skip without it. */
final class SharedPackages {

    private SharedPackages() {
    }

    static Path shared() {
        for (Path candidate : List.of(Path.of("../../shared"), Path.of("../shared"))) {
            if (Files.isDirectory(candidate.resolve("packages/cmi5"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        assumeTrue(false, "../shared (reference packages and schemas) is absent: skipped");
        throw new IllegalStateException();
    }

    static Path catapult(String name) {
        return shared().resolve("packages/cmi5").resolve(name);
    }

    static Schema schema() {
        return CourseStructureSchema.compile(shared().resolve("schemas/cmi5/CourseStructure.xsd"));
    }

    static Set<String> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Zips a package directory (files at the zip's root) into {@code target}. */
    static Path zip(Path dir, Path target, Optional<String> replacedManifest) {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String file : files(dir).stream().sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file));
                if (file.equals("cmi5.xml") && replacedManifest.isPresent()) {
                    zip.write(replacedManifest.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    Files.copy(dir.resolve(file), zip);
                }
                zip.closeEntry();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
