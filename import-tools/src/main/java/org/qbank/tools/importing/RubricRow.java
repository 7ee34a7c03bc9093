package org.qbank.tools.importing;

import java.math.BigDecimal;

/**
 * A row of a task's 评分记录表.
 *
 * @param kind M (measured) or J (judged), null when not given
 * @param veto 否决项: failing it fails the task
 */
public record RubricRow(int row, int number, String element, BigDecimal points, String criteria, String kind,
                        boolean veto) {
}
