package org.qbank.assembly.draw;

/**
 * A counting proof that a blueprint cannot be met: {@code needed} against {@code available}, explained in
 * {@code message} (Chinese, for the user).
 */
public record Shortfall(String where, int needed, int available, String message) {
}
