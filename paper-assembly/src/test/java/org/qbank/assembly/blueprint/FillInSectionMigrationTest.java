package org.qbank.assembly.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.qbank.bank.item.ItemType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A 组卷方案 saved while paper assembly had its own 题型 enum says FILL_IN for 填空题; after V387 it loads as bank-core's
 * FILL_BLANK. Runs the real migrations on an H2 database of its own, stopping at V385 to write the old rows.
 */
class FillInSectionMigrationTest {

    @Test
    void aBlueprintStoredWithFillInLoadsAsFillBlankAfterTheMigration() throws Exception {
        SimpleDriverDataSource db = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:fill_in_migration;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("385").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        Timestamp now = Timestamp.from(Instant.parse("2026-03-01T08:00:00Z"));
        jdbc.sql("INSERT INTO institution (id, code, name, kind, created_at) VALUES (1, 'fill-in', '迁移测试机构', 'EMPLOYER', ?)")
                .param(now).update();
        jdbc.sql("""
                INSERT INTO blueprint (id, institution_id, name, occupation_code, level_number, subject, total_points,
                    duration_minutes, distribution_mode, distribution_depth, per_point_cap, max_earlier_overlap,
                    look_back_months, max_batch_overlap, exposure_cap, created_by, updated_at)
                VALUES (7, 1, '填空单选卷', '6-31-01-03', 3, 'THEORY', 100, 90, 'BY_TYPE', 1, 1, 0.3, 24, 0.3, 0, 'exam', ?)
                """).param(now).update();
        jdbc.sql("INSERT INTO blueprint_section (blueprint_id, position, item_type, item_count, points_each) VALUES (7, 1, 'FILL_IN', 20, 2)")
                .update();
        jdbc.sql("INSERT INTO blueprint_section (blueprint_id, position, item_type, item_count, points_each) VALUES (7, 2, 'SINGLE_CHOICE', 120, 0.5)")
                .update();

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        SavedBlueprint loaded = new BlueprintStore(jdbc).find(7).orElseThrow();
        assertThat(loaded.blueprint().sections()).extracting(Section::type)
                .containsExactly(ItemType.FILL_BLANK, ItemType.SINGLE_CHOICE);
        assertThat(jdbc.sql("SELECT item_type FROM blueprint_section ORDER BY position").query(String.class).list())
                .isEqualTo(List.of("FILL_BLANK", "SINGLE_CHOICE"));
    }
}
