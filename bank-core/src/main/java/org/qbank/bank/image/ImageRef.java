package org.qbank.bank.image;

/** A stored image: the lowercase hex SHA-256 of its bytes (its identity), media type and size. */
public record ImageRef(String hash, String mediaType, long sizeBytes) {
}
