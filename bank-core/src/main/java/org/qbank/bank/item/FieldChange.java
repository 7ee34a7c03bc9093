package org.qbank.bank.item;

/**
 * One changed field between two versions; {@code field} is a path of the canonical form ({@link ContentHash}),
 * e.g. {@code stem}, {@code option[B].text}, {@code skill.rubric[2].points}. {@code before} or {@code after} is null
 * where the field was absent.
 */
public record FieldChange(String field, String before, String after) {
}
