package org.qbank.portal.assembly;

import java.util.List;

import org.qbank.assembly.draw.Shortfall;

/** The counting check of a skill blueprint: how many approved tasks were found, and what is short. */
record SkillCheckView(int candidates, List<Shortfall> shortfalls) {
}
