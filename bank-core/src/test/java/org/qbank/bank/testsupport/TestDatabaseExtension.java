package org.qbank.bank.testsupport;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips (outside CI) or fails (under CI=true) a storage test class when its database is missing. */
public class TestDatabaseExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestDatabase db = TestDatabase.get();
        if (db.unavailable() == null) {
            return;
        }
        String message = "MySQL storage tests skipped: " + db.unavailable()
                + ". Start MySQL/MariaDB or pass -Dqbank.test.mysql.url=jdbc:mysql://host:3306/db";
        if (TestDatabase.ci()) {
            throw new IllegalStateException("CI=true requires the MySQL storage tests: " + db.unavailable());
        }
        Assumptions.abort(message);
    }
}
