package org.qbank.bank.item;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.audit.AuditEvent;
import org.qbank.bank.audit.AuditLog;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.NotFoundException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.image.ImageStore;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemContent.PreparationItem;
import org.qbank.bank.item.ItemContent.RubricRow;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.Occupations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many items with their versions in batched statements (a few round trips per thousand items instead of
 * a dozen per item): the path of workbook imports and of loading benchmarks. Content is validated per type
 * exactly as in {@link ItemService}; every item gets one audit entry ({@code ITEM_IMPORTED}, entity
 * {@code "item"}, version = latest number, after = latest content hash), so the search index sees imports
 * like any other change. All-or-nothing within the caller's transaction.
 */
@Service
public class ItemBulkWriter {

    private final JdbcTemplate jdbc;
    private final ItemCodes codes;
    private final Occupations occupations;
    private final ImageStore images;
    private final KnowledgePointCheck points;
    private final AuditLog audit;

    ItemBulkWriter(JdbcTemplate jdbc, ItemCodes codes, Occupations occupations, ImageStore images,
                   KnowledgePointCheck points, AuditLog audit) {
        this.points = points;
        this.jdbc = jdbc;
        this.codes = codes;
        this.occupations = occupations;
        this.images = images;
        this.audit = audit;
    }

    /**
     * Writes the items (all of one institution) and returns their ids in input order. Content or classification
     * errors → {@link RuleViolationException} naming {@code items[n].…}; a 鉴定点 that is unknown, retired or of
     * another 细目表 than the item's → {@link InvalidKnowledgePointException} naming {@code items[n].knowledgePointId}.
     * Nothing is written on any error.
     */
    @Transactional
    public List<Long> write(Actor actor, long institutionId, List<BulkItem> batch) {
        actor.requireInstitution(institutionId, "机构", institutionId);
        actor.requireRole("导入试题", Role.ITEM_WRITER, Role.INSTITUTION_ADMIN, Role.EXAM_ADMIN);
        List<String> itemCodes = prepare(institutionId, batch);
        long itemsBefore = maxId("item");
        jdbc.batchUpdate("""
                INSERT INTO item (institution_id, code, occupation_id, work_type_id, level, subject, type,
                  knowledge_point_id, author, source, enemy_group, created_at, created_by, current_version_no,
                  latest_version_no, lock_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                indexed(batch), batch.size(), (ps, e) -> {
                    BulkItem b = e.item();
                    ps.setLong(1, institutionId);
                    ps.setString(2, itemCodes.get(e.index()));
                    ps.setLong(3, b.occupationId());
                    ps.setObject(4, b.workTypeId());
                    ps.setInt(5, b.level().number());
                    ps.setString(6, b.subject().name());
                    ps.setString(7, b.type().name());
                    ps.setLong(8, b.knowledgePointId());
                    ps.setString(9, b.author() == null ? actor.username() : b.author());
                    ps.setString(10, b.source());
                    ps.setString(11, b.enemyGroup());
                    ps.setObject(12, ItemVersionStore.utc(b.createdAt()));
                    ps.setLong(13, actor.userId());
                    ps.setObject(14, approvedNumber(b));
                    ps.setInt(15, b.versions().size());
                });
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, institution_id, code FROM item WHERE id > ?", rs -> {
            if (rs.getLong(2) == institutionId) {
                ids.put(rs.getString(3), rs.getLong(1));
            }
        }, itemsBefore);
        List<Long> itemIds = itemCodes.stream().map(ids::get).toList();
        jdbc.batchUpdate("INSERT INTO item_usage (item_id) VALUES (?)", itemIds, itemIds.size(), (ps, id) -> ps.setLong(1, id));
        writeVersions(actor, batch, itemIds);
        return itemIds;
    }

    private List<String> prepare(long institutionId, List<BulkItem> batch) {
        List<RuleViolationException.Violation> problems = new ArrayList<>();
        Set<String> imageHashes = new LinkedHashSet<>();
        Set<String> given = new LinkedHashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            BulkItem b = batch.get(i);
            String where = "items[" + (i + 1) + "]";
            if (b.institutionId() != institutionId) {
                problems.add(new RuleViolationException.Violation(where, "试题不属于机构 " + institutionId));
            }
            if (b.versions().isEmpty() || b.versions().stream().filter(v -> v.status() == ItemStatus.APPROVED).count() > 1) {
                problems.add(new RuleViolationException.Violation(where + ".versions", "至少一个版本, 至多一个已审定版本"));
            }
            for (BulkItem.Version v : b.versions()) {
                try {
                    ItemContentRules.validate(b.type(), v.content());
                } catch (RuleViolationException e) {
                    e.violations().forEach(x -> problems.add(new RuleViolationException.Violation(where + "." + x.field(), x.message())));
                }
                imageHashes.addAll(v.content().imageHashes());
            }
            if (b.code() != null && !given.add(ItemCode.of(b.code()).value())) {
                problems.add(new RuleViolationException.Violation(where + ".code", "试题编码重复: " + b.code()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        List<KnowledgePointCheck.Filing> filings = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            BulkItem b = batch.get(i);
            filings.add(new KnowledgePointCheck.Filing("items[" + (i + 1) + "].knowledgePointId", institutionId,
                    b.occupationId(), b.workTypeId(), b.level(), b.subject(), b.knowledgePointId()));
        }
        points.requireAll(filings);
        images.requireAll(imageHashes, "images");
        if (!given.isEmpty()) {
            List<String> taken = List.copyOf(codes.idsByCode(institutionId, given).keySet());
            if (!taken.isEmpty()) {
                throw new ConflictException("code-taken", "试题编码已存在: " + String.join(", ", taken));
            }
        }
        Map<Long, Occupation> occ = new HashMap<>();
        Map<String, List<Integer>> needCode = new java.util.LinkedHashMap<>();
        String[] out = new String[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            BulkItem b = batch.get(i);
            if (b.code() != null) {
                out[i] = ItemCode.of(b.code()).value();
            } else {
                Occupation o = occ.computeIfAbsent(b.occupationId(), id -> occupations.findById(id)
                        .orElseThrow(() -> NotFoundException.of("职业", id)));
                needCode.computeIfAbsent(ItemCode.prefix(o.getCode(), b.level(), b.subject()), k -> new ArrayList<>()).add(i);
            }
        }
        needCode.forEach((prefix, positions) -> {
            List<ItemCode> block = codes.nextBlock(institutionId, prefix, positions.size());
            for (int k = 0; k < positions.size(); k++) {
                out[positions.get(k)] = block.get(k).value();
            }
        });
        return List.of(out);
    }

    private void writeVersions(Actor actor, List<BulkItem> batch, List<Long> itemIds) {
        List<VersionRow> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            List<BulkItem.Version> vs = batch.get(i).versions();
            for (int n = 0; n < vs.size(); n++) {
                rows.add(new VersionRow(itemIds.get(i), n + 1, vs.get(n), ContentHash.of(vs.get(n).content())));
            }
        }
        long versionsBefore = maxId("item_version");
        jdbc.batchUpdate("""
                INSERT INTO item_version (item_id, number, status, status_changed_at, stem, answer_key, analysis,
                  reference_answer, scoring_points, difficulty, score, task_name, duration_minutes, background, tasks,
                  skill_requirements, quality_indicators, content_hash, author_id, author_name, created_at, change_note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 1000, (ps, r) -> {
            ItemContent c = r.version().content();
            ItemContent.SkillTask s = c.skill();
            ps.setLong(1, r.itemId());
            ps.setInt(2, r.number());
            ps.setString(3, r.version().status().name());
            ps.setObject(4, ItemVersionStore.utc(r.version().createdAt()));
            ps.setString(5, c.stem());
            ps.setString(6, c.key());
            ps.setString(7, c.analysis());
            ps.setString(8, c.referenceAnswer());
            ps.setString(9, c.scoringPoints());
            ps.setObject(10, c.difficulty() == null ? null : c.difficulty().value());
            ps.setBigDecimal(11, c.score() == null ? null : c.score().value());
            ps.setString(12, s == null ? null : s.name());
            ps.setObject(13, s == null ? null : s.durationMinutes());
            ps.setString(14, s == null ? null : s.background());
            ps.setString(15, s == null ? null : s.tasks());
            ps.setString(16, s == null ? null : s.skillRequirements());
            ps.setString(17, s == null ? null : s.qualityIndicators());
            ps.setString(18, r.hash());
            ps.setLong(19, actor.userId());
            ps.setString(20, actor.username());
            ps.setObject(21, ItemVersionStore.utc(r.version().createdAt()));
            ps.setString(22, r.version().changeNote());
        });
        Map<String, Long> versionIds = new HashMap<>();
        jdbc.query("SELECT id, item_id, number FROM item_version WHERE id > ?",
                rs -> {
                    versionIds.put(rs.getLong(2) + "/" + rs.getInt(3), rs.getLong(1));
                }, versionsBefore);
        writeChildren(rows, versionIds);
        int row = 0;
        Map<Long, List<AuditEvent>> events = new LinkedHashMap<>();
        for (BulkItem b : batch) {
            row += b.versions().size();
            VersionRow latest = rows.get(row - 1);
            events.computeIfAbsent(b.institutionId(), k -> new ArrayList<>()).add(
                    AuditEvent.of(b.institutionId(), actor, "ITEM_IMPORTED", ItemService.ENTITY, latest.itemId())
                            .withVersion(latest.number()).withHashes(null, latest.hash()).withDetail("批量写入"));
        }
        events.forEach(audit::recordAll);
    }

    private void writeChildren(List<VersionRow> rows, Map<String, Long> versionIds) {
        List<Object[]> options = new ArrayList<>();
        List<Object[]> imageRows = new ArrayList<>();
        List<Object[]> rubric = new ArrayList<>();
        List<Object[]> prep = new ArrayList<>();
        List<Object[]> usage = new ArrayList<>();
        for (VersionRow r : rows) {
            long id = versionIds.get(r.itemId() + "/" + r.number());
            ItemContent c = r.version().content();
            usage.add(new Object[]{id});
            for (ChoiceOption o : c.options()) {
                options.add(new Object[]{id, o.label(), o.text(), o.imageHash()});
            }
            for (int i = 0; i < c.stemImages().size(); i++) {
                imageRows.add(new Object[]{id, "STEM", i + 1, c.stemImages().get(i)});
            }
            if (c.skill() != null) {
                for (int i = 0; i < c.skill().taskImages().size(); i++) {
                    imageRows.add(new Object[]{id, "TASK", i + 1, c.skill().taskImages().get(i)});
                }
                for (RubricRow x : c.skill().rubric()) {
                    rubric.add(new Object[]{id, x.seq(), x.element(), x.points().value(), x.criteria(),
                            x.kind() == null ? null : x.kind().name(), x.veto()});
                }
                List<PreparationItem> p = c.skill().preparation();
                for (int i = 0; i < p.size(); i++) {
                    PreparationItem x = p.get(i);
                    prep.add(new Object[]{id, i + 1, x.category().name(), x.name(), x.spec(), x.quantity(), x.unit(), x.note()});
                }
            }
        }
        batch("INSERT INTO item_version_usage (version_id) VALUES (?)", usage);
        batch("INSERT INTO item_option (version_id, label, text, image_hash) VALUES (?, ?, ?, ?)", options);
        batch("INSERT INTO item_version_image (version_id, slot, position, image_hash) VALUES (?, ?, ?, ?)", imageRows);
        batch("INSERT INTO item_rubric_row (version_id, seq, element, points, criteria, kind, veto) VALUES (?, ?, ?, ?, ?, ?, ?)", rubric);
        batch("INSERT INTO item_preparation (version_id, position, category, name, spec, quantity, unit, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", prep);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /**
     * The highest id of the table so far. Identity values only grow, so the rows this batch inserts are the ones
     * above it (plus any a concurrent writer adds, which the caller filters out): read back by an id range on the
     * primary key instead of {@code code IN (…a thousand codes…)}, which H2 re-checks against the whole list for
     * every row found.
     */
    private long maxId(String table) {
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
        return max == null ? 0 : max;
    }

    private static Integer approvedNumber(BulkItem b) {
        for (int n = 0; n < b.versions().size(); n++) {
            if (b.versions().get(n).status() == ItemStatus.APPROVED) {
                return n + 1;
            }
        }
        return null;
    }

    private static List<Indexed> indexed(List<BulkItem> batch) {
        List<Indexed> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            out.add(new Indexed(i, batch.get(i)));
        }
        return out;
    }

    private record Indexed(int index, BulkItem item) {
    }

    private record VersionRow(long itemId, int number, BulkItem.Version version, String hash) {
    }
}
