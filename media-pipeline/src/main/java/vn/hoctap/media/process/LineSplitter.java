package vn.hoctap.media.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads a program's output as lines of bounded length. A line ends at {@code \n}, {@code \r} or {@code \r\n}
 * (FFmpeg redraws its status line with {@code \r}); characters past {@code maxLineChars} in one line are dropped,
 * so that a program writing without line breaks cannot exhaust memory. Bytes that are not UTF-8 become U+FFFD.
 */
final class LineSplitter {

    private LineSplitter() {
    }

    /**
     * Reads {@code in} to its end, passing each line to {@code sink}. Does not close {@code in}.
     *
     * @throws IOException if reading fails
     */
    static void forEachLine(InputStream in, int maxLineChars, Consumer<String> sink) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        StringBuilder line = new StringBuilder();
        char[] buffer = new char[8192];
        boolean lastWasCr = false;
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (c == '\n' && lastWasCr) {
                    lastWasCr = false;
                    continue;
                }
                lastWasCr = c == '\r';
                if (c == '\n' || c == '\r') {
                    sink.accept(line.toString());
                    line.setLength(0);
                } else if (line.length() < maxLineChars) {
                    line.append(c);
                }
            }
        }
        if (line.length() > 0) {
            sink.accept(line.toString());
        }
    }
}
