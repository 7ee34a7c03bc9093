package org.qbank.assembly.skill;

/** A skill task as the solver sees it: identity, pinned version, its module, time and use so far. */
public record Task(long id, String code, long versionId, String moduleCode, int minutes, int sessions,
                   int earlierPapers, boolean approved) {
}
