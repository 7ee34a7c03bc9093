package org.qbank.bank.occupation;

/** Read model of a 工种 of an occupation. */
public record WorkTypeInfo(long id, long occupationId, String name) {

    static WorkTypeInfo of(WorkType w) {
        return new WorkTypeInfo(w.getId(), w.getOccupationId(), w.getName());
    }
}
