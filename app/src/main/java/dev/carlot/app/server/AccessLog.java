package dev.carlot.app.server;

import dev.carlot.app.observe.Exchange;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One line per request on the logger {@code carlot.access}: method, route template, status
 * and milliseconds. Silence it with {@code carlot.access.level=OFF} in logging.properties.
 */
final class AccessLog implements Consumer<Exchange> {
    private static final Logger LOG = Logger.getLogger("carlot.access");

    @Override
    public void accept(Exchange exchange) {
        if (LOG.isLoggable(Level.INFO)) {
            LOG.info(exchange.method() + " " + exchange.route() + " " + exchange.status() + " " + exchange.millis() + " ms");
        }
    }
}
