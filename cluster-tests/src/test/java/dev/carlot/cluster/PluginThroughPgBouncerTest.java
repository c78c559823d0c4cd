package dev.carlot.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A plugin with a schema of its own (plugin-fixtures/notes, loaded by every server of the cluster)
 * behind PgBouncer's transaction pool: its transactions take its role and search path with
 * {@code SET LOCAL}, so they hold on whichever server connection PgBouncer lends, they end with
 * the transaction, and the next transaction on that connection, a core one, has none of them.
 */
@Order(2)
@Timeout(600)
@ExtendWith(SharedCluster.class)
class PluginThroughPgBouncerTest {
    private static final String ROLE = "carlot_plugin_notes";
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+)");

    private final Cluster cluster;

    PluginThroughPgBouncerTest(Cluster cluster) {
        this.cluster = cluster;
    }

    /** A field of a flat JSON object, as text (strings unquoted). */
    private static String field(Api.Answer answer, String name) {
        Matcher m = FIELD.matcher(answer.body());
        while (m.find()) {
            if (m.group(1).equals(name)) {
                String value = m.group(2);
                return value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
            }
        }
        throw new AssertionError("no " + name + " in " + answer);
    }

    @Test
    void thePluginsTransactionsKeepItsRoleOnEveryPooledConnectionAndLeaveNothingBehind() throws Exception {
        List<String> wrong = new CopyOnWriteArrayList<>();
        Set<String> pluginPids = ConcurrentHashMap.newKeySet();
        List<Thread> clients = new ArrayList<>();
        int perClient = 12;
        // plugin writes and reads, a denied read of a core table and core requests, interleaved on
        // every server, from more clients at once than PgBouncer has server connections to share out
        for (Api server : cluster.servers()) {
            for (int c = 0; c < 3; c++) {
                int client = clients.size();
                clients.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < perClient; i++) {
                        Api.Answer wrote = server.post("/api/notes", Optional.empty(),
                                "{\"text\":\"pgbouncer " + client + "-" + i + "\"}");
                        if (wrote.status() != 201 || !field(wrote, "user").equals(ROLE)
                                || !field(wrote, "searchPath").contains("plugin_notes")
                                || field(wrote, "searchPath").contains("public")) {
                            wrong.add("write: " + wrote);
                            continue;
                        }
                        pluginPids.add(field(wrote, "pid"));
                        Api.Answer read = server.get("/api/notes/" + field(wrote, "id"), Optional.empty());
                        if (read.status() != 200 || !field(read, "reader").equals(ROLE)) {
                            wrong.add("read: " + read);
                        } else {
                            pluginPids.add(field(read, "pid"));
                        }
                        Api.Answer core = server.get("/api/cars?limit=1", Optional.empty());
                        if (core.status() != 200) {
                            wrong.add("core: " + core);
                        }
                        Api.Answer probe = server.get("/api/notes/probe/core", Optional.empty());
                        if (probe.status() != 200 || !probe.body().contains("\"denied\"")) {
                            wrong.add("a core table read through the plugin's store: " + probe);
                        }
                    }
                }));
            }
        }
        for (Thread client : clients) {
            client.join();
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(5, wrong.size())), wrong.size() + " wrong answers");

        try (Connection primary = cluster.primary(); Statement statement = primary.createStatement()) {
            ResultSet notes = statement.executeQuery("select count(*), count(*) filter (where written_by = '" + ROLE
                    + "'), (select count(*) from pg_tables where tablename = 'notes' and schemaname <> 'plugin_notes')"
                    + " from plugin_notes.notes where text like 'pgbouncer %'");
            notes.next();
            assertEquals(clients.size() * perClient, notes.getInt(1), "notes in the plugin's schema");
            assertEquals(notes.getInt(1), notes.getInt(2), "notes written by another role than the plugin's");
            assertEquals(0, notes.getInt(3), "a notes table outside the plugin's schema");
        }

        // Every server connection of the application's pool at once (PgBouncer lends at most 20):
        // each is as a core transaction finds it, among them those the plugin's transactions ran on.
        List<Connection> held = new ArrayList<>();
        Set<String> seenPids = new HashSet<>();
        List<String> leaks = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Connection connection = cluster.throughPgBouncer("prepareThreshold=0");
                held.add(connection);
                connection.setAutoCommit(false);
                try (ResultSet row = connection.createStatement().executeQuery("select pg_backend_pid(), current_user,"
                        + " current_setting('role'), current_setting('search_path')")) {
                    row.next();
                    seenPids.add(row.getString(1));
                    if (!row.getString(2).equals("carlot_app") || !row.getString(3).equals("none")
                            || row.getString(4).contains("plugin_notes")) {
                        leaks.add("backend " + row.getString(1) + ": user " + row.getString(2) + ", role "
                                + row.getString(3) + ", search_path " + row.getString(4));
                    }
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.rollback();
                connection.close();
            }
        }
        assertEquals(List.of(), leaks);
        Set<String> shared = new HashSet<>(seenPids);
        shared.retainAll(pluginPids);
        assertFalse(shared.isEmpty(), "no server connection both served the plugin and was seen after it: plugin "
                + pluginPids + ", seen " + seenPids);
        System.out.println("plugin transactions ran on " + pluginPids.size() + " server connections; " + shared.size()
                + " of them seen clean by core transactions afterwards");

        List<String> afterwards = new ArrayList<>();
        for (Api server : cluster.servers()) {
            Api.Answer core = server.get("/api/cars?limit=1", Optional.empty());
            if (core.status() != 200) {
                afterwards.add(core.toString());
            }
        }
        assertTrue(afterwards.isEmpty(), afterwards::toString);
    }
}
