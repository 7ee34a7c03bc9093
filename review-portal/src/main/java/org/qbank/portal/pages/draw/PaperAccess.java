package org.qbank.portal.pages.draw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qbank.assembly.bank.BankInputs;
import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.SavedSkillBlueprint;
import org.qbank.assembly.blueprint.SkillBlueprint;
import org.qbank.assembly.blueprint.SkillModule;
import org.qbank.assembly.blueprint.BlueprintService;
import org.qbank.assembly.blueprint.SkillBlueprintService;
import org.qbank.assembly.blueprint.SavedBlueprint;
import org.qbank.assembly.paper.OptionOrder;
import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.paper.PaperItem;
import org.qbank.assembly.paper.PaperService;
import org.qbank.assembly.session.SessionDrawService;
import org.qbank.bank.access.Actor;
import org.qbank.bank.common.ConflictException;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemType;
import org.qbank.bank.item.ItemVersionView;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.occupation.OccupationCode;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.bank.plan.BatchService;
import org.qbank.bank.plan.SessionView;
import org.qbank.tools.cli.SkillPaperPrinter;
import org.qbank.tools.word.PaperView;
import org.qbank.tools.word.SkillPaperDocuments;
import org.qbank.tools.word.SkillPaperView;
import org.qbank.tools.word.TheoryPaperDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a paper's content: only EXAM_ADMIN and INSTITUTION_ADMIN, and every view and download is written to the
 * audit log in the same transaction. The Word copy carries a mark naming who downloaded it, when, and for which
 * session.
 */
@Service
class PaperAccess {

    private final PaperService papers;
    private final ItemService items;
    private final BlueprintService blueprints;
    private final SkillBlueprintService skillBlueprints;
    private final BatchService batches;
    private final OccupationService occupations;
    private final SessionDrawService draws;
    private final BankInputs inputs;

    PaperAccess(PaperService papers, ItemService items, BlueprintService blueprints,
                SkillBlueprintService skillBlueprints, BatchService batches, OccupationService occupations,
                SessionDrawService draws, BankInputs inputs) {
        this.inputs = inputs;
        this.papers = papers;
        this.items = items;
        this.blueprints = blueprints;
        this.skillBlueprints = skillBlueprints;
        this.batches = batches;
        this.occupations = occupations;
        this.draws = draws;
    }

    @Transactional
    PaperContent view(Actor actor, long paperId) {
        draws.openForView(actor, paperId);
        return load(actor, paperId);
    }

