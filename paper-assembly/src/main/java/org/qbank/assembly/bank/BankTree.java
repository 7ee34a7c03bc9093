package org.qbank.assembly.bank;

import java.util.Map;

import org.qbank.assembly.blueprint.BlueprintTree;
import org.qbank.bank.knowledge.KnowledgeTreeView;

/**
 * A stored 细目表 in both shapes: the bank's view (names, ids) and assembly's {@link BlueprintTree}, with the
 * display code of every node id so that items (which name their 鉴定点 by id) can be placed in the tree.
 */
public record BankTree(KnowledgeTreeView view, BlueprintTree tree, Map<Long, String> codeById) {

    public BankTree {
        codeById = Map.copyOf(codeById);
    }
}
