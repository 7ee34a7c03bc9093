package org.qbank.tools.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qbank.assembly.blueprint.Blueprint;
import org.qbank.assembly.blueprint.Section;
import org.qbank.assembly.draw.AssembledPaper;
import org.qbank.assembly.draw.PickedItem;
import org.qbank.assembly.paper.OptionOrder;
import org.qbank.bank.access.Actor;
import org.qbank.bank.image.ImageStore;
import org.qbank.bank.item.ItemContent;
import org.qbank.bank.item.ItemService;
import org.qbank.bank.item.ItemVersionView;
import org.qbank.bank.item.ItemView;
import org.qbank.tools.word.AnswerKeyDocument;
import org.qbank.tools.word.PaperView;
import org.qbank.tools.word.TheoryPaperDocument;

/** Maps an assembled paper and its pinned item versions to {@link PaperView} and prints paper and answer key. */
public class PaperPrinter {

    private final ItemService items;
    private final ImageStore images;

    public PaperPrinter(ItemService items, ImageStore images) {
        this.items = items;
        this.images = images;
    }

    /**
     * Prints paper and answer key; {@code optionOrders} (item id → printed order of a shuffled question, from the
     * kept paper) reorders options and remaps keys.
     */
    public void print(Actor actor, Blueprint blueprint, String occupationName, AssembledPaper paper, Long session,
                      String mark, Map<Long, String> optionOrders, OutputStream paperOut, OutputStream keyOut)
            throws IOException {
        List<PaperView.Section> sections = new ArrayList<>();
        int number = 1;
        for (Section section : blueprint.sections()) {
            List<PaperView.Question> questions = new ArrayList<>();
            for (PickedItem picked : paper.items()) {
                if (picked.type() != section.type()) {
                    continue;
                }
                ItemContent c = OptionOrder.apply(version(actor, picked).content(), optionOrders.get(picked.itemId()));
                List<PaperView.Image> pictures = c.stemImages().stream().map(h -> images.get(h).map(i ->
                        new PaperView.Image(h + ".png", i.bytes(), 160, 120)).orElseThrow()).toList();
                questions.add(new PaperView.Question(number++, c.stem(), c.options().stream().map(o -> o.text() == null ? "" : o.text()).toList(),
                        pictures, c.key() != null ? c.key() : c.referenceAnswer(), c.key() != null ? c.analysis() : c.scoringPoints()));
            }
            sections.add(new PaperView.Section(section.type().displayName(), section.pointsEach(), questions));
        }
        PaperView view = new PaperView("职业技能等级认定", occupationName, blueprint.level().displayName(),
                blueprint.subject().displayName(), blueprint.durationMinutes(), "", session == null ? "" : "场次 " + session,
                paper.fingerprint().hex(), sections, mark);
        if (view.totalPoints().compareTo(BigDecimal.valueOf(100)) != 0) {
            throw new IllegalStateException("试卷总分不是 100: " + view.totalPoints());
        }
        new TheoryPaperDocument().write(view, paperOut);
        new AnswerKeyDocument().write(view, keyOut);
    }

    private ItemVersionView version(Actor actor, PickedItem picked) {
        ItemView item = items.get(actor, picked.itemId());
        if (item.current() != null && item.current().id() == picked.versionId()) {
            return item.current();
        }
        return items.history(actor, picked.itemId()).stream().filter(v -> v.id() == picked.versionId()).findFirst()
                .orElseThrow();
    }
}
