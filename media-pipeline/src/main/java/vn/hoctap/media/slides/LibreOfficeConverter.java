package vn.hoctap.media.slides;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import vn.hoctap.media.detect.MediaKind;

/**
 * Converts a deck (pptx, ppt, odp) to PDF with LibreOffice in headless mode, one separate {@code soffice}
 * process per conversion. LibreOffice draws charts, SmartArt and effects that Apache POI leaves blank, which is
 * why it is the first choice.
 *
 * <p>Every run:
 * <ul>
 *   <li>works on a private copy of the input in its own temporary directory (the input is never opened by
 *       LibreOffice, so no lock file appears next to it and it cannot be changed), named with the extension of
 *       the <em>detected</em> kind (LibreOffice partly trusts extensions: a pptx named {@code .pdf} would be
 *       opened as a PDF drawing);</li>
 *   <li>uses a LibreOffice user profile directory that no other running conversion uses
 *       ({@code -env:UserInstallation}); with {@link Builder#reuseProfiles(boolean)} a profile of an earlier
 *       <em>successful</em> run is reused, which skips LibreOffice's first-start initialisation; a profile of a
 *       failed or killed run is deleted;</li>
 *   <li>runs at lowered CPU priority ({@code nice}) and is killed, with every child process, after the
 *       time-out;</li>
 *   <li>exports hidden slides too ({@code ExportHiddenSlides}), so that page <i>n</i> of the PDF is slide
 *       <i>n</i> of the deck;</li>
 *   <li>is checked: LibreOffice exits with status 0 even when it wrote nothing, so success means a non-empty
 *       file starting with {@code %PDF-}.</li>
 * </ul>
 * At most {@link Builder#maxConcurrentConversions(int)} conversions run at once; further callers wait.
 *
 * <p>Instances are thread-safe. They hold no process between conversions; {@link #close()} only deletes the
 * kept profiles.
 */
public final class LibreOfficeConverter implements AutoCloseable {

    /** Used when the builder is not given a time-out. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private static final List<Path> WELL_KNOWN_SOFFICE = List.of(
            Path.of("/usr/bin/soffice"), Path.of("/usr/lib/libreoffice/program/soffice"));
    private static final List<Path> WELL_KNOWN_NICE = List.of(Path.of("/usr/bin/nice"), Path.of("/bin/nice"));
    private static final String PDF_EXPORT_FILTER = "pdf:impress_pdf_Export:{"
            + "\"ExportHiddenSlides\":{\"type\":\"boolean\",\"value\":\"true\"},"
            + "\"IsSkipEmptyPages\":{\"type\":\"boolean\",\"value\":\"false\"},"
            + "\"ExportNotesPages\":{\"type\":\"boolean\",\"value\":\"false\"}}";
    private static final int LOG_TAIL_CHARACTERS = 600;

    private final Optional<Path> soffice;
    private final String searchedLocations;
    private final Optional<Path> nice;
    private final int niceness;
    private final Duration timeout;
    private final Path workDirectory;
    private final boolean reuseProfiles;
    private final Semaphore slots;
    private final Deque<Path> idleProfiles = new ConcurrentLinkedDeque<>();
    private final AtomicLong profileCounter = new AtomicLong();

    private LibreOfficeConverter(Builder builder) {
        if (builder.soffice != null) {
            this.soffice = Optional.of(builder.soffice).filter(Files::isExecutable);
            this.searchedLocations = builder.soffice.toString();
        } else {
            this.soffice = locateSoffice();
            this.searchedLocations = "PATH, " + WELL_KNOWN_SOFFICE.get(0) + ", " + WELL_KNOWN_SOFFICE.get(1);
        }
        this.nice = builder.niceness > 0 ? findExecutable("nice", WELL_KNOWN_NICE) : Optional.empty();
        this.niceness = builder.niceness;
        this.timeout = builder.timeout;
        this.workDirectory = builder.workDirectory;
        this.reuseProfiles = builder.reuseProfiles;
        this.slots = new Semaphore(builder.maxConcurrentConversions, true);
    }

    /** A converter with the defaults of {@link Builder}: soffice found on this machine, 5 minutes, nice 10. */
    public static LibreOfficeConverter onThisMachine() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The {@code soffice} program on this machine: the first executable {@code soffice} on {@code PATH}, else
     * {@code /usr/bin/soffice}, else {@code /usr/lib/libreoffice/program/soffice}.
     */
    public static Optional<Path> locateSoffice() {
        return findExecutable("soffice", WELL_KNOWN_SOFFICE);
    }

    /** Whether a {@code soffice} program was found; when not, {@link #convertToPdf} throws. */
    public boolean isAvailable() {
        return soffice.isPresent();
    }

    /** The {@code soffice} program used, if found. */
    public Optional<Path> soffice() {
        return soffice;
    }

