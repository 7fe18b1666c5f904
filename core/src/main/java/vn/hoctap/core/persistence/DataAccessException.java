package vn.hoctap.core.persistence;

import java.sql.SQLException;

/** A database operation failed for a reason the caller cannot fix (the database is down, a bug in SQL...). */
public final class DataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataAccessException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** The SQLState of the underlying exception, or null. */
    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }

    /** Whether the database refused a row because of a unique constraint (SQLState 23505). */
    public boolean isUniqueViolation() {
        return "23505".equals(sqlState());
    }
}
