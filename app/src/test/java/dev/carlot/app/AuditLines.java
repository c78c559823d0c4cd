package dev.carlot.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The lines written to the audit log ({@code carlot.audit}) while it is open. */
public final class AuditLines extends Handler implements AutoCloseable {
    private static final Logger AUDIT = Logger.getLogger("carlot.audit");
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private AuditLines() {
    }

    public static AuditLines capture() {
        AuditLines capture = new AuditLines();
        AUDIT.addHandler(capture);
        return capture;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines of {@code event}. */
    public List<String> of(String event) {
        return lines.stream().filter(l -> l.startsWith(event + " ")).toList();
    }

    @Override
    public void publish(LogRecord record) {
        lines.add(record.getMessage());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        AUDIT.removeHandler(this);
    }
}
