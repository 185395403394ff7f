package org.policygraph.relate.role;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Token;

/**
 * The words around a group of names, read from the segmented sentence: the word right before it
 * and the words right after it, past a closing {@code 等} / {@code 等12家单位} that only says the
 * list is longer.
 */
final class GroupContext {
    private static final Set<String> LIST_ENDS = Set.of("等", "等等");
    private static final Set<String> LIST_HEADS = Set.of("单位", "部门", "机构", "高校", "企业", "院所", "相关部门", "有关部门",
            "委办局", "区", "园区", "分园", "平台");

    private final AnalysedText analysed;
    private final MentionGroup group;

    GroupContext(AnalysedText analysed, MentionGroup group) {
        this.analysed = analysed;
        this.group = group;
    }

    /** The word that ends right where the group starts, if the segmentation has one there. */
    Optional<Token> before() {
        if (group.start() == 0) return Optional.empty();
        int i = analysed.tokenAt(group.start() - 1);
        if (i < 0) return Optional.empty();
        Token t = analysed.tokens().get(i);
        return t.end() == group.start() ? Optional.of(t) : Optional.empty();
    }

    /** The words after the group and its closing {@code 等…}, up to {@code max}, within the sentence end {@code limit}. */
    List<Token> after(int max, int limit) {
        int i = analysed.tokenStartingAt(group.end());
        if (i < 0) return List.of();
        List<Token> tokens = analysed.tokens();
        if (i < tokens.size() && LIST_ENDS.contains(tokens.get(i).word())) {
            i++;
            while (i < tokens.size() && (tokens.get(i).posStartsWith("m") || tokens.get(i).posStartsWith("q"))) i++;
            if (i < tokens.size() && LIST_HEADS.contains(tokens.get(i).word())) i++;
        }
        int end = i;
        while (end < tokens.size() && end - i < max && tokens.get(end).end() <= limit) end++;
        return tokens.subList(i, end);
    }

    /** Whether the group ends inside a word of the segmentation: the name runs on into a longer one. */
    boolean endsInsideAWord() {
        int i = analysed.tokenAt(group.end());
        return i >= 0 && analysed.tokens().get(i).start() < group.end();
    }
}
