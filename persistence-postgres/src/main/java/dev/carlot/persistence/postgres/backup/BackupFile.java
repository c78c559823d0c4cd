package dev.carlot.persistence.postgres.backup;

import dev.carlot.persistence.InvalidDataException;
import dev.carlot.persistence.postgres.backup.FileManifest.StoredTable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A backup file being read. A zip keeps its directory at the very end, so a file cut short
 * does not open at all; each entry's CRC-32 and each table's SHA-256 and row count catch a
 * changed byte anywhere else.
 */
public final class BackupFile implements AutoCloseable {
    private final Path path;
    private final ZipFile zip;
    private final FileManifest manifest;

    private BackupFile(Path path, ZipFile zip, FileManifest manifest) {
        this.path = path;
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens {@code path} and reads its manifest, without reading any table. */
    public static BackupFile open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new InvalidDataException("there is no backup file " + path);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (NoSuchFileException e) {
            throw new InvalidDataException("there is no backup file " + path);
        } catch (IOException e) {
            throw new InvalidDataException(path + " is not a complete Carlot backup (it may have been cut short): "
                    + e.getMessage(), e);
        }
        try {
            ZipEntry entry = zip.getEntry(FileManifest.ENTRY);
            if (entry == null) {
                throw new InvalidDataException(path + " is not a Carlot backup: it has no " + FileManifest.ENTRY);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new BackupFile(path, zip, FileManifest.read(in));
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(zip, e);
            throw e instanceof InvalidDataException invalid ? invalid : damaged(path, e);
        }
    }

    public FileManifest manifest() {
        return manifest;
    }

    /** Reads every table once and compares its row count and checksum with the manifest. */
    public void verify() {
        byte[] buffer = new byte[64 * 1024];
        for (StoredTable table : manifest.tables()) {
            try (InputStream in = table(table)) {
                while (in.read(buffer) >= 0) {
                    // TableStream checks at the end
                }
            } catch (IOException e) {
                throw damaged(path, e);
            }
        }
    }

    /**
     * The COPY text of {@code table}; reading it to the end throws {@link InvalidDataException}
     * when its bytes are not those the manifest describes.
     */
    InputStream table(StoredTable table) throws IOException {
        ZipEntry entry = zip.getEntry(table.entry());
        if (entry == null) {
            throw new InvalidDataException(path + " is damaged: the data of table " + table.name() + " is missing");
        }
        TableDigest digest = new TableDigest();
        return new FilterInputStream(zip.getInputStream(entry)) {
            private boolean checked;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n;
                try {
                    n = super.read(b, off, len);
                } catch (ZipException e) {
                    throw damaged(path, e);
                }
                if (n > 0) {
                    digest.update(b, off, n);
                } else if (n < 0 && !checked) {
                    checked = true;
                    if (digest.rows() != table.rows() || !digest.hex().equals(table.sha256())) {
                        throw new InvalidDataException(path + " is damaged: the data of table " + table.name()
                                + " does not match its checksum (" + digest.rows() + " rows, the manifest says "
                                + table.rows() + "); it was changed after the backup was written");
                    }
                }
                return n;
            }
        };
    }

    private static InvalidDataException damaged(Path path, Exception e) {
        return new InvalidDataException(path + " is damaged and cannot be restored: " + e.getMessage(), e);
    }

    private static void closeQuietly(ZipFile zip, Exception failure) {
        try {
            zip.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // a file opened only for reading; nothing is lost
        }
    }
}
