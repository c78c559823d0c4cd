package dev.carlot.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The lines written to the audit log ({@code carlot.audit}), or another logger, while it is open. */
public final class AuditLines extends Handler implements AutoCloseable {
    private final Logger logger;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private AuditLines(Logger logger) {
        this.logger = logger;
    }

    public static AuditLines capture() {
        return capture("carlot.audit");
    }

    /** The lines of the logger named {@code loggerName}, such as a class's own. */
    public static AuditLines capture(String loggerName) {
        AuditLines capture = new AuditLines(Logger.getLogger(loggerName));
        capture.logger.addHandler(capture);
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
        logger.removeHandler(this);
    }
}
