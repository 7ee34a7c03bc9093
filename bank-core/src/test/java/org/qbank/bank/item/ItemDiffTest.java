package org.qbank.bank.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemContent.RubricRow;
import org.qbank.bank.item.ItemContent.SkillTask;

class ItemDiffTest {

    @Test
    void identicalContentHasNoChanges() {
        assertThat(ItemDiff.between(Contents.multiple(), Contents.multiple())).isEmpty();
    }

    @Test
    void optionsAreComparedPerLabel() {
        ItemContent before = Contents.single("安全电压是");
        ItemContent after = ItemContent.choice("安全电压一般是", List.of(ChoiceOption.of("A", "220 V"), ChoiceOption.of("B", "380 V"),
                ChoiceOption.of("C", "36 V"), ChoiceOption.of("D", "24 V"), ChoiceOption.of("E", "12 V")), "C",
                Difficulty.of(3), Score.of("0.5"));
        assertThat(ItemDiff.between(before, after)).containsExactly(
                new FieldChange("stem", "安全电压是", "安全电压一般是"),
                new FieldChange("option[D].text", "110 V", "24 V"),
                new FieldChange("difficulty", "2", "3"),
                new FieldChange("option[E].text", null, "12 V"));
    }

    @Test
    void rubricRowsAreComparedPerRow() {
        ItemContent before = Contents.skill();
        SkillTask t = before.skill();
        List<RubricRow> rows = new ArrayList<>(t.rubric());
        rows.set(1, new RubricRow(2, "布线工艺", Score.of("50"), "不按图接线扣 10 分", ItemContent.RubricKind.J, false));
        ItemContent after = ItemContent.skillTask(new SkillTask(t.name(), 120, t.background(), t.tasks(),
                t.skillRequirements(), t.qualityIndicators(), t.taskImages(), rows, t.preparation()), before.difficulty(), before.score());
        assertThat(ItemDiff.between(before, after)).containsExactly(
                new FieldChange("skill.durationMinutes", "90", "120"),
                new FieldChange("skill.rubric[2].element", "布线", "布线工艺"));
    }

    @Test
    void removedFieldsShowNullAfter() {
        ItemContent before = Contents.single("题干").withAnalysis("因为 36 V 是安全电压");
        assertThat(ItemDiff.between(before, Contents.single("题干")))
                .containsExactly(new FieldChange("analysis", "因为 36 V 是安全电压", null));
    }
}
