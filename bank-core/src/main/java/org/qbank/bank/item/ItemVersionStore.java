package org.qbank.bank.item;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qbank.bank.common.ConflictException;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemContent.PreparationCategory;
import org.qbank.bank.item.ItemContent.PreparationItem;
import org.qbank.bank.item.ItemContent.RubricKind;
import org.qbank.bank.item.ItemContent.RubricRow;
import org.qbank.bank.item.ItemContent.SkillTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes and reads version rows. Content columns are written once by {@link #insert}; the only update in this
 * class is the guarded status move of {@link #moveStatus} — there is deliberately no way to rewrite content.
 */
@Component
class ItemVersionStore {

    private final JdbcClient jdbc;

    ItemVersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A version to write. */
    record NewVersion(long itemId, int number, ItemStatus status, ItemContent content, String contentHash,
                      long authorId, String authorName, Instant createdAt, String changeNote) {
    }

    long insert(NewVersion v) {
        ItemContent c = v.content();
        SkillTask s = c.skill();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO item_version (item_id, number, status, status_changed_at, stem, answer_key, analysis,
                  reference_answer, scoring_points, difficulty, score, task_name, duration_minutes, background, tasks,
                  skill_requirements, quality_indicators, content_hash, author_id, author_name, created_at, change_note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.itemId(), v.number(), v.status().name(), utc(v.createdAt()), c.stem(), c.key(), c.analysis(),
                        c.referenceAnswer(), c.scoringPoints(), c.difficulty() == null ? null : c.difficulty().value(),
                        c.score() == null ? null : c.score().value(), s == null ? null : s.name(),
                        s == null ? null : s.durationMinutes(), s == null ? null : s.background(),
                        s == null ? null : s.tasks(), s == null ? null : s.skillRequirements(),
                        s == null ? null : s.qualityIndicators(), v.contentHash(), v.authorId(), v.authorName(),
                        utc(v.createdAt()), v.changeNote())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertChildren(id, c);
        jdbc.sql("INSERT INTO item_version_usage (version_id) VALUES (?)").param(id).update();
        return id;
    }

    private void insertChildren(long id, ItemContent c) {
        for (ChoiceOption o : c.options()) {
            jdbc.sql("INSERT INTO item_option (version_id, label, text, image_hash) VALUES (?, ?, ?, ?)")
                    .params(id, o.label(), o.text(), o.imageHash()).update();
        }
        images(id, "STEM", c.stemImages());
        if (c.skill() == null) {
            return;
        }
        images(id, "TASK", c.skill().taskImages());
        for (RubricRow r : c.skill().rubric()) {
            jdbc.sql("INSERT INTO item_rubric_row (version_id, seq, element, points, criteria, kind, veto) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, r.seq(), r.element(), r.points().value(), r.criteria(),
                            r.kind() == null ? null : r.kind().name(), r.veto()).update();
        }
        List<PreparationItem> prep = c.skill().preparation();
        for (int i = 0; i < prep.size(); i++) {
            PreparationItem p = prep.get(i);
            jdbc.sql("""
                    INSERT INTO item_preparation (version_id, position, category, name, spec, quantity, unit, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i + 1, p.category().name(), p.name(), p.spec(), p.quantity(), p.unit(), p.note()).update();
        }
    }

    private void images(long id, String slot, List<String> hashes) {
        for (int i = 0; i < hashes.size(); i++) {
            jdbc.sql("INSERT INTO item_version_image (version_id, slot, position, image_hash) VALUES (?, ?, ?, ?)")
                    .params(id, slot, i + 1, hashes.get(i)).update();
        }
    }

    /** Moves a version's status only if it still has {@code from}; a concurrent move makes this a conflict. */
    void moveStatus(long versionId, ItemStatus from, ItemStatus to, Instant at) {
        from.transitionTo(to);
        int n = jdbc.sql("UPDATE item_version SET status = ?, status_changed_at = ? WHERE id = ? AND status = ?")
                .params(to.name(), utc(at), versionId, from.name()).update();
        if (n != 1) {
            throw new ConflictException("stale-status", "试题版本状态已被他人改变, 请刷新后重试");
        }
    }

    Optional<ItemVersionView> find(long itemId, int number) {
        return load("v.item_id = :item AND v.number = :number", Map.of("item", itemId, "number", number)).stream().findFirst();
    }

    List<ItemVersionView> history(long itemId) {
        return load("v.item_id = :item", Map.of("item", itemId));
    }

    /** The versions with these ids (any order, at most a page of them: they go into one IN list). */
    List<ItemVersionView> byIds(Collection<Long> versionIds) {
        return versionIds.isEmpty() ? List.of() : load("v.id IN (:ids)", Map.of("ids", versionIds));
    }

    private List<ItemVersionView> load(String where, Map<String, ?> params) {
        List<Row> rows = jdbc.sql("SELECT v.* FROM item_version v WHERE " + where + " ORDER BY v.number")
                .params(params).query(ItemVersionStore::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        String ids = "version_id IN (SELECT v.id FROM item_version v WHERE " + where + ")";
        Map<Long, List<ChoiceOption>> options = new HashMap<>();
        jdbc.sql("SELECT version_id, label, text, image_hash FROM item_option WHERE " + ids + " ORDER BY version_id, label")
                .params(params).query((rs, i) -> options.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ChoiceOption(rs.getString(2), rs.getString(3), rs.getString(4)))).list();
        Map<String, List<String>> images = new HashMap<>();
        jdbc.sql("SELECT version_id, slot, image_hash FROM item_version_image WHERE " + ids + " ORDER BY version_id, slot, position")
                .params(params).query((rs, i) -> images.computeIfAbsent(rs.getLong(1) + rs.getString(2), k -> new ArrayList<>())
                        .add(rs.getString(3))).list();
        Map<Long, List<RubricRow>> rubric = new HashMap<>();
        jdbc.sql("SELECT version_id, seq, element, points, criteria, kind, veto FROM item_rubric_row WHERE " + ids
                        + " ORDER BY version_id, seq")
                .params(params).query((rs, i) -> rubric.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new RubricRow(rs.getInt(2), rs.getString(3), Score.of(rs.getBigDecimal(4)), rs.getString(5),
                                rs.getString(6) == null ? null : RubricKind.valueOf(rs.getString(6)), rs.getBoolean(7)))).list();
        Map<Long, List<PreparationItem>> prep = new HashMap<>();
        jdbc.sql("SELECT version_id, category, name, spec, quantity, unit, note FROM item_preparation WHERE " + ids
                        + " ORDER BY version_id, position")
                .params(params).query((rs, i) -> prep.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new PreparationItem(PreparationCategory.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))).list();
        return rows.stream().map(r -> r.view(options.getOrDefault(r.id, List.of()),
                images.getOrDefault(r.id + "STEM", List.of()), images.getOrDefault(r.id + "TASK", List.of()),
                rubric.getOrDefault(r.id, List.of()), prep.getOrDefault(r.id, List.of()))).toList();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("number"), rs.getString("status"),
                instant(rs, "status_changed_at"), rs.getString("stem"), rs.getString("answer_key"),
                rs.getString("analysis"), rs.getString("reference_answer"), rs.getString("scoring_points"),
                (Integer) rs.getObject("difficulty", Integer.class), rs.getBigDecimal("score"),
                rs.getString("task_name"), (Integer) rs.getObject("duration_minutes", Integer.class),
                rs.getString("background"), rs.getString("tasks"), rs.getString("skill_requirements"),
                rs.getString("quality_indicators"), rs.getString("content_hash"), rs.getLong("author_id"),
                rs.getString("author_name"), instant(rs, "created_at"), rs.getString("change_note"));
    }

    private record Row(long id, long itemId, int number, String status, Instant statusChangedAt, String stem,
                       String key, String analysis, String referenceAnswer, String scoringPoints, Integer difficulty,
                       BigDecimal score, String taskName, Integer durationMinutes, String background, String tasks,
                       String skillRequirements, String qualityIndicators, String contentHash, long authorId,
                       String authorName, Instant createdAt, String changeNote) {

        ItemVersionView view(List<ChoiceOption> options, List<String> stemImages, List<String> taskImages,
                             List<RubricRow> rubric, List<PreparationItem> prep) {
            SkillTask skill = taskName == null && durationMinutes == null ? null
                    : new SkillTask(taskName, durationMinutes == null ? 0 : durationMinutes, background, tasks,
                    skillRequirements, qualityIndicators, taskImages, rubric, prep);
            ItemContent content = new ItemContent(stem, stemImages, options, key, analysis, referenceAnswer,
                    scoringPoints, difficulty == null ? null : Difficulty.of(difficulty),
                    score == null ? null : Score.of(score), skill);
            return new ItemVersionView(id, itemId, number, ItemStatus.valueOf(status), statusChangedAt, content,
                    contentHash, authorId, authorName, createdAt, changeNote);
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    }
}
