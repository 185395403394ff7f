package org.policygraph.structure;

/**
 * A numbered work item of a report.
 *
 * @param index  position in document order, from 0
 * @param key    the numbering as written: {@code 第39项}, {@code (一)}, {@code 一、}, {@code 1.}, {@code 第一}
 * @param title  heading text up to its first full stop, numbering removed
 * @param start  where the heading starts, in UTF-16 code units of the cleaned text
 * @param end    where the task's body ends (exclusive): the next heading at its level or above
 * @param level  1 for sections, 2 for items, 3 for sub-items
 * @param parent index of the enclosing task, or -1
 */
public record Task(int index, String key, String title, int start, int end, int level, int parent) {
    public boolean contains(int offset) { return offset >= start && offset < end; }
    public boolean hasParent() { return parent >= 0; }
}
