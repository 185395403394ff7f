package org.policygraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.MentionSpans;
import org.policygraph.recognise.gazetteer.Gazetteer;
import org.policygraph.recognise.gazetteer.GazetteerEntry;
import org.policygraph.relate.figure.ReportYear;
import org.policygraph.structure.ReportMetadata;

/**
 * Resolves the mentions of one report. In order of trust: a {@code 以下简称} definition in the
 * report binds its short form (and finds its later, otherwise unrecognised, uses); the gazetteer
 * gives well-known bodies their canonical name and type; a short form of a longer name of the same
 * type in the report joins that name's entity ({@link Abbreviations}), and so does another wording of a
 * document title ({@link TitleVariants}); the rest stand for themselves. Before the gazetteer, a
 * name whose referent depends on the report (省委, 市科委) gets the body of the report's own place
 * ({@link RelativeNames}), or is dropped when the report does not say which place that is.
 */
public final class ReportEntityResolver implements Resolver {
    private final Gazetteer gazetteer;
    private final AbbreviationDefinitions definitions = new AbbreviationDefinitions();
    private final TitleVariants titles;
    private final RelativeNames relative;
    private final EditionSeries editions = EditionSeries.bundled();
    private final ShortForms shortForms = ShortForms.bundled();

    public ReportEntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.titles = new TitleVariants(gazetteer::withCanonicalNames);
        this.relative = new RelativeNames(gazetteer);
    }

    @Override
    public List<ResolvedMention> resolve(String text, ReportMetadata metadata, List<Mention> recognised) {
        Map<String, Mention> defined = definitions.find(text, recognised);
        List<Mention> mentions = withDefinedAliases(text, recognised, defined);
        Optional<ReportPlace> place = ReportPlace.of(metadata, text, recognised, gazetteer);
        // the year the report's graph states (pg:year), which says which edition a series' name means
        OptionalInt year = ReportYear.of(metadata, text);

        Map<String, Entity> byForm = new HashMap<>();
        Set<String> unresolved = new HashSet<>();
        // full names first, so that short forms can join them
        List<Mention> longestFirst = new ArrayList<>(mentions);
        longestFirst.sort(Comparator.comparingInt(Mention::length).reversed());
        for (Mention m : longestFirst) {
            String form = m.surface();
            if (byForm.containsKey(form) || unresolved.contains(form)) continue;
            String asked = m.type() == EntityType.POLICY ? RelativeNames.draftOutline(form, year).orElse(form) : form;
            RelativeNames.Result r = relative.resolve(asked, m.type(), place);
            if (r instanceof RelativeNames.Unresolved) unresolved.add(form);
            else if (r instanceof RelativeNames.Resolved found) byForm.put(form, found.entity());
            else byForm.put(form, editionOf(form, m.type(), year).orElseGet(() -> entityFor(form, m, defined, byForm)));
        }
        // editions last: the event they belong to is shorter, so it was resolved after them
        for (Map.Entry<String, Entity> f : byForm.entrySet()) {
            if (f.getValue().type() == EntityType.EVENT) EventEditions.editionOf(f.getKey(), byForm, editions).ifPresent(f::setValue);
        }
        List<ResolvedMention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Entity e = byForm.get(m.surface());
            if (e == null) continue; // a body of a place the report does not give
            if (BARE_DOCUMENT_WORDS.contains(m.surface())) {
                // 《规划》 after 中关村示范区统筹发展规划 means that plan; with nothing before it, it names nothing
                e = lastDocumentEndingWith(out, m.surface());
                if (e == null) continue;
            }
            out.add(new ResolvedMention(m.withType(e.type()), e));
        }
        return out;
    }

    private static final java.util.Set<String> BARE_DOCUMENT_WORDS = java.util.Set.of(
            "规划", "方案", "条例", "办法", "意见", "通知", "计划", "细则", "纲要", "措施", "规定", "决定", "报告", "协议", "要点");

    private static Entity lastDocumentEndingWith(List<ResolvedMention> before, String word) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Entity e = before.get(i).entity();
            if (e.type() == org.policygraph.recognise.EntityType.POLICY && e.canonicalName().endsWith(word)
                    && !e.canonicalName().equals(word)) return e;
        }
        return null;
    }

    /** The edition a series' bare name (全运会, 四中全会) means in a report of this year. */
    private Optional<Entity> editionOf(String form, EntityType type, OptionalInt year) {
        if (type != EntityType.EVENT) return Optional.empty();
        return editions.editionNamed(form, year).map(name -> gazetteer.lookup(name)
                .map(g -> new Entity(g.type(), g.canonicalName()))
                .orElseGet(() -> new Entity(EntityType.EVENT, CanonicalNames.of(EntityType.EVENT, name))));
    }

    private Entity entityFor(String form, Mention m, Map<String, Mention> defined, Map<String, Entity> known) {
        Mention full = defined.get(form);
        if (full != null) {
            Entity target = known.get(full.surface());
            if (target != null) return target;
        }
        Optional<GazetteerEntry> g = gazetteer.lookup(form).or(() -> shortForms.lookup(form));
        if (g.isPresent()) return new Entity(g.get().type(), g.get().canonicalName());
        Optional<String> slogan = sloganOf(m);
        if (slogan.isPresent()) {
            Optional<GazetteerEntry> s = gazetteer.lookup(slogan.get());
            return s.filter(x -> x.type() == EntityType.POLICY).map(x -> new Entity(x.type(), x.canonicalName()))
                    .orElse(new Entity(EntityType.POLICY, slogan.get()));
        }
        for (Map.Entry<String, Entity> e : known.entrySet()) {
            if (e.getValue().type() == m.type() && Abbreviations.isShortFormOf(form, e.getKey())) return e.getValue();
        }
        if (m.type() == EntityType.POLICY) {
            for (Map.Entry<String, Entity> e : known.entrySet()) {
                if (e.getValue().type() == EntityType.POLICY && titles.sameDocument(form, e.getKey())) return e.getValue();
            }
        }
        return new Entity(m.type(), CanonicalNames.of(m.type(), form));
    }

    /** A quoted policy slogan and a word for what it is: “两新”政策, “一带一路”倡议, “双碳”战略. */
    private static final java.util.regex.Pattern SLOGAN = java.util.regex.Pattern.compile("^[“\"]([^”\"]{2,12})[”\"](?:政策|倡议|战略)$");

    /**
     * The slogan a policy is named by, when its name is the quoted slogan and a word for a policy:
     * every report names the policy by the slogan, with or without that word, so the slogan is the
     * one canonical name (两新 for “两新”政策 and “两新”).
     */
    private static Optional<String> sloganOf(Mention m) {
        if (m.type() != EntityType.POLICY) return Optional.empty();
        java.util.regex.Matcher x = SLOGAN.matcher(m.text());
        return x.matches() ? Optional.of(x.group(1)) : Optional.empty();
    }

    /** Later uses of a defined short form become mentions of their own where nothing else was found there. */
    private List<Mention> withDefinedAliases(String text, List<Mention> recognised, Map<String, Mention> defined) {
        if (defined.isEmpty()) return recognised;
        List<Mention> all = new ArrayList<>(recognised);
        MentionSpans spans = new MentionSpans(recognised);
        for (Map.Entry<String, Mention> d : defined.entrySet()) {
            String alias = d.getKey();
            for (int i = text.indexOf(alias); i >= 0; i = text.indexOf(alias, i + alias.length())) {
                Mention m = new Mention(i, i + alias.length(), alias, d.getValue().type(), 0.9, "definition");
                if (!spans.anyOverlaps(m.start(), m.end())) {
                    all.add(m);
                    spans.add(m);
                }
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }
}
