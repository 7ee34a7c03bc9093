package org.qbank.tools.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.paper.PaperItem;
import org.qbank.bank.access.Actor;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemVersionView;
import org.qbank.tools.importing.PrepItem;
import org.qbank.tools.importing.RubricRow;
import org.qbank.tools.importing.SkillTask;
import org.qbank.tools.word.SkillPaperDocuments;
import org.qbank.tools.word.SkillPaperView;

/**
 * Prints a skill paper from its pinned task versions as the three documents: 准备通知单, 试题单, 评分记录表, each
 * task with the 配分 drawn with the paper (by the 技能要求权重表).
 */
public class SkillPaperPrinter {

    private final ItemService items;

    public SkillPaperPrinter(ItemService items) {
        this.items = items;
    }

    /** Writes {@code stem}-准备通知单.docx, -试题单.docx and -评分记录表.docx into {@code dir}; returns their paths. */
    public List<Path> print(Actor actor, Paper paper, String occupationName, String sessionLabel, String mark, Path dir,
                            String stem) throws IOException {
        SkillPaperView view = view(actor, paper, occupationName, "", sessionLabel, mark);
        SkillPaperDocuments docs = new SkillPaperDocuments();
        Path prep = dir.resolve(stem + "-准备通知单.docx");
        Path sheet = dir.resolve(stem + "-试题单.docx");
        Path score = dir.resolve(stem + "-评分记录表.docx");
        try (OutputStream a = Files.newOutputStream(prep); OutputStream b = Files.newOutputStream(sheet);
             OutputStream c = Files.newOutputStream(score)) {
            docs.writePreparation(view, a);
            docs.writeTaskSheet(view, b);
            docs.writeScoreSheet(view, c);
        }
        return List.of(prep, sheet, score);
    }

    /**
     * The skill paper's pinned task versions (with rubric and preparation list) as the documents' view, for writers
     * that stream the three documents themselves (the portal's downloads).
     */
    public SkillPaperView view(Actor actor, Paper paper, String occupationName, String batchCode, String sessionCode,
                               String mark) {
        List<SkillPaperView.Question> questions = new ArrayList<>();
        for (PaperItem pi : paper.items()) {
            ItemVersionView v = items.history(actor, pi.itemId()).stream().filter(h -> h.id() == pi.versionId())
                    .findFirst().orElseThrow();
            questions.add(new SkillPaperView.Question(task(pi.itemCode(), paper, v.content()), pi.points()));
        }
        return new SkillPaperView("职业技能等级认定", occupationName, paper.scope().level().displayName(),
                batchCode == null ? "" : batchCode, sessionCode == null ? "" : sessionCode, paper.fingerprint().hex(),
                questions, mark);
    }

    private static SkillTask task(String code, Paper paper, ItemContent content) {
        ItemContent.SkillTask t = content.skill();
        List<RubricRow> rubric = t.rubric().stream().map(r -> new RubricRow(0, r.seq(), r.element(),
                r.points() == null ? null : r.points().value(), r.criteria(), r.kind() == null ? null : r.kind().name(),
                r.veto())).toList();
        List<PrepItem> prep = t.preparation().stream().map(p -> new PrepItem(0,
                PrepItem.Category.valueOf(p.category().name()), p.name(), p.spec(), p.quantity(), p.unit(), p.note()))
                .toList();
        return new SkillTask(0, code, paper.scope().occupationCode(), paper.scope().workType(), paper.scope().level(),
                null, t.name(), t.durationMinutes(), t.background(), t.tasks(), t.skillRequirements(),
                t.qualityIndicators(), content.score() == null ? null : content.score().value(), null, null, null,
                rubric, prep);
    }
}
