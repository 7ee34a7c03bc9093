package org.qbank.bank.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database a storage test runs against, chosen once per JVM by the system property {@code qbank.test.db}:
 * {@code h2} (default: an in-memory H2 in MySQL mode) or {@code mysql} (a fresh schema on the server named by
 * {@code qbank.test.mysql.url}, dropped when the JVM ends). When MySQL is asked for but unreachable the tests
 * skip with a message on a developer's machine and fail under {@code CI=true}.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String kind;
    private final String url;
    private final String user;
    private final String password;
    private final String unavailable;

    private TestDatabase(String kind, String url, String user, String password, String unavailable) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.unavailable = unavailable;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = create();
        }
        return instance;
    }

    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static TestDatabase create() {
        String kind = System.getProperty("qbank.test.db", "h2");
        String name = "qbank_t" + ProcessHandle.current().pid() + "_" + ThreadLocalRandom.current().nextInt(1000, 9999);
        if (!kind.equals("mysql")) {
            return new TestDatabase("h2", "jdbc:h2:mem:" + name
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "", null);
        }
        String base = System.getProperty("qbank.test.mysql.url", "");
        String user = System.getProperty("qbank.test.mysql.user", "root");
        String password = System.getProperty("qbank.test.mysql.password", "");
        if (base.isBlank()) {
            return new TestDatabase("mysql", null, user, password, "no MySQL URL given (-Dqbank.test.mysql.url)");
        }
        try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            return new TestDatabase("mysql", null, user, password, "MySQL at " + base + " unreachable: " + e.getMessage());
        }
        String url = withDatabase(base, name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(base, user, password, name)));
        return new TestDatabase("mysql", url, user, password, null);
    }

    private static String withDatabase(String base, String name) {
        int q = base.indexOf('?');
        String head = q < 0 ? base : base.substring(0, q);
        String params = q < 0 ? "" : base.substring(q + 1);
        int slash = head.indexOf('/', "jdbc:mysql://".length());
        String host = slash < 0 ? head : head.substring(0, slash);
        String extra = "useUnicode=true&characterEncoding=utf8&rewriteBatchedStatements=true";
        return host + "/" + name + "?" + (params.isEmpty() ? extra : params + "&" + extra);
    }

    private static void drop(String base, String user, String password, String name) {
        try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException ignored) {
            // best effort at JVM exit
        }
    }

    public String kind() {
        return kind;
    }

    public boolean isMysql() {
        return kind.equals("mysql");
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Null when usable; otherwise why not. */
    public String unavailable() {
        return unavailable;
    }
}
