package org.qbank.portal.item;

import java.math.BigDecimal;
import java.util.List;

import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemContent.PreparationCategory;
import org.qbank.bank.item.ItemContent.PreparationItem;
import org.qbank.bank.item.ItemContent.RubricKind;
import org.qbank.bank.item.ItemContent.RubricRow;
import org.qbank.bank.item.ItemContent.SkillTask;
import org.qbank.bank.item.Score;

/**
 * The content of an item version on the wire. {@code difficulty} is 1..5 (易…难), {@code score} a decimal with at
 * most two places; images are referenced by their SHA-256. Which fields are required depends on the item type
 * (bank-core checks and answers 422 naming the field).
 */
record ContentDto(String stem, List<String> stemImages, List<Option> options, String key, String analysis,
                  String referenceAnswer, String scoringPoints, Integer difficulty, BigDecimal score, Skill skill) {

    record Option(String label, String text, String imageHash) {
    }

    record Skill(String name, int durationMinutes, String background, String tasks, String skillRequirements,
                 String qualityIndicators, List<String> taskImages, List<Rubric> rubric, List<Preparation> preparation) {
    }

    /** {@code kind}: M (measured) or J (judged); {@code veto}: 否决项. */
    record Rubric(int seq, String element, BigDecimal points, String criteria, RubricKind kind, boolean veto) {
    }

    /** {@code category}: SITE (考场准备) or CANDIDATE (考生准备). */
    record Preparation(PreparationCategory category, String name, String spec, String quantity, String unit, String note) {
    }

    ItemContent toContent() {
        return new ItemContent(stem, stemImages == null ? List.of() : stemImages,
                options == null ? List.of() : options.stream().map(o -> new ChoiceOption(o.label(), o.text(), o.imageHash())).toList(),
                key, analysis, referenceAnswer, scoringPoints, difficulty == null ? null : Difficulty.of(difficulty),
                score == null ? null : Score.of(score), skill == null ? null : toTask(skill));
    }

    static ContentDto of(ItemContent c) {
        return new ContentDto(c.stem(), c.stemImages(),
                c.options().stream().map(o -> new Option(o.label(), o.text(), o.imageHash())).toList(), c.key(),
                c.analysis(), c.referenceAnswer(), c.scoringPoints(),
                c.difficulty() == null ? null : c.difficulty().value(), c.score() == null ? null : c.score().value(),
                c.skill() == null ? null : ofTask(c.skill()));
    }

    private static SkillTask toTask(Skill s) {
        return new SkillTask(s.name(), s.durationMinutes(), s.background(), s.tasks(), s.skillRequirements(),
                s.qualityIndicators(), s.taskImages(),
                s.rubric() == null ? List.of() : s.rubric().stream().map(r -> new RubricRow(r.seq(), r.element(),
                        r.points() == null ? null : Score.of(r.points()), r.criteria(), r.kind(), r.veto())).toList(),
                s.preparation() == null ? List.of() : s.preparation().stream().map(p -> new PreparationItem(p.category(),
                        p.name(), p.spec(), p.quantity(), p.unit(), p.note())).toList());
    }

    private static Skill ofTask(SkillTask t) {
        return new Skill(t.name(), t.durationMinutes(), t.background(), t.tasks(), t.skillRequirements(),
                t.qualityIndicators(), t.taskImages(),
                t.rubric().stream().map(r -> new Rubric(r.seq(), r.element(), r.points() == null ? null : r.points().value(),
                        r.criteria(), r.kind(), r.veto())).toList(),
                t.preparation().stream().map(p -> new Preparation(p.category(), p.name(), p.spec(), p.quantity(),
                        p.unit(), p.note())).toList());
    }
}
