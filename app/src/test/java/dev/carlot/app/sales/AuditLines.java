package dev.carlot.app.sales;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The lines written to the audit log ({@code carlot.audit}) while it is open. */
final class AuditLines extends Handler implements AutoCloseable {
    private static final Logger AUDIT = Logger.getLogger("carlot.audit");
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private AuditLines() {
    }

    static AuditLines capture() {
        AuditLines capture = new AuditLines();
        AUDIT.addHandler(capture);
        return capture;
    }

    List<String> starting(String event) {
        return lines.stream().filter(line -> line.startsWith(event + " ")).toList();
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
