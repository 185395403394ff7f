package org.policygraph.recognise;

/**
 * A span of the cleaned text that names an entity.
 *
 * @param start      first UTF-16 index
 * @param end        index after the last (exclusive)
 * @param text       the surface form, exactly as in the text
 * @param type       the kind of entity it names
 * @param confidence 0..1, how sure the recogniser is
 * @param recogniser which recogniser found it, for provenance and debugging
 */
public record Mention(int start, int end, String text, EntityType type, double confidence, String recogniser) {
    public int length() { return end - start; }

    public boolean overlaps(Mention o) { return start < o.end && o.start < end; }

    public boolean covers(Mention o) { return start <= o.start && o.end <= end; }

    /** The form an entity is known by: quotes and title marks dropped, as the gold guidelines write names. */
    public String surface() {
        return text.replaceAll("[“”‘’\"《》「」]", "").strip();
    }

    /** Up to {@code max} characters of the text right after this mention, where refiners look for what extends it. */
    public String following(String text, int max) {
        return text.substring(end, Math.min(text.length(), end + max));
    }

    public Mention withType(EntityType newType) { return new Mention(start, end, text, newType, confidence, recogniser); }
}
