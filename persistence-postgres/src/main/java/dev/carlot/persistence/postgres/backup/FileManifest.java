package dev.carlot.persistence.postgres.backup;

import dev.carlot.persistence.BackupManifest;
import dev.carlot.persistence.InvalidDataException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The manifest entry of a backup file, {@code manifest.properties}: plain {@code key=value}
 * lines an operator can read with {@code unzip -p FILE manifest.properties}. Beyond what the SPI
 * shows it keeps each table's columns (restore checks them against the schema) and the next
 * value of each identity column (so restored ids never reuse those of deleted rows).
 */
public record FileManifest(int format, String schemaVersion, Instant createdAt, List<StoredTable> tables,
        Map<String, String> pluginVersions) {
    /** Format 2 adds plugins' schemas; a backup without any is written in format 1, which older Carlots read. */
    static final int FORMAT = 2;
    static final int FORMAT_WITHOUT_PLUGINS = 1;
    static final String ENTRY = "manifest.properties";

    public FileManifest {
        tables = List.copyOf(tables);
        pluginVersions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pluginVersions));
    }

    /** A manifest in the oldest format that can hold it. */
    static FileManifest of(String schemaVersion, Instant createdAt, List<StoredTable> tables,
            Map<String, String> pluginVersions) {
        return new FileManifest(pluginVersions.isEmpty() ? FORMAT_WITHOUT_PLUGINS : FORMAT, schemaVersion, createdAt,
                tables, pluginVersions);
    }

    /** One table as stored: the order of {@link #tables} is the order to load them in. */
    record StoredTable(String name, List<String> columns, long rows, String sha256, Map<String, Long> nextIds) {
        StoredTable {
            columns = List.copyOf(columns);
            nextIds = Map.copyOf(nextIds);
        }

        String entry() {
            return "data/" + name + ".copy";
        }
    }

    public BackupManifest summary() {
        return new BackupManifest(format, schemaVersion, createdAt, tables.stream()
                .map(t -> new BackupManifest.BackupTable(t.name(), t.rows(), t.sha256())).toList());
    }

    void write(OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder("# Carlot backup manifest\n");
        line(text, "format", Integer.toString(format));
        line(text, "schema-version", schemaVersion);
        line(text, "created-at", createdAt.toString());
        line(text, "tables", String.join(",", tables.stream().map(StoredTable::name).toList()));
        if (!pluginVersions.isEmpty()) {
            line(text, "plugins", String.join(",", pluginVersions.keySet()));
            pluginVersions.forEach((schema, version) -> line(text, "plugin." + schema + ".version", version));
        }
        for (StoredTable table : tables) {
            String prefix = "table." + table.name() + ".";
            line(text, prefix + "columns", String.join(",", table.columns()));
            line(text, prefix + "rows", Long.toString(table.rows()));
            line(text, prefix + "sha256", table.sha256());
            table.nextIds().forEach((column, next) -> line(text, prefix + "next-id." + column, Long.toString(next)));
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(value).append('\n');
    }

    static FileManifest read(InputStream in) throws IOException {
        Properties keys = new Properties();
        keys.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        int format = (int) number(keys, "format");
        if (format > FORMAT) {
            throw new InvalidDataException("the backup is in format " + format + ", newer than this Carlot reads ("
                    + FORMAT + "); restore it with the Carlot version that wrote it or a newer one");
        }
        List<StoredTable> tables = new ArrayList<>();
        for (String name : list(required(keys, "tables"))) {
            String prefix = "table." + name + ".";
            Map<String, Long> nextIds = new LinkedHashMap<>();
            keys.stringPropertyNames().stream().filter(k -> k.startsWith(prefix + "next-id.")).sorted()
                    .forEach(k -> nextIds.put(k.substring((prefix + "next-id.").length()), number(keys, k)));
            tables.add(new StoredTable(name, list(required(keys, prefix + "columns")), number(keys, prefix + "rows"),
                    required(keys, prefix + "sha256"), nextIds));
        }
        Map<String, String> plugins = new LinkedHashMap<>();
        for (String schema : list(keys.getProperty("plugins", "").strip())) {
            plugins.put(schema, required(keys, "plugin." + schema + ".version"));
        }
        try {
            return new FileManifest(format, required(keys, "schema-version"), Instant.parse(required(keys, "created-at")),
                    tables, plugins);
        } catch (DateTimeParseException e) {
            throw damaged("its created-at is not a time");
        }
    }

    private static List<String> list(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    private static String required(Properties keys, String key) {
        String value = keys.getProperty(key);
        if (value == null) {
            throw damaged("it has no '" + key + "'");
        }
        return value.strip();
    }

    private static long number(Properties keys, String key) {
        try {
            return Long.parseLong(required(keys, key));
        } catch (NumberFormatException e) {
            throw damaged("its '" + key + "' is not a number");
        }
    }

    private static InvalidDataException damaged(String why) {
        return new InvalidDataException("the backup's manifest is damaged: " + why);
    }
}
