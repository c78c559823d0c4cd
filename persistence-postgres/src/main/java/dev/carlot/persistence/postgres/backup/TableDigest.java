package dev.carlot.persistence.postgres.backup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 and row count of one table's COPY text as it passes by. In COPY's text format
 * every row ends with a newline and newlines inside values are escaped, so rows are newlines.
 */
final class TableDigest {
    private final MessageDigest sha256;
    private long rows;
    private long bytes;

    TableDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    void update(byte[] buffer, int offset, int length) {
        sha256.update(buffer, offset, length);
        for (int i = offset; i < offset + length; i++) {
            if (buffer[i] == '\n') {
                rows++;
            }
        }
        bytes += length;
    }

    long rows() {
        return rows;
    }

    long bytes() {
        return bytes;
    }

    String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
