package org.qbank.assembly.domain;

/**
 * An earlier paper (ISSUED, USED or VOIDED) of the same occupation, level and subject.
 *
 * @param inLookBack true when the overlap limit applies (within the look-back period); every issued paper,
 *                   however old, still may not be repeated as a whole
 */
public record EarlierRef(int index, String label, int size, boolean inLookBack) {
}
