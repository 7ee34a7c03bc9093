package org.qbank.tools.storage;

import java.util.ArrayList;
import java.util.List;

import org.qbank.bank.item.Difficulty;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.Score;
import org.qbank.tools.importing.PrepItem;
import org.qbank.tools.importing.RubricRow;
import org.qbank.tools.importing.SkillTask;
import org.qbank.tools.importing.TheoryItem;

/**
 * Maps imported rows to bank-core item content and back. Free-response items carry the workbook's 答案 as 参考答案
 * and its 解析 as 评分要点; choice and 判断 items carry 解析 as analysis.
 */
final class ContentMapper {

    private ContentMapper() {
    }

    static ItemContent theory(TheoryItem i, List<String> imageHashes) {
        Difficulty d = i.difficulty() == null ? null : Difficulty.of(i.difficulty());
        Score s = i.score() == null ? null : Score.of(i.score());
        if (!i.type().isKeyed()) {
            return new ItemContent(i.stem(), imageHashes, List.of(), null, null, i.answer(), i.explanation(), d, s, null);
        }
        List<ItemContent.ChoiceOption> options = new ArrayList<>();
        for (int n = 0; n < i.options().size(); n++) {
            options.add(ItemContent.ChoiceOption.of(String.valueOf((char) ('A' + n)), i.options().get(n)));
        }
        return new ItemContent(i.stem(), imageHashes, options, i.answer(), i.explanation(), null, null, d, s, null);
    }

    static ItemContent skill(SkillTask t) {
        List<ItemContent.RubricRow> rubric = t.rubric().stream().map(r -> new ItemContent.RubricRow(r.number(),
                r.element(), Score.of(r.points()), r.criteria(),
                r.kind() == null ? null : ItemContent.RubricKind.valueOf(r.kind()), r.veto())).toList();
        List<ItemContent.PreparationItem> prep = t.preparation().stream().map(p -> new ItemContent.PreparationItem(
                p.category() == PrepItem.Category.SITE ? ItemContent.PreparationCategory.SITE
                        : ItemContent.PreparationCategory.CANDIDATE, p.name(), p.spec(), p.quantity(), p.unit(), p.note()))
                .toList();
        return ItemContent.skillTask(new ItemContent.SkillTask(t.name(), t.durationMinutes(), t.background(), t.tasks(),
                t.skillRequirements(), t.qualityIndicators(), List.of(), rubric, prep), null, Score.of(t.score()));
    }

    static List<RubricRow> rubric(ItemContent.SkillTask s) {
        return s.rubric().stream().map(r -> new RubricRow(0, r.seq(), r.element(), r.points().value(), r.criteria(),
                r.kind() == null ? null : r.kind().name(), r.veto())).toList();
    }

    static List<PrepItem> preparation(ItemContent.SkillTask s) {
        return s.preparation().stream().map(p -> new PrepItem(0, p.category() == ItemContent.PreparationCategory.SITE
                ? PrepItem.Category.SITE : PrepItem.Category.CANDIDATE, p.name(), nz(p.spec()), nz(p.quantity()),
                nz(p.unit()), nz(p.note()))).toList();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
