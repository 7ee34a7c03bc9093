package org.qbank.assembly.skill;

import java.util.List;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One task position of a skill paper. A 必考 slot belongs to its module and offers only that module's tasks; an
 * 选考 slot offers the tasks of every 选考 module, and the k 选考 slots must land in k different modules.
 */
@PlanningEntity
public class SkillSlot {

    @PlanningId
    private long id;
    private boolean elective;
    private Set<String> modules;
    private List<Task> candidates;

    @PlanningVariable(valueRangeProviderRefs = "tasks")
    private Task task;

    public SkillSlot() {
    }

    public SkillSlot(long id, boolean elective, Set<String> modules, List<Task> candidates, Task task) {
        this.id = id;
        this.elective = elective;
        this.modules = Set.copyOf(modules);
        this.candidates = candidates;
        this.task = task;
    }

    @ValueRangeProvider(id = "tasks")
    public List<Task> getCandidates() {
        return candidates;
    }

    public long getId() {
        return id;
    }

    public boolean isElective() {
        return elective;
    }

    /** Whether the task comes from a module this slot is for. */
    public boolean fits(Task t) {
        return modules.contains(t.moduleCode());
    }

    public Task getTask() {
        return task;
    }

    public void setTask(Task task) {
        this.task = task;
    }

    @Override
    public String toString() {
        return (elective ? "选考" : "必考") + modules + "=" + (task == null ? "-" : task.code());
    }
}
