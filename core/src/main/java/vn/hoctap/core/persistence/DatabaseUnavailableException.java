package vn.hoctap.core.persistence;

import java.sql.SQLException;

/** The database could not be reached or refused the connection. */
public final class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(SQLException cause) {
        super(describe(cause), cause);
    }

    private static String describe(SQLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage();
        if (root != e && root.getMessage() != null && (message == null || !message.contains(root.getMessage()))) {
            message = message + " (" + root.getMessage() + ")";
        }
        return message;
    }
}
