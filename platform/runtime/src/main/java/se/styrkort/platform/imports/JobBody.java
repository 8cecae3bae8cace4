package se.styrkort.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * A job's stored body read back piece by piece ({@code import_job_body}), each piece in a query of
 * its own, so that a reading holds one piece in memory and no connection between pieces.
 */
final class JobBody extends InputStream {

    private final DataSource db;
    private final UUID job;
    private byte[] piece = new byte[0];
    private int position;
    private int next;
    private boolean ended;

    JobBody(DataSource db, UUID job) {
        this.db = db;
        this.job = job;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return piece[position++] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, piece.length - position);
        System.arraycopy(piece, position, into, offset, count);
        position += count;
        return count;
    }

    private boolean fill() throws IOException {
        while (position == piece.length) {
            if (ended) {
                return false;
            }
            try (Connection c = db.getConnection();
                    PreparedStatement select = c.prepareStatement(
                            "select data from import_job_body where job_id = ? and seq = ?")) {
                select.setObject(1, job);
                select.setInt(2, next++);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        piece = row.getBytes(1);
                        position = 0;
                    } else {
                        ended = true;
                    }
                }
            } catch (SQLException e) {
                throw new IOException("Could not read import job " + job + "'s body", e);
            }
        }
        return true;
    }
}
