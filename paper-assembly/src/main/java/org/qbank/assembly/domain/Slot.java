package org.qbank.assembly.domain;

import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.qbank.assembly.allocation.SlotGroup;

/**
 * One question position of one paper. Its value range holds only the items that fit its group (type and
 * 鉴定范围), so the solver never even tries an item that could not go here.
 */
@PlanningEntity
public class Slot {

    @PlanningId
    private long id;
    private PaperRef paper;
    private SlotGroup group;
    private List<Item> candidates;

    @PlanningVariable(valueRangeProviderRefs = "candidates")
    private Item item;

    public Slot() {
    }

    public Slot(long id, PaperRef paper, SlotGroup group, List<Item> candidates) {
        this.id = id;
        this.paper = paper;
        this.group = group;
        this.candidates = candidates;
    }

    public Slot(long id, PaperRef paper, SlotGroup group, List<Item> candidates, Item item) {
        this(id, paper, group, candidates);
        this.item = item;
    }

    @ValueRangeProvider(id = "candidates")
    public List<Item> getCandidates() {
        return candidates;
    }

    public long getId() {
        return id;
    }

    public PaperRef getPaper() {
        return paper;
    }

    public SlotGroup getGroup() {
        return group;
    }

    public Item getItem() {
        return item;
    }

    public void setItem(Item item) {
        this.item = item;
    }

    public long itemId() {
        return item.itemId();
    }

    /** The item has the slot's type and counts for the slot's 鉴定范围. */
    public boolean fits() {
        return item.type() == group.type()
                && (group.rangeCode() == null || group.rangeCode().equals(item.rangeCode()));
    }

    @Override
    public String toString() {
        return "paper " + paper.index() + " " + group.label() + " #" + id + " = " + item;
    }
}
