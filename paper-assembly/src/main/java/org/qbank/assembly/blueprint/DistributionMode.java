package org.qbank.assembly.blueprint;

/** 按鉴定点组卷 (allocate down the 细目表) or 按题型组卷 (counts per type only). */
public enum DistributionMode {
    BY_KNOWLEDGE_POINT, BY_TYPE
}