    /**
     * Converts one deck to PDF.
     *
     * @param deck      the deck; read (copied), never modified, its name is ignored
     * @param kind      what the deck was detected as: {@link MediaKind#SLIDES_PPTX}, {@link MediaKind#SLIDES_PPT}
     *                  or {@link MediaKind#SLIDES_ODP}
     * @param targetPdf where to write the PDF; its directory must exist; an existing file is replaced
     * @return the conversion, with the PDF at {@code targetPdf}
     * @throws IllegalArgumentException       when {@code kind} is not a slide deck
     * @throws ConverterUnavailableException  when no {@code soffice} was found or it cannot be started
     * @throws ConversionTimeoutException     when LibreOffice ran longer than the time-out (it was killed)
     * @throws ConversionFailedException      when LibreOffice wrote no valid PDF, for example because the deck
     *                                        is damaged or password-protected (the caller, who can open the
     *                                        deck, tells which), or when the waiting thread was interrupted
     * @throws SlideStorageException          when the deck cannot be read or the temporary files written
     */
    public PdfConversion convertToPdf(Path deck, MediaKind kind, Path targetPdf) {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(targetPdf, "targetPdf");
        String extension = extensionOf(kind);
        Path program = soffice.orElseThrow(() -> new ConverterUnavailableException(
                "LibreOffice is not installed: no executable soffice found (looked in " + searchedLocations
                        + "). Install the Debian package libreoffice-impress."));
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConversionFailedException("Interrupted while waiting for a free LibreOffice slot", e);
        }
        Path job = null;
        Profile profile = null;
        boolean succeeded = false;
        try {
            Files.createDirectories(workDirectory);
            job = Files.createTempDirectory(workDirectory, "soffice-job-");
            Path inputCopy = Files.createDirectory(job.resolve("in")).resolve("deck." + extension);
            Path outDir = Files.createDirectory(job.resolve("out"));
            Path log = job.resolve("soffice.log");
            Files.copy(deck, inputCopy);
            profile = borrowProfile();

            long started = System.nanoTime();
            Process process = start(program, profile.dir(), inputCopy, outDir, log, job);
            awaitOrKill(process, log);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

            Path written = outDir.resolve("deck.pdf");
            checkPdf(written, process.exitValue(), log);
            moveInto(written, targetPdf);
            succeeded = true;
            return new PdfConversion(targetPdf, elapsed, profile.warm());
        } catch (IOException e) {
            throw new SlideStorageException("Cannot prepare or finish the LibreOffice conversion of " + deck
                    + ": " + e.getMessage(), e);
        } finally {
            if (profile != null) {
                returnProfile(profile, succeeded);
            }
            if (job != null) {
                deleteTree(job);
            }
            slots.release();
        }
    }

    /** Deletes the kept user profiles. Conversions still running are not affected; the converter stays usable. */
    @Override
    public void close() {
        Path profile;
        while ((profile = idleProfiles.poll()) != null) {
            deleteTree(profile);
        }
    }

    private Process start(Path program, Path profileDir, Path input, Path outDir, Path log, Path job)
            throws IOException {
        List<String> command = new ArrayList<>();
        nice.ifPresent(n -> {
            command.add(n.toString());
            command.add("-n");
            command.add(Integer.toString(niceness));
        });
        command.addAll(List.of(program.toString(),
                "-env:UserInstallation=" + profileDir.toUri(),
                "--headless", "--invisible", "--nologo", "--nodefault", "--nolockcheck", "--norestore",
                "--convert-to", PDF_EXPORT_FILTER,
                "--outdir", outDir.toString(),
                input.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(job.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new ConverterUnavailableException("Cannot start LibreOffice (" + program + "): " + e.getMessage(), e);
        }
    }

    private void awaitOrKill(Process process, Path log) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(process);
                throw new ConversionTimeoutException("LibreOffice did not finish within " + describe(timeout)
                        + " and was stopped. " + logTail(log));
            }
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            throw new ConversionFailedException("Interrupted while LibreOffice was converting; it was stopped", e);
        }
    }

    private static void checkPdf(Path written, int exitCode, Path log) throws IOException {
        if (!Files.isRegularFile(written) || Files.size(written) == 0) {
            throw new ConversionFailedException("LibreOffice wrote no PDF (exit status " + exitCode + "). "
                    + logTail(log));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(written)) {
            head = in.readNBytes(5);
        }
        if (!new String(head, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new ConversionFailedException("LibreOffice wrote a file that is not a PDF (exit status "
                    + exitCode + "). " + logTail(log));
        }
    }

    private static void moveInto(Path written, Path target) throws IOException {
        try {
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException otherFileSystem) {
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Kills the process and every descendant (soffice is a script that starts oosplash, which starts
     * soffice.bin). Children are killed before their parent, in a few rounds, so that a child started while
     * killing is not orphaned.
     */
    static void killTree(Process process) {
        List<ProcessHandle> killed = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            List<ProcessHandle> descendants = process.descendants().filter(ProcessHandle::isAlive).toList();
            if (descendants.isEmpty()) {
                break;
            }
            for (int i = descendants.size() - 1; i >= 0; i--) {
                descendants.get(i).destroyForcibly();
            }
            killed.addAll(descendants);
        }
        process.destroyForcibly();
        for (ProcessHandle handle : concat(killed, process.toHandle())) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException notYet) {
                // Best effort: the kernel reaps it; nothing else to do.
            }
        }
    }

    private static List<ProcessHandle> concat(List<ProcessHandle> list, ProcessHandle last) {
        List<ProcessHandle> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }

    private Profile borrowProfile() throws IOException {
        if (reuseProfiles) {
            Path idle = idleProfiles.poll();
            if (idle != null) {
                return new Profile(idle, true);
            }
        }
        Path root = workDirectory.resolve("soffice-profiles");
        Files.createDirectories(root);
        Path fresh = root.resolve("profile-" + ProcessHandle.current().pid() + "-" + profileCounter.incrementAndGet());
        deleteTree(fresh);
        return new Profile(fresh, false);
    }

    private void returnProfile(Profile profile, boolean succeeded) {
        if (reuseProfiles && succeeded && Files.isDirectory(profile.dir())) {
            idleProfiles.push(profile.dir());
        } else {
            deleteTree(profile.dir());
        }
    }

    private static String extensionOf(MediaKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case SLIDES_PPTX -> "pptx";
            case SLIDES_PPT -> "ppt";
            case SLIDES_ODP -> "odp";
            default -> throw new IllegalArgumentException("Not a slide deck: " + kind);
        };
    }

    private static String logTail(Path log) {
        try {
            if (!Files.isRegularFile(log)) {
                return "LibreOffice printed nothing.";
            }
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            // A harmless warning of every headless start; it hides the real message.
            text = text.lines().filter(line -> !line.contains("javaldx")).reduce((a, b) -> a + " | " + b).orElse("");
            if (text.isEmpty()) {
                return "LibreOffice printed nothing.";
            }
            if (text.length() > LOG_TAIL_CHARACTERS) {
                text = "…" + text.substring(text.length() - LOG_TAIL_CHARACTERS);
            }
            return "LibreOffice said: " + text;
        } catch (IOException | UncheckedIOException e) {
            return "Its output could not be read.";
        }
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static Optional<Path> findExecutable(String name, List<Path> wellKnown) {
        String pathVariable = System.getenv("PATH");
        if (pathVariable != null) {
            for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
                if (dir.isBlank()) {
                    continue;
                }
                Path candidate = Path.of(dir).resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return wellKnown.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // Left for the temporary directory's clean-up.
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // Same.
        }
    }

    /** A user profile directory lent to one run. */
    private record Profile(Path dir, boolean warm) {
    }

    /** Settings of a {@link LibreOfficeConverter}; every setting has a default. */
    public static final class Builder {
        private Path soffice;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int niceness = 10;
        private Path workDirectory = Path.of(System.getProperty("java.io.tmpdir"), "hoctap-libreoffice");
        private boolean reuseProfiles = true;
        private int maxConcurrentConversions = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

        private Builder() {
        }

        /**
         * Use this program instead of searching for {@code soffice}. When it is not an executable file the
         * converter is {@linkplain #isAvailable() unavailable}. Default: search PATH and the Debian locations.
         */
        public Builder soffice(Path program) {
            this.soffice = Objects.requireNonNull(program, "program");
            return this;
        }

        /** Longest a conversion may run before it is killed; positive. Default 5 minutes. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** {@code nice} increment for LibreOffice, 0 to 19; 0 runs it without {@code nice}. Default 10. */
        public Builder niceness(int niceness) {
            if (niceness < 0 || niceness > 19) {
                throw new IllegalArgumentException("niceness must be 0..19: " + niceness);
            }
            this.niceness = niceness;
            return this;
        }

        /**
         * Directory for per-run copies, outputs and profiles (created when missing). Default
         * {@code ${java.io.tmpdir}/hoctap-libreoffice}.
         */
        public Builder workDirectory(Path directory) {
            this.workDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Whether a profile of a successful run may be lent to a later run (never to two runs at once).
         * Default {@code true}: it saves LibreOffice's first-start initialisation of a new profile.
         */
        public Builder reuseProfiles(boolean reuse) {
            this.reuseProfiles = reuse;
            return this;
        }

        /** How many LibreOffice processes may run at once; at least 1. Default: half the processors, at least 1. */
        public Builder maxConcurrentConversions(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConcurrentConversions must be at least 1: " + max);
            }
            this.maxConcurrentConversions = max;
            return this;
        }

        public LibreOfficeConverter build() {
            return new LibreOfficeConverter(this);
        }
    }
}
