package org.qbank.bank.knowledge;

import java.util.List;

/**
 * Import the rows of a 鉴定要素细目表 sheet into an institution: each occupation / work type / level / subject found
 * replaces that whole tree. All or nothing. With {@code dryRun} nothing is stored and the results only report.
 * {@code expectedVersion}, when given, must be the current version of the (single) tree the rows describe.
 */
public record ImportKnowledgeTrees(long institutionId, List<KnowledgeRow> rows, boolean dryRun,
                                   Long expectedVersion) {

    public ImportKnowledgeTrees {
        rows = List.copyOf(rows);
    }

    public static ImportKnowledgeTrees of(long institutionId, List<KnowledgeRow> rows) {
        return new ImportKnowledgeTrees(institutionId, rows, false, null);
    }
}
