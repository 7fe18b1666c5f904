package vn.hoctap.media.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs real programs (sh, sleep, the bundled ffmpeg) as children. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExternalToolTest {

    private static final Path SH = Path.of("/bin/sh");

    @TempDir
    Path dir;

    private final ExternalTool tool = ExternalTool.lowPriority();

    private ToolCommand.Builder sh(String script, Duration timeout) {
        return ToolCommand.builder(SH).arguments("-c", script).workingDirectory(dir).timeout(timeout);
    }

    @Test
    void capturesStdoutAndRunsInTheWorkingDirectory() {
        ToolResult result = tool.run(sh("pwd; echo second", Duration.ofSeconds(10)).captureStdout(1000).build(),
                Cancellation.never());

        assertThat(result.stdout()).isEqualTo(dir.toString() + "\nsecond\n");
        assertThat(result.stdoutTruncated()).isFalse();
    }

    @Test
    void stdoutCaptureIsBounded() {
        ToolResult result = tool.run(sh("seq 1 1000", Duration.ofSeconds(10)).captureStdout(20).build(),
                Cancellation.never());

        assertThat(result.stdout()).isEqualTo("1\n2\n3\n4\n5\n6\n7\n8\n9\n");
        assertThat(result.stdoutTruncated()).isTrue();
    }

    @Test
    void theChildDoesNotSeeTheServersEnvironment() {
        ToolResult result = tool.run(sh("env | sort", Duration.ofSeconds(10)).captureStdout(10_000)
                .environment("EXTRA", "yes").build(), Cancellation.never());

        assertThat(result.stdout().lines().map(l -> l.substring(0, l.indexOf('='))).toList())
                .doesNotContain("HOME", "JAVA_HOME", "MAVEN_OPTS", "USER")
                .contains("PATH", "LANG", "EXTRA");
    }

    @Test
    void aFailingProgramReportsItsExitCodeAndTheLastLinesOfStderr() {
        ToolCommand command = sh("for i in $(seq 1 100); do echo line $i >&2; done; exit 3", Duration.ofSeconds(10))
                .stderrTailLines(5).build();

        assertThatThrownBy(() -> tool.run(command, Cancellation.never()))
                .isInstanceOfSatisfying(ToolFailedException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(3);
                    assertThat(e.program()).isEqualTo("sh");
                    assertThat(e.stderrTail()).containsExactly("line 96", "line 97", "line 98", "line 99", "line 100");
                    assertThat(e.getMessage()).isEqualTo("sh exited with code 3: line 100");
                    assertThat(e.isRetryable()).isTrue();
                });
    }

    @Test
    void aMissingProgramIsUnavailable() {
        ToolCommand command = ToolCommand.builder(dir.resolve("no-such-program")).workingDirectory(dir)
                .timeout(Duration.ofSeconds(5)).build();

        assertThatThrownBy(() -> ExternalTool.normalPriority().run(command, Cancellation.never()))
                .isInstanceOf(ToolUnavailableException.class);
        assertThatThrownBy(() -> tool.run(command, Cancellation.never()))
                .isInstanceOf(ToolUnavailableException.class).hasMessageContaining("no-such-program");
        assertThatThrownBy(() -> ExternalTool.normalPriority().start(ToolCommand.builder(SH)
                .workingDirectory(dir.resolve("missing")).timeout(Duration.ofSeconds(5)).build()))
                .isInstanceOf(ToolUnavailableException.class);
    }

    @Test
    void aTimeoutKillsTheWholeProcessTree() throws Exception {
        RunningTool running = tool.start(sh("sleep 60 & sleep 60 & wait", Duration.ofSeconds(2)).build());
        List<ProcessHandle> children = awaitDescendants(running, 2);
        long started = System.nanoTime();

        assertThatThrownBy(running::await).isInstanceOfSatisfying(ToolTimeoutException.class, e -> {
            assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(e.isRetryable()).isTrue();
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        for (ProcessHandle child : children) {
            child.onExit().get(5, TimeUnit.SECONDS);
            assertThat(child.isAlive()).isFalse();
        }
        assertThat(running.isAlive()).isFalse();
    }

    @Test
    void cancellingTheHandleKillsTheProgram() throws Exception {
        RunningTool running = tool.start(sh("sleep 60 & wait", Duration.ofSeconds(60)).build());
        List<ProcessHandle> children = awaitDescendants(running, 1);

        running.cancel();

        assertThatThrownBy(running::await).isInstanceOfSatisfying(ToolCancelledException.class,
                e -> assertThat(e.kind()).isEqualTo(MediaProcessException.Kind.CANCELLED));
        children.get(0).onExit().get(5, TimeUnit.SECONDS);
    }

    @Test
    void cancellingTheTokenFromAnotherThreadKillsTheProgram() throws Exception {
        Cancellation cancellation = Cancellation.create();
        CompletableFuture<ToolResult> run = CompletableFuture.supplyAsync(
                () -> tool.run(sh("sleep 60", Duration.ofSeconds(60)).build(), cancellation));
        Thread.sleep(300);
        long started = System.nanoTime();

        cancellation.cancel();

        assertThatThrownBy(() -> run.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(ToolCancelledException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThatThrownBy(() -> tool.run(sh("true", Duration.ofSeconds(5)).build(), cancellation))
                .isInstanceOf(ToolCancelledException.class);
    }

    @Test
    void lowPriorityRunsTheProgramNiced() throws Exception {
        RunningTool running = tool.start(sh("exec sleep 30", Duration.ofSeconds(30)).build());
        try {
            Thread.sleep(200);
            String stat = Files.readString(Path.of("/proc/" + running.pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            assertThat(tool.lowersPriority()).isTrue();
            assertThat(Integer.parseInt(fields[16])).as("nice value").isEqualTo(ExternalTool.LOW_PRIORITY_NICENESS);
        } finally {
            running.cancel();
        }
    }

    @Test
    void ffmpegProgressReachesOneHundred() {
        List<Integer> reports = new CopyOnWriteArrayList<>();
        FfmpegProgress progress = new FfmpegProgress(Duration.ofSeconds(4), reports::add);
        ToolCommand command = ToolCommand.builder(FfmpegPrograms.bundled().ffmpeg())
                .arguments("-hide_banner", "-nostdin", "-nostats", "-loglevel", "error", "-progress", "pipe:1",
                        "-stats_period", "0.05", "-f", "lavfi", "-i", "testsrc2=s=320x180:r=25:d=4",
                        "-c:v", "libopenh264", "-f", "null", "-")
                .workingDirectory(dir).timeout(Duration.ofSeconds(30)).onStdoutLine(progress).build();

        tool.run(command, Cancellation.never());

        assertThat(reports).isNotEmpty().isSorted().doesNotHaveDuplicates().last().isEqualTo(100);
        assertThat(reports).allMatch(p -> p >= 0 && p <= 100);
    }

    private static List<ProcessHandle> awaitDescendants(RunningTool running, int count) throws InterruptedException {
        ProcessHandle parent = ProcessHandle.of(running.pid()).orElseThrow();
        for (int i = 0; i < 100; i++) {
            List<ProcessHandle> children = parent.descendants().toList();
            if (children.size() >= count) {
                return children;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the children did not start");
    }
}
