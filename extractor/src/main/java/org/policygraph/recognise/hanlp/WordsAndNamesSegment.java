package org.policygraph.recognise.hanlp;

import com.hankcs.hanlp.recognition.nr.JapanesePersonRecognition;
import com.hankcs.hanlp.recognition.nr.PersonRecognition;
import com.hankcs.hanlp.recognition.nr.TranslatedPersonRecognition;
import com.hankcs.hanlp.recognition.ns.PlaceRecognition;
import com.hankcs.hanlp.recognition.nt.OrganizationRecognition;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/**
 * HanLP's Viterbi segmentation that also keeps the words it found before its name recognisers
 * ran. HanLP's {@code ViterbiSegment} finds those words first and builds the names on them, so
 * the pipeline's two segmentations (fine words, and words joined into names) come from one search
 * instead of two: {@link #seg} answers the named segmentation, {@link #lastWords} the words of the
 * same call, as a segment with the recognisers off would give them. The steps are those of
 * HanLP 1.8.6's {@code ViterbiSegment.segSentence}, in its order, through HanLP's own methods;
 * {@code WordsAndNamesSegmentTest} checks both answers against two separate segments. One per
 * thread: {@link #lastWords} belongs to the last call.
 */
final class WordsAndNamesSegment extends ViterbiSegment {
    private List<Term> lastWords = List.of();

    /** The words of the last {@link #seg} call, before HanLP's recognisers joined any into a name. */
    List<Term> lastWords() {
        return lastWords;
    }

    @Override
    protected List<Term> segSentence(char[] sentence) {
        if (config.indexMode > 0) throw new IllegalStateException("index mode is not supported");
        WordNet all = new WordNet(sentence);
        generateWordNet(all);
        List<Vertex> path = shortestPath(all);
        if (config.useCustomDictionary) combineByCustomDictionary(path, customDictionary.dat);
        if (config.numberQuantifierRecognize) mergeNumberQuantifier(path, all, config);
        lastWords = terms(copies(path));
        if (config.ner) path = withNames(sentence, path, all);
        return terms(path);
    }

    /** HanLP's recognisers over the words, in HanLP's order, and the path through the names they added. */
    private List<Vertex> withNames(char[] sentence, List<Vertex> path, WordNet all) {
        WordNet optimum = new WordNet(sentence, path);
        int size = optimum.size();
        if (config.nameRecognize) PersonRecognition.recognition(path, optimum, all);
        if (config.translatedNameRecognize) TranslatedPersonRecognition.recognition(path, optimum, all);
        if (config.japaneseNameRecognize) JapanesePersonRecognition.recognition(path, optimum, all);
        if (config.placeRecognize) PlaceRecognition.recognition(path, optimum, all);
        if (config.organizationRecognize) {
            // organisations are found on the path through the persons and places (a cascade)
            optimum.clean();
            path = shortestPath(optimum);
            optimum.clear();
            optimum.addAll(path);
            size = optimum.size();
            OrganizationRecognition.recognition(path, optimum, all);
        }
        return optimum.size() != size ? shortestPath(optimum) : path;
    }

    private List<Term> terms(List<Vertex> path) {
        if (config.speechTagging) speechTagging(path);
        return convert(path, config.offset);
    }

    /**
     * The vertices anew, so that tagging the words' parts of speech and the recognisers' work on
     * the same vertices leave each other alone.
     */
    private static List<Vertex> copies(List<Vertex> path) {
        List<Vertex> out = new ArrayList<>(path.size());
        for (Vertex v : path) out.add(new Vertex(v.word, v.realWord, v.attribute, v.wordID));
        return out;
    }

    /**
     * The cheapest path through the word net from its first vertex to its last, each vertex taking
     * the cheapest predecessor ({@link Vertex#updateFrom}), visited in the net's order as HanLP does.
     */
    private static List<Vertex> shortestPath(WordNet net) {
        LinkedList<Vertex>[] nodes = net.getVertexes();
        for (Vertex v : nodes[1]) v.updateFrom(nodes[0].getFirst());
        for (int i = 1; i < nodes.length - 1; i++) {
            if (nodes[i] == null) continue;
            for (Vertex v : nodes[i]) {
                if (v.from == null) continue;
                for (Vertex next : nodes[i + v.realWord.length()]) next.updateFrom(v);
            }
        }
        LinkedList<Vertex> path = new LinkedList<>();
        for (Vertex v = nodes[nodes.length - 1].getFirst(); v != null; v = v.from) path.addFirst(v);
        return path;
    }
}
