package org.qbank.assembly.draw;

/** A hard rule the best solution found still breaks: its name, total penalty and number of matches. */
public record BrokenRule(String rule, long penalty, int matches) {
}
