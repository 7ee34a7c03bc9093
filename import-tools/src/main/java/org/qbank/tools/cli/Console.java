package org.qbank.tools.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Where a command speaks: human text on stdout, or with {@code --json} one JSON document on stdout; a progress bar on
 * stderr (never mixed into the JSON).
 */
public final class Console {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private final boolean quiet;
    private int lastPercent = -1;

    public Console(PrintStream out, PrintStream err, boolean json, boolean quiet) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.quiet = quiet;
    }

    public boolean json() {
        return json;
    }

    /** A line for people; suppressed in JSON mode. */
    public void say(String line) {
        if (!json) {
            out.println(line);
        }
    }

    public void error(String line) {
        err.println(line);
    }

    /** The machine-readable result (JSON mode only). */
    public void result(Map<String, Object> result) {
        if (!json) {
            return;
        }
        try {
            JSON.writeValue(out, result);
            out.println();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Draws "[#####.....]  52%  5,200/10,000 label" on stderr, redrawn in place. */
    public void progress(String label, long done, long total) {
        if (quiet || total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent / 4;
        err.print("\r[" + "#".repeat(filled) + ".".repeat(25 - filled) + "] " + String.format("%3d%% %,d/%,d ", percent, done, total) + label);
        if (done >= total) {
            err.println();
            lastPercent = -1;
        }
        err.flush();
    }
}
