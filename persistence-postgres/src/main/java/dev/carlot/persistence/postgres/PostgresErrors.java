package dev.carlot.persistence.postgres;

import dev.carlot.persistence.Conflict;
import dev.carlot.persistence.ConflictException;
import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.NotFoundException;
import dev.carlot.persistence.PersistenceException;
import dev.carlot.persistence.UnavailableException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The one place where driver and server errors become Carlot's error tree. The messages of
 * {@link ConflictException}, {@link NotFoundException} and {@link InvalidDataException} reach
 * clients, so they are Carlot's own sentences below, never the server's or the driver's words
 * (which may quote a value, name a table or an encoding); those go to the operator's log, in one
 * line, and never the server's detail line (which quotes row values, such as password hashes).
 */
public final class PostgresErrors {
    private static final System.Logger LOG = System.getLogger(PostgresErrors.class.getName());

    /** Sentences for a reference to a row that does not exist, by foreign key. */
    private static final Map<String, String> MISSING = Map.of(
            "cars_seller_id_fkey", "the seller does not exist",
            "sessions_user_id_fkey", "the user does not exist",
            "inquiries_car_id_fkey", "the car does not exist",
            "inquiries_user_id_fkey", "the user does not exist",
            "favorites_car_id_fkey", "the car does not exist",
            "favorites_user_id_fkey", "the user does not exist",
            "reviews_car_id_fkey", "the car does not exist",
            "reviews_user_id_fkey", "the user does not exist",
            "posts_author_id_fkey", "the author does not exist");
    /** The server's routine for PL/pgSQL's RAISE: the message is then one of Carlot's migrations wrote. */
    private static final String RAISE = "exec_stmt_raise";

    private PostgresErrors() {
    }

    /**
     * Translates a failure of a statement. {@code inserting} says the statement only adds rows:
     * then a foreign key violation can only mean that a referenced row is missing.
     */
    public static RuntimeException translate(Throwable failure, boolean inserting) {
        if (failure instanceof PersistenceException known) {
            return known;
        }
        if (failure instanceof AcquisitionFailure acquisition) {
            return acquisition.unavailable();
        }
        Optional<SQLException> sql = sqlCause(failure);
        if (sql.isEmpty()) {
            return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
        return translate(sql.get(), inserting);
    }

    /** Translates a failure of the driver or the server; {@code inserting} as in {@link #translate(Throwable, boolean)}. */
    public static RuntimeException translate(SQLException e, boolean inserting) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        Optional<ServerErrorMessage> server = e instanceof PSQLException p
                ? Optional.ofNullable(p.getServerErrorMessage()) : Optional.empty();
        String constraint = server.map(ServerErrorMessage::getConstraint).orElse("");
        String message = server.map(ServerErrorMessage::getMessage).orElse("the database refused the change");
        boolean ours = server.map(ServerErrorMessage::getRoutine).filter(RAISE::equals).isPresent();
        Optional<Conflict> conflict = PostgresConflicts.of(constraint);
        Optional<String> known = (ours ? Optional.of(message) : Optional.<String>empty())
                .or(() -> conflict.map(PostgresConflicts::sentence))
                .or(() -> Optional.ofNullable(MISSING.get(constraint)));
        if (state.equals("23503") && inserting) {
            return new NotFoundException(known.orElseGet(() ->
                    refused(state, constraint, message, "a record the change refers to does not exist")));
        }
        // 23001: PostgreSQL 18 reports an ON DELETE RESTRICT reference this way (earlier: 23503).
        if (state.equals("23505") || state.equals("23503") || state.equals("23001") || state.equals("23P01")) {
            return new ConflictException(conflict.orElse(Conflict.OTHER), known.orElseGet(() ->
                    refused(state, constraint, message, "the change conflicts with the stored data")), e);
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return new ConflictException(Conflict.CONCURRENT_CHANGE, PostgresConflicts.sentence(Conflict.CONCURRENT_CHANGE), e);
        }
        if (state.startsWith("22") || state.equals("23514") || state.equals("23502")) {
            return new InvalidDataException(known.orElseGet(() ->
                    refused(state, constraint, message, invalidSentence(state))), e);
        }
        if (state.equals("53100")) {
            return UnavailableException.diskFull("the database's disk is full: " + message, e);
        }
        if (isConnectionFailure(e)) {
            return new UnavailableException("the database is unavailable: " + firstLine(message(e)), e);
        }
        if (state.equals("57014")) {
            return new UnavailableException("the database did not answer in time: " + message, e);
        }
        if (state.equals("26000") || state.equals("42P05")) {
            // a bug to fix by configuration, not a passing outage: a 500, and the log says what to change
            return new IllegalStateException("a prepared statement the driver named is " + (state.equals("26000")
                    ? "missing from" : "already on") + " its server connection (" + state + "): a pooler in transaction"
                    + " mode, such as PgBouncer before 1.21, lends connections per transaction; add prepareThreshold=0"
                    + " to DATABASE_URL (docs/scaling.md)", e);
        }
        if (state.equals("42P01") || state.equals("42703")) {
            return new UnavailableException("the database schema is not up to date; run 'carlot migrate'", e);
        }
        return new IllegalStateException("unexpected database error " + state + ": " + message, e);
    }

    /** "cannot connect to PostgreSQL at host:port: reason", with the reason in plain words. */
    static UnavailableException cannotConnect(PostgresUrl url, SQLException e) {
        return new UnavailableException("cannot connect to PostgreSQL at " + url.address() + ": " + reason(e), e);
    }

    private static String reason(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            switch (t) {
                case ConnectException c -> {
                    return "connection refused";
                }
                case UnknownHostException u -> {
                    return "unknown host";
                }
                case NoRouteToHostException n -> {
                    return "no route to host";
                }
                case SocketTimeoutException s -> {
                    return "no answer within " + PostgresPool.CONNECT_TIMEOUT_SECONDS + " s";
                }
                default -> {
                }
            }
        }
        return firstLine(message(e));
    }

    /** Connection lost or refused, server shutting down or out of resources: retrying later may work. */
    static boolean isConnectionFailure(SQLException e) {
        String state = Optional.ofNullable(e.getSQLState()).orElse("");
        return e instanceof SQLTransientConnectionException || state.startsWith("08") || state.startsWith("53")
                || state.startsWith("57P");
    }

    /** Carlot's words for a value the database refused; the server's would name its types and encodings. */
    private static String invalidSentence(String state) {
        return switch (state) {
            case "23502" -> "a required value is missing";
            case "23514" -> "a value is outside the range the data allows";
            case "22001" -> "a text is longer than the data allows";
            case "22003" -> "a number is outside the range the data allows";
            default -> "a value cannot be stored as given";
        };
    }

    /**
     * The server's refusal, in the operator's log: a refusal that reaches here is a rule no
     * validation in front of the database caught, which is worth a look. Returns {@code sentence}.
     */
    private static String refused(String state, String constraint, String message, String sentence) {
        LOG.log(System.Logger.Level.WARNING, "the database refused a statement ({0}{1}): {2}; the client is told: {3}",
                state, constraint.isEmpty() ? "" : ", " + constraint, firstLine(message), sentence);
        return sentence;
    }

    static Optional<SQLException> sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    /** The server's own words for a failure, without the detail line. */
    static String message(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            return p.getServerErrorMessage().getMessage();
        }
        return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    }

    /** The text up to its first line break. */
    public static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
