package org.qbank.assembly.blueprint;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.qbank.bank.common.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code skill_blueprint} and {@code skill_blueprint_module} (V381; total score V386). */
@Repository
class SkillBlueprintStore {

    private final JdbcClient jdbc;

    SkillBlueprintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long institutionId, SkillBlueprint b, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        ExposurePolicy e = b.exposure();
        jdbc.sql("""
                        INSERT INTO skill_blueprint (institution_id, name, occupation_code, work_type, level_number,
                          choose_elective, duration_minutes, max_earlier_overlap, look_back_months, exposure_cap,
                          total_score, created_by, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(institutionId, b.name().strip(), b.occupationCode(), b.workType(), b.level().number(),
                        b.chooseElective(), b.durationMinutes(), e.maxEarlierOverlap(), e.lookBackMonths(),
                        e.exposureCap(), b.totalScore(), by, Timestamp.from(at))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertModules(id, b);
        return id;
    }

    /** Changes the row in place when it still carries {@code expectedUpdatedAt}; false when someone saved in between. */
    boolean update(long id, SkillBlueprint b, Instant expectedUpdatedAt, Instant at) {
        ExposurePolicy e = b.exposure();
        int changed = jdbc.sql("""
                        UPDATE skill_blueprint SET name = ?, occupation_code = ?, work_type = ?, level_number = ?,
                          choose_elective = ?, duration_minutes = ?, max_earlier_overlap = ?, look_back_months = ?,
                          exposure_cap = ?, total_score = ?, updated_at = ?
                        WHERE id = ? AND updated_at = ?""")
                .params(b.name().strip(), b.occupationCode(), b.workType(), b.level().number(), b.chooseElective(),
                        b.durationMinutes(), e.maxEarlierOverlap(), e.lookBackMonths(), e.exposureCap(),
                        b.totalScore(), Timestamp.from(at), id, Timestamp.from(expectedUpdatedAt))
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM skill_blueprint_module WHERE blueprint_id = ?").param(id).update();
        insertModules(id, b);
        return true;
    }

    private void insertModules(long id, SkillBlueprint b) {
        for (int i = 0; i < b.modules().size(); i++) {
            SkillModule m = b.modules().get(i);
            jdbc.sql("INSERT INTO skill_blueprint_module (blueprint_id, position, code, name, required, minutes) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, i + 1, m.code(), m.name(), m.required(), m.minutes()).update();
        }
    }

    /** Skill papers (any status, drafts too) that record this blueprint name: a paper keeps only the name. */
    int papersNamed(long institutionId, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM paper WHERE institution_id = ? AND blueprint_name = ? AND subject = 'SKILL'")
                .params(institutionId, name).query(Integer.class).single();
    }

    boolean nameTaken(long institutionId, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM skill_blueprint WHERE institution_id = ? AND name = ?")
                .params(institutionId, name).query(Integer.class).single() > 0;
    }

    Optional<SavedSkillBlueprint> find(long id) {
        return load("WHERE id = ?", id).stream().findFirst();
    }

    List<SavedSkillBlueprint> list(long institutionId) {
        return load("WHERE institution_id = ? ORDER BY updated_at DESC, id DESC", institutionId);
    }

    private List<SavedSkillBlueprint> load(String where, long param) {
        // Rows first, then their modules: no query while another's result set is open.
        List<SavedSkillBlueprint> rows = jdbc.sql("SELECT * FROM skill_blueprint " + where).param(param).query((rs, n) -> {
            ExposurePolicy policy = new ExposurePolicy(rs.getBigDecimal("max_earlier_overlap"),
                    rs.getInt("look_back_months"), ExposurePolicy.defaults().maxBatchOverlap(),
                    rs.getInt("exposure_cap"), true);
            SkillBlueprint b = new SkillBlueprint(rs.getString("name"), rs.getString("occupation_code"),
                    rs.getString("work_type"), Level.ofNumber(rs.getInt("level_number")), List.of(),
                    rs.getInt("choose_elective"), rs.getInt("duration_minutes"), policy, rs.getInt("total_score"));
            return new SavedSkillBlueprint(rs.getLong("id"), rs.getLong("institution_id"), b,
                    rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant());
        }).list();
        return rows.stream().map(r -> {
            SkillBlueprint b = r.blueprint();
            return new SavedSkillBlueprint(r.id(), r.institutionId(), new SkillBlueprint(b.name(), b.occupationCode(),
                    b.workType(), b.level(), modules(r.id()), b.chooseElective(), b.durationMinutes(), b.exposure(),
                    b.totalScore()),
                    r.createdBy(), r.updatedAt());
        }).toList();
    }

    private List<SkillModule> modules(long blueprintId) {
        return jdbc.sql("SELECT code, name, required, minutes FROM skill_blueprint_module WHERE blueprint_id = ? ORDER BY position")
                .param(blueprintId)
                .query((rs, n) -> new SkillModule(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4)))
                .list();
    }
}
