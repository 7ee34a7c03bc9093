package org.qbank.portal.pages.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.qbank.assembly.paper.NewPaper;
import org.qbank.assembly.paper.Paper;
import org.qbank.assembly.paper.Paper.PaperScope;
import org.qbank.assembly.paper.PaperItem;
import org.qbank.assembly.paper.PaperService;
import org.qbank.bank.access.Actor;
import org.qbank.bank.access.Role;
import org.qbank.bank.common.Level;
import org.qbank.bank.common.Subject;
import org.qbank.bank.item.CreateItem;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemTestData;
import org.qbank.bank.item.ItemView;
import org.qbank.bank.occupation.Occupation;
import org.qbank.bank.institution.InstitutionService;
import org.qbank.bank.occupation.OccupationService;
import org.qbank.portal.paper.SessionsInTwoHours;
import org.qbank.portal.security.QbankUser;
import org.qbank.tools.word.PaperView;
import org.qbank.portal.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A paper kept with option shuffling prints in its own order: the Word paper shows the options as the paper stores
 * them, and the answer key (the printable view the archive and key documents use) names the same option texts as
 * the stored key, its 解析 naming the options by their printed letters. Runs in the demo profile's context, on an
 * institution of its own.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:qbank_demo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@Import(Fixtures.class)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ShuffledPaperPrintTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    PaperAccess access;
    @Autowired
    PaperService papers;
    @Autowired
    ItemService items;
    @Autowired
    InstitutionService institutions;
    @Autowired
    OccupationService occupations;

    @Test
    void theWordPaperAndTheAnswerKeyFollowThePapersOptionOrder() throws Exception {
        SessionsInTwoHours bank = new SessionsInTwoHours(institutions, occupations, null, null, null, null);
        long institution = bank.institution();
        Occupation occupation = bank.occupation("电工 (测试)");
        Actor exam = new Actor(9201, "shuffle-exam", Set.of(Role.EXAM_ADMIN, Role.INSTITUTION_ADMIN), Set.of(institution));
        Actor writer = ItemTestData.actor(institution, Role.ITEM_WRITER);
        List<PaperItem> questions = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            CreateItem c = ItemTestData.single(institution, occupation, "打乱选项试题 " + i,
                    fixtures.point(institution, occupation.getCode().value()));
            ItemView v = items.create(writer, new CreateItem(c.institutionId(), c.code(), c.occupationId(),
                    c.workTypeId(), c.level(), c.subject(), c.type(), c.knowledgePointId(), c.author(), c.source(),
                    c.enemyGroup(), c.content().withAnalysis("选项A、B、D均高于安全电压，故选C。"), c.changeNote()));
            questions.add(new PaperItem(i, v.id(), v.code().value(), v.latest().id()));
        }
        long id = papers.saveDraft(exam, new NewPaper(institution, new PaperScope(occupation.getCode().value(), null,
                Level.THREE, Subject.THEORY), "打乱选项样卷", questions, new BigDecimal("1.0"), 24, 7L));
        Paper kept = papers.find(exam, id);

        PaperView printable = access.printable(exam, id);
        List<PaperView.Question> printed = printable.sections().stream().flatMap(s -> s.questions().stream()).toList();
        assertThat(printed).hasSize(8);
        int reordered = 0;
        for (int i = 0; i < 8; i++) {
            PaperItem q = kept.items().get(i);
            ItemContent stored = items.get(exam, q.itemId()).latest().content();
            PaperView.Question p = printed.get(i);
            String order = q.optionOrder();
            assertThat(order).hasSize(4);
            for (int o = 0; o < 4; o++) {
                assertThat(p.options().get(o)).isEqualTo(stored.option(String.valueOf(order.charAt(o))).orElseThrow().text());
            }
            String keyText = p.options().get(p.answer().charAt(0) - 'A');
            assertThat(keyText).isEqualTo(stored.option(stored.key()).orElseThrow().text());
            assertThat(p.explanation()).isEqualTo("选项" + printedLabel(order, 'A') + "、" + printedLabel(order, 'B')
                    + "、" + printedLabel(order, 'D') + "均高于安全电压，故选" + p.answer() + "。");
            reordered += order.equals("ABCD") ? 0 : 1;
        }
        assertThat(reordered).isGreaterThan(4);

        byte[] docx = mvc.perform(get("/papers/" + id + "/word").with(user(new QbankUser(exam, exam.username(), "{noop}x", true))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            for (PaperView.Question p : printed) {
                assertThat(text).contains("A. " + p.options().get(0)).contains("B. " + p.options().get(1));
                int a = text.indexOf(p.stem());
                assertThat(text.indexOf("A. " + p.options().get(0), a)).isLessThan(text.indexOf("B. " + p.options().get(1), a));
            }
        }
        assertThat(Set.copyOf(kept.items().stream().map(PaperItem::optionOrder).toList()).size()).isGreaterThan(1);
    }

    /** Where the stored option {@code original} is printed under {@code order}. */
    private static char printedLabel(String order, char original) {
        return (char) ('A' + order.indexOf(original));
    }
}
