package org.qbank.bank.image;

/** A stored image with its bytes. */
public record Image(ImageRef ref, byte[] bytes) {
}
