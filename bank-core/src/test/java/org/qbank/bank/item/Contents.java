package org.qbank.bank.item;

import java.math.BigDecimal;
import java.util.List;

import org.qbank.bank.item.ItemContent.ChoiceOption;
import org.qbank.bank.item.ItemContent.PreparationCategory;
import org.qbank.bank.item.ItemContent.PreparationItem;
import org.qbank.bank.item.ItemContent.RubricKind;
import org.qbank.bank.item.ItemContent.RubricRow;
import org.qbank.bank.item.ItemContent.SkillTask;

/** Sample contents for tests (original text). */
final class Contents {

    private Contents() {
    }

    static ItemContent single(String stem) {
        return ItemContent.choice(stem, List.of(ChoiceOption.of("A", "220 V"), ChoiceOption.of("B", "380 V"),
                ChoiceOption.of("C", "36 V"), ChoiceOption.of("D", "110 V")), "C", Difficulty.of(2), Score.of("0.5"));
    }

    static ItemContent multiple() {
        return ItemContent.choice("下列属于安全电压等级的有", List.of(ChoiceOption.of("A", "42 V"), ChoiceOption.of("B", "36 V"),
                ChoiceOption.of("C", "220 V"), ChoiceOption.of("D", "12 V")), "ABD", Difficulty.of(3), Score.of("1"));
    }

    static ItemContent trueFalse() {
        return ItemContent.choice("停电检修时应先验电后挂接地线。", List.of(), "√", Difficulty.of(1), Score.of("0.5"));
    }

    static ItemContent shortAnswer() {
        return ItemContent.freeResponse("简述触电急救的步骤。", "脱离电源, 判断意识, 心肺复苏。", "脱离电源 2 分; 判断 1 分; 复苏 2 分",
                Difficulty.of(3), Score.of("5"));
    }

    static ItemContent skill() {
        SkillTask task = new SkillTask("三相异步电动机正反转控制线路安装", 90, "某车间需安装一台电动机的控制线路。",
                "1. 按图安装线路\n2. 通电试车", "能正确选用元件", "线路整齐, 试车一次成功", List.of(),
                List.of(new RubricRow(1, "元件安装", Score.of("20"), "安装不牢固每处扣 2 分", RubricKind.J, false),
                        new RubricRow(2, "布线", Score.of("50"), "不按图接线扣 10 分", RubricKind.J, false),
                        new RubricRow(3, "通电试车", Score.of("30"), "一次不成功扣 10 分", RubricKind.M, true)),
                List.of(new PreparationItem(PreparationCategory.SITE, "交流接触器", "CJX2-1210", "2", "个", null),
                        new PreparationItem(PreparationCategory.CANDIDATE, "万用表", null, "1", "块", "自备")));
        return ItemContent.skillTask(task, Difficulty.of(3), new Score(new BigDecimal("100")));
    }
}
