package org.qbank.bank.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Marks a test that runs against a real database: H2 (MySQL mode) in the {@code h2} failsafe run and
 * MySQL/MariaDB in the {@code mysql} run. Combine with {@code @SpringBootTest(classes = …)}; name the class
 * {@code *IT}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TestDatabaseExtension.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface StorageTest {
}
