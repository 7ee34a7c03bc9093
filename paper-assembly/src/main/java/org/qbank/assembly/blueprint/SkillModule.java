package org.qbank.assembly.blueprint;

/**
 * A module (职业功能/工作内容) of a skill blueprint: one task drawn per chosen module.
 *
 * @param required true for 必考, false for 选考
 */
public record SkillModule(String code, String name, boolean required, int minutes) {
}
