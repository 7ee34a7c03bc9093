package org.qbank.portal.pages.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qbank.bank.common.RuleViolationException;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemType;

class ItemFormTest {

    @Test
    void multipleChoiceKeysAreWrittenInLabelOrder() {
        ItemForm f = ItemForm.blank(ItemType.MULTIPLE_CHOICE, 1);
        f.stem = "题干";
        f.options.forEach(o -> o.text = "选项" + o.label);
        f.keys = List.of("D", "A", "C");
        ItemContent c = f.toContent();
        assertThat(c.key()).isEqualTo("ACD");
        assertThat(c.options()).hasSize(4);
        assertThat(c.referenceAnswer()).isNull();
    }

    @Test
    void blankRubricRowsAreDroppedAndTheRestNumberedInOrder() {
        ItemForm f = ItemForm.blank(ItemType.SKILL_TASK, 1);
        f.taskName = "照明电路安装";
        f.score = "20";
        f.rubric = List.of(line("导线连接", "12", "接头牢固"), line("", "", ""), line("通电检测", "8", "一次通电成功"));
        ItemContent c = f.toContent();
        assertThat(c.skill().rubric()).extracting(ItemContent.RubricRow::seq).containsExactly(1, 2);
        assertThat(c.skill().rubricTotal().text()).isEqualTo("20");
        assertThat(c.score().text()).isEqualTo("20");
    }

    @Test
    void pointsThatAreNotANumberAreReportedOnTheirRow() {
        ItemForm f = ItemForm.blank(ItemType.SKILL_TASK, 1);
        f.rubric = List.of(line("导线连接", "十二", "接头牢固"));
        assertThatThrownBy(f::toContent).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations().get(0).field())
                        .isEqualTo("skill.rubric[1].points"));
    }

    @Test
    void diffFieldsAreNamedInChinese() {
        assertThat(FieldLabels.label("stem")).isEqualTo("题干");
        assertThat(FieldLabels.label("option[B].text")).isEqualTo("选项 B · 文字");
        assertThat(FieldLabels.label("skill.rubric[2].points")).isEqualTo("评分标准第 2 行 · 配分");
    }

    private static ItemForm.RubricLine line(String element, String points, String criteria) {
        ItemForm.RubricLine l = new ItemForm.RubricLine();
        l.element = element;
        l.points = points;
        l.criteria = criteria;
        return l;
    }
}
