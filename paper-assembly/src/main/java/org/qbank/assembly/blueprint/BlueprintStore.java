package org.qbank.assembly.blueprint;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code blueprint} and {@code blueprint_section}. */
@Repository
class BlueprintStore {

    private final JdbcClient jdbc;

    BlueprintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long institutionId, Blueprint b, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        DifficultyTarget d = b.difficulty();
        ExposurePolicy e = b.exposure();
        jdbc.sql("""
                        INSERT INTO blueprint (institution_id, name, occupation_code, work_type, level_number, subject,
                          total_points, duration_minutes, distribution_mode, distribution_depth, per_point_cap,
                          difficulty_mean, difficulty_tolerance, max_earlier_overlap, look_back_months,
                          max_batch_overlap, exposure_cap, created_by, updated_at, shuffle_options)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(institutionId, b.name(), b.occupationCode(), b.workType(), b.level().number(),
                        b.subject().name(), b.totalPoints(), b.durationMinutes(), b.distribution().mode().name(),
                        b.distribution().depth(), Math.min(b.distribution().perPointCap(), 1000),
                        d == null ? null : d.mean(), d == null ? null : d.tolerance(), e.maxEarlierOverlap(),
                        e.lookBackMonths(), e.maxBatchOverlap(), e.exposureCap(), by, java.sql.Timestamp.from(at),
                        b.shuffleOptions())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < b.sections().size(); i++) {
            Section s = b.sections().get(i);
            jdbc.sql("INSERT INTO blueprint_section (blueprint_id, position, item_type, item_count, points_each) VALUES (?, ?, ?, ?, ?)")
                    .params(id, i + 1, s.type().name(), s.count(), s.pointsEach()).update();
        }
        return id;
    }

    /**
     * Replaces a blueprint's fields and sections, only if it still has the {@code updated_at} the editor read
     * (false when another save came first).
     */
    boolean update(long id, Blueprint b, Instant expectedUpdatedAt, Instant at) {
        DifficultyTarget d = b.difficulty();
        ExposurePolicy e = b.exposure();
        int changed = jdbc.sql("""
                        UPDATE blueprint SET name = ?, occupation_code = ?, work_type = ?, level_number = ?, subject = ?,
                          total_points = ?, duration_minutes = ?, distribution_mode = ?, distribution_depth = ?,
                          per_point_cap = ?, difficulty_mean = ?, difficulty_tolerance = ?, max_earlier_overlap = ?,
                          look_back_months = ?, max_batch_overlap = ?, exposure_cap = ?, updated_at = ?
                        WHERE id = ? AND updated_at = ?""")
                .params(b.name(), b.occupationCode(), b.workType(), b.level().number(), b.subject().name(),
                        b.totalPoints(), b.durationMinutes(), b.distribution().mode().name(), b.distribution().depth(),
                        Math.min(b.distribution().perPointCap(), 1000), d == null ? null : d.mean(),
                        d == null ? null : d.tolerance(), e.maxEarlierOverlap(), e.lookBackMonths(), e.maxBatchOverlap(),
                        e.exposureCap(), java.sql.Timestamp.from(at), id, java.sql.Timestamp.from(expectedUpdatedAt))
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM blueprint_section WHERE blueprint_id = ?").param(id).update();
        for (int i = 0; i < b.sections().size(); i++) {
            Section s = b.sections().get(i);
            jdbc.sql("INSERT INTO blueprint_section (blueprint_id, position, item_type, item_count, points_each) VALUES (?, ?, ?, ?, ?)")
                    .params(id, i + 1, s.type().name(), s.count(), s.pointsEach()).update();
        }
        return true;
    }

    /** Papers of the institution assembled under this blueprint name (a paper keeps the name it was drawn with). */
    int papersNamed(long institutionId, String name) {
        // Skill papers are counted by SkillBlueprintStore: a skill blueprint may bear the same name.
        return jdbc.sql("SELECT COUNT(*) FROM paper WHERE institution_id = ? AND blueprint_name = ? AND subject <> 'SKILL'")
                .params(institutionId, name).query(Integer.class).single();
    }

    boolean nameTaken(long institutionId, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM blueprint WHERE institution_id = ? AND name = ?")
                .params(institutionId, name).query(Integer.class).single() > 0;
    }

    Optional<SavedBlueprint> find(long id) {
        return load("WHERE id = ?", id).stream().findFirst();
    }

    List<SavedBlueprint> list(long institutionId) {
        return load("WHERE institution_id = ? ORDER BY updated_at DESC, id DESC", institutionId);
    }

    private List<SavedBlueprint> load(String where, Object param) {
        List<Row> rows = jdbc.sql("SELECT * FROM blueprint " + where).param(param).query(BlueprintStore::row).list();
        List<SavedBlueprint> out = new ArrayList<>();
        for (Row r : rows) {
            List<Section> sections = jdbc.sql("SELECT item_type, item_count, points_each FROM blueprint_section WHERE blueprint_id = ? ORDER BY position")
                    .param(r.id()).query((rs, i) -> new Section(ItemType.valueOf(rs.getString(1)), rs.getInt(2),
                            rs.getBigDecimal(3))).list();
            out.add(r.toSaved(sections));
        }
        return out;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("institution_id"), rs.getString("name"),
                rs.getString("occupation_code"), rs.getString("work_type"), Level.ofNumber(rs.getInt("level_number")),
                Subject.valueOf(rs.getString("subject")), rs.getBigDecimal("total_points"), rs.getInt("duration_minutes"),
                DistributionMode.valueOf(rs.getString("distribution_mode")), rs.getInt("distribution_depth"),
                rs.getInt("per_point_cap"), rs.getBigDecimal("difficulty_mean"), rs.getBigDecimal("difficulty_tolerance"),
                rs.getBigDecimal("max_earlier_overlap"), rs.getInt("look_back_months"),
                rs.getBigDecimal("max_batch_overlap"), rs.getInt("exposure_cap"), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("shuffle_options"));
    }

    private record Row(long id, long institutionId, String name, String occupationCode, String workType, Level level,
                       Subject subject, BigDecimal total, int duration, DistributionMode mode, int depth, int cap,
                       BigDecimal mean, BigDecimal tolerance, BigDecimal earlier, int lookBack, BigDecimal batch,
                       int exposureCap, String createdBy, Instant updatedAt, boolean shuffle) {

        SavedBlueprint toSaved(List<Section> sections) {
            Distribution distribution = mode == DistributionMode.BY_TYPE ? Distribution.byType()
                    : new Distribution(mode, depth, cap);
            DifficultyTarget difficulty = mean == null ? null : new DifficultyTarget(mean, tolerance, Map.of());
            Blueprint b = new Blueprint(name, occupationCode, workType, level, subject, sections, total, duration,
                    distribution, difficulty, new ExposurePolicy(earlier, lookBack, batch, exposureCap, true), List.of(),
                    shuffle);
            return new SavedBlueprint(id, institutionId, b, createdBy, updatedAt);
        }
    }
}
