package org.qbank.bank.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.qbank.bank.access.Actor;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.common.RuleViolationException.Violation;
import org.qbank.bank.common.Texts;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.Occupations;
import org.qbank.bank.occupation.WorkType;
import org.qbank.bank.occupation.WorkTypes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checks a {@link CreateItem}'s classification, settles its 试题编码 and saves the new {@link Item}. */
@Component
class ItemFactory {

    private final Items items;
    private final ItemCodes codes;
    private final Occupations occupations;
    private final WorkTypes workTypes;
    private final KnowledgePointCheck points;
    private final JdbcClient jdbc;

    ItemFactory(Items items, ItemCodes codes, Occupations occupations, WorkTypes workTypes, KnowledgePointCheck points,
                JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.points = points;
        this.items = items;
        this.codes = codes;
        this.occupations = occupations;
        this.workTypes = workTypes;
    }

    Item newItem(Actor actor, CreateItem cmd, Instant at) {
        List<Violation> v = new ArrayList<>();
        if (cmd.level() == null) {
            v.add(new Violation("level", "等级不能为空"));
        }
        if (cmd.subject() == null) {
            v.add(new Violation("subject", "科目不能为空"));
        } else if (cmd.level() != null && !cmd.subject().allowedFor(cmd.level())) {
            v.add(new Violation("subject", cmd.subject().displayName() + "只适用于二级和一级"));
        }
        if (cmd.type() == null) {
            v.add(new Violation("type", "题型不能为空"));
        } else if (cmd.subject() != null && (cmd.type() == ItemType.SKILL_TASK) != (cmd.subject() == org.qbank.bank.common.Subject.SKILL)) {
            v.add(new Violation("type", cmd.type().displayName() + "与科目「" + cmd.subject().displayName() + "」不符"));
        }
        if (cmd.knowledgePointId() <= 0) {
            v.add(new Violation("knowledgePointId", "鉴定点不能为空"));
        }
        Occupation occupation = occupations.findById(cmd.occupationId()).orElse(null);
        if (occupation == null) {
            v.add(new Violation("occupationId", "职业不存在: " + cmd.occupationId()));
        }
        if (cmd.workTypeId() != null) {
            WorkType wt = workTypes.findById(cmd.workTypeId()).orElse(null);
            if (wt == null || wt.getOccupationId() != cmd.occupationId()) {
                v.add(new Violation("workTypeId", "工种不属于该职业: " + cmd.workTypeId()));
            }
        }
        if (!v.isEmpty()) {
            throw new RuleViolationException(v);
        }
        points.require(new KnowledgePointCheck.Filing("knowledgePointId", cmd.institutionId(), cmd.occupationId(),
                cmd.workTypeId(), cmd.level(), cmd.subject(), cmd.knowledgePointId()));
        ItemContentRules.validate(cmd.type(), cmd.content());
        ItemCode code;
        if (cmd.code() == null || cmd.code().isBlank()) {
            code = codes.next(cmd.institutionId(), ItemCode.prefix(occupation.getCode(), cmd.level(), cmd.subject()));
        } else {
            code = ItemCode.of(cmd.code());
            if (items.existsByInstitutionIdAndCode(cmd.institutionId(), code.value())) {
                throw new ConflictException("code-taken", "试题编码已存在: " + code);
            }
        }
        String author = cmd.author() == null || cmd.author().isBlank() ? actor.username() : cmd.author().strip();
        Item item = items.saveAndFlush(new Item(cmd.institutionId(), code, cmd.occupationId(), cmd.workTypeId(),
                cmd.level(), cmd.subject(), cmd.type(), cmd.knowledgePointId(), author, Texts.optional(cmd.source()),
                Texts.optional(cmd.enemyGroup()), at, actor.userId()));
        jdbc.sql("INSERT INTO item_usage (item_id) VALUES (?)").param(item.getId()).update();
        return item;
    }
}
