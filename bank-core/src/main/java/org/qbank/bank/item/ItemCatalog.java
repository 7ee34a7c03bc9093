package org.qbank.bank.item;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model paper assembly draws from: the APPROVED current versions of one institution's items of an
 * occupation / work type / level / subject, in one indexed query (ix_item_catalog, then the version's primary
 * unique key and the usage row's primary key). Retired items are never returned. Callers scope by institution
 * themselves (they hold the actor); this class takes the institution id as given.
 */
@Service
public class ItemCatalog {

    private static final String SELECT = """
            SELECT i.id, i.code, v.id AS version_id, v.number, v.content_hash, i.type, i.knowledge_point_id,
                   v.difficulty, v.score, v.duration_minutes, i.enemy_group, u.sessions, u.candidates, u.last_issued_at
            FROM item i
            JOIN item_version v ON v.item_id = i.id AND v.number = i.current_version_no
            JOIN item_usage u ON u.item_id = i.id
            WHERE i.institution_id = ? AND i.occupation_id = ? AND i.level = ? AND i.subject = ?
              AND i.current_version_no IS NOT NULL AND i.retired_at IS NULL AND v.status = 'APPROVED'
            """;

    private final JdbcClient jdbc;

    public ItemCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Eligible items ordered by 鉴定点, then least used first (sessions, candidates), then code.
     * {@code workTypeId} null selects the items without a work type; a value selects that work type's items only
     * (each 细目表 belongs to one work type, and so do its 鉴定点).
     */
    @Transactional(readOnly = true)
    public List<EligibleItem> eligible(long institutionId, long occupationId, Long workTypeId, Level level, Subject subject) {
        String sql = SELECT + (workTypeId == null ? " AND i.work_type_id IS NULL" : " AND i.work_type_id = ?")
                + " ORDER BY i.knowledge_point_id, u.sessions, u.candidates, i.code";
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param(institutionId).param(occupationId).param(level.number())
                .param(subject.name());
        if (workTypeId != null) {
            spec = spec.param(workTypeId);
        }
        return spec.query(ItemCatalog::row).list();
    }

    /** The same items grouped by 鉴定点 id (in 鉴定点 id order), each group least used first. */
    @Transactional(readOnly = true)
    public Map<Long, List<EligibleItem>> eligibleByKnowledgePoint(long institutionId, long occupationId, Long workTypeId,
                                                                 Level level, Subject subject) {
        return eligible(institutionId, occupationId, workTypeId, level, subject).stream()
                .collect(Collectors.groupingBy(EligibleItem::knowledgePointId, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The eligible 操作技能试题 of an occupation / work type / level (subject 操作技能) with each version's 考核时间,
     * in the order of {@link #eligible}.
     */
    @Transactional(readOnly = true)
    public List<EligibleSkillTask> eligibleSkillTasks(long institutionId, long occupationId, Long workTypeId, Level level) {
        String sql = SELECT + " AND i.type = 'SKILL_TASK'"
                + (workTypeId == null ? " AND i.work_type_id IS NULL" : " AND i.work_type_id = ?")
                + " ORDER BY i.knowledge_point_id, u.sessions, u.candidates, i.code";
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param(institutionId).param(occupationId).param(level.number())
                .param(Subject.SKILL.name());
        if (workTypeId != null) {
            spec = spec.param(workTypeId);
        }
        return spec.query((rs, n) -> new EligibleSkillTask(row(rs, n), rs.getInt("duration_minutes"))).list();
    }

    /**
     * The option labels (A, B, …, in label order) of the given versions that are 单选题 or 多选题, in one query;
     * versions of other types (判断题 included) are absent from the map.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> choiceOptionLabels(Collection<Long> versionIds) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (versionIds.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", Collections.nCopies(versionIds.size(), "?"));
        jdbc.sql("SELECT o.version_id, o.label FROM item_option o"
                        + " JOIN item_version v ON v.id = o.version_id JOIN item i ON i.id = v.item_id"
                        + " WHERE i.type IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE') AND o.version_id IN (" + marks + ")"
                        + " ORDER BY o.version_id, o.label")
                .params(List.copyOf(versionIds))
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return out;
    }

    private static EligibleItem row(ResultSet rs, int i) throws SQLException {
        Integer difficulty = rs.getObject("difficulty", Integer.class);
        java.math.BigDecimal score = rs.getBigDecimal("score");
        return new EligibleItem(rs.getLong("id"), ItemCode.of(rs.getString("code")), rs.getLong("version_id"),
                rs.getInt("number"), rs.getString("content_hash"), ItemType.valueOf(rs.getString("type")),
                rs.getLong("knowledge_point_id"), difficulty == null ? null : Difficulty.of(difficulty),
                score == null ? null : Score.of(score), rs.getString("enemy_group"), rs.getInt("sessions"),
                rs.getInt("candidates"), ItemVersionStore.instant(rs, "last_issued_at"));
    }
}
