package vn.hoctap.server.persistence;

import java.sql.SQLException;

import vn.hoctap.core.config.InvalidSettingException;
import vn.hoctap.core.config.Setting;

/** Names the database setting to fix for a failed connection, in one line. */
public final class DatabaseProblems {

    private DatabaseProblems() {
    }

    public static InvalidSettingException describe(SQLException e, String url, String user) {
        String state = sqlState(e);
        String cause = rootMessage(e);
        if (state != null && state.startsWith("28")) {
            return new InvalidSettingException(Setting.DB_PASSWORD,
                    "the database refused user '" + user + "': " + cause + " (check " + Setting.DB_USER.describe()
                            + " and " + Setting.DB_PASSWORD.describe() + ")", e);
        }
        return new InvalidSettingException(Setting.DB_URL, "cannot connect to the database at " + url + ": " + cause, e);
    }

    private static String sqlState(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.toString();
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