    /** The printed paper as .docx with the download mark naming user, time and session; audited. */
    @Transactional
    byte[] word(Actor actor, long paperId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new TheoryPaperDocument().write(printable(actor, paperId), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * One of a skill paper's three documents (准备通知单, 试题单, 评分记录表) as .docx, written by import-tools from the
     * pinned task versions, with the download mark; audited as a download.
     */
    @Transactional
    byte[] skillDocument(Actor actor, long paperId, SkillDocument document) {
        String mark = draws.openForDownload(actor, paperId).mark();
        PaperContent c = load(actor, paperId);
        if (!c.skill()) {
            throw new ConflictException("not-a-skill-paper", "试卷 " + paperId + " 不是操作技能试卷, 没有" + document.title());
        }
        SkillPaperView view = new SkillPaperPrinter(items).view(actor, c.paper(), c.occupationName(),
                c.session() == null ? null : c.session().batchCode(), c.session() == null ? null : c.session().code(), mark);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SkillPaperDocuments docs = new SkillPaperDocuments();
        try {
            switch (document) {
                case PREPARATION -> docs.writePreparation(view, out);
                case TASKS -> docs.writeTaskSheet(view, out);
                case SCORES -> docs.writeScoreSheet(view, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The paper with its pinned content and the download mark, for Word writers; audited as a download. */
    @Transactional
    PaperView printable(Actor actor, long paperId) {
        String mark = draws.openForDownload(actor, paperId).mark();
        PaperContent c = load(actor, paperId);
        List<PaperView.Section> sections = new ArrayList<>();
        for (PaperContent.Part part : c.parts()) {
            sections.add(new PaperView.Section(part.type().displayName(), part.pointsEach(), part.questions().stream()
                    .map(q -> new PaperView.Question(q.number(), text(q), q.content().options().stream()
                            .map(o -> o.text() == null ? "" : o.text()).toList(), List.of(), q.content().key(),
                            q.content().analysis())).toList()));
        }
        Paper p = c.paper();
        return new PaperView(c.occupationName() + "职业技能等级认定", c.occupationName(),
                p.scope().level().displayName(), p.scope().subject().displayName(), c.durationMinutes(),
                c.session() == null ? null : c.session().batchCode(), c.session() == null ? null : c.session().code(),
                p.fingerprint().hex(), sections, mark);
    }

    private static String text(PaperContent.Question q) {
        return q.content().stem() != null ? q.content().stem()
                : q.content().skill() == null ? "" : q.content().skill().name();
    }

    /**
     * Only after {@link SessionDrawService#openForView}/{@code openForDownload}, which decide who may read content.
     * A shuffled paper's questions come with their options in the paper's order and the key remapped, so the page,
     * the Word paper and the answer key all follow it.
     */
    private PaperContent load(Actor actor, long paperId) {
        Paper paper = papers.find(actor, paperId);
        Optional<Blueprint> blueprint = blueprints.list(actor, paper.institutionId()).stream()
                .map(SavedBlueprint::blueprint).filter(b -> b.name().equals(paper.blueprintName())).findFirst();
        Map<ItemType, List<PaperContent.Question>> byType = new LinkedHashMap<>();
        Map<Long, Long> pointByTask = new LinkedHashMap<>();
        for (PaperItem pi : paper.items()) {
            ItemView item = items.get(actor, pi.itemId());
            pointByTask.put(pi.itemId(), item.knowledgePointId());
            ItemVersionView version = items.history(actor, pi.itemId()).stream()
                    .filter(v -> v.id() == pi.versionId()).findFirst().orElse(item.latest());
            byType.computeIfAbsent(item.type(), t -> new ArrayList<>())
                    .add(new PaperContent.Question(0, pi.itemCode(), OptionOrder.apply(version.content(), pi.optionOrder())));
        }
        List<PaperContent.Part> parts = new ArrayList<>();
        int number = 1;
        for (Map.Entry<ItemType, List<PaperContent.Question>> e : byType.entrySet()) {
            List<PaperContent.Question> numbered = new ArrayList<>();
            for (PaperContent.Question q : e.getValue()) {
                numbered.add(new PaperContent.Question(number++, q.code(), q.content()));
            }
            BigDecimal each = blueprint.flatMap(b -> b.sections().stream()
                    .filter(s -> s.type() == e.getKey()).findFirst())
                    .map(org.qbank.assembly.blueprint.Section::pointsEach).orElse(BigDecimal.ONE);
            parts.add(new PaperContent.Part(e.getKey(), each, numbered));
        }
        SessionView session = paper.sessionId() == null ? null : batches.session(actor, paper.sessionId());
        String occupation = occupations.find(OccupationCode.of(paper.scope().occupationCode()))
                .map(Occupation::getName).orElse(paper.scope().occupationCode());
        if (paper.scope().subject() != Subject.SKILL) {
            return new PaperContent(paper, occupation, session, blueprint.map(Blueprint::durationMinutes).orElse(90),
                    parts, List.of());
        }
        Optional<SkillBlueprint> skill = skillBlueprints.listSkill(actor, paper.institutionId()).stream()
                .map(SavedSkillBlueprint::blueprint).filter(b -> b.name().equals(paper.blueprintName())).findFirst();
        Map<Long, SkillModule> modules = skill.map(b -> inputs.skillModules(actor, paper.institutionId(), b, pointByTask))
                .orElse(Map.of());
        List<PaperContent.Task> tasks = new ArrayList<>();
        List<PaperContent.Question> questions = parts.stream().flatMap(p -> p.questions().stream()).toList();
        for (int i = 0; i < paper.items().size(); i++) {
            PaperItem pi = paper.items().get(i);
            ItemContent.SkillTask t = questions.get(i).content().skill();
            SkillModule m = modules.get(pi.itemId());
            tasks.add(new PaperContent.Task(i + 1, pi.itemCode(), t == null ? "" : t.name(),
                    t == null ? 0 : t.durationMinutes(), m == null ? null : m.name(), m == null ? null : m.required(),
                    pi.points()));
        }
        int duration = skill.map(SkillBlueprint::durationMinutes).orElse(0);
        if (session != null) {
            duration = duration == 0 ? session.durationMinutes() : Math.min(duration, session.durationMinutes());
        }
        return new PaperContent(paper, occupation, session, duration, parts, tasks);
    }
}
