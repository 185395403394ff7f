package org.policygraph.read;

/**
 * A report as read from disk: its Unicode text, before any cleaning.
 *
 * @param fileName  the file's name, without folders (the contract's {@code pg:fileName})
 * @param text      the decoded text
 * @param mediaType the media type the reader took it for, e.g. {@code text/plain}
 * @param sha256    hex SHA-256 of the file's bytes, so a changed report can be detected
 */
public record SourceDocument(String fileName, String text, String mediaType, String sha256) {}
