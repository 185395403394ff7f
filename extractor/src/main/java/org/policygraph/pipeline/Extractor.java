package org.policygraph.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.policygraph.relate.figure.FigureRecogniser;
import org.policygraph.relate.figure.ReportYear;
import org.policygraph.relate.role.Involvement;
import org.policygraph.relate.role.IssuerRecogniser;
import org.policygraph.relate.role.TaskRoleRecogniser;
import org.policygraph.resolve.Entity;
import java.util.List;
import org.policygraph.clean.CleanText;
import org.policygraph.clean.ReportTextCleaner;
import org.policygraph.clean.TextCleaner;
import org.policygraph.read.DocumentReader;
import org.policygraph.read.SourceDocument;
import org.policygraph.read.ReportFileReader;
import org.policygraph.read.UnreadableInputException;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.MentionMerger;
import org.policygraph.recognise.MentionRefiner;
import org.policygraph.recognise.rules.CoordinatedListRefiner;
import org.policygraph.recognise.rules.FollowingHeadRefiner;
import org.policygraph.recognise.rules.NationalQualifierRefiner;
import org.policygraph.recognise.rules.NumberedMeasuresRefiner;
import org.policygraph.recognise.Recogniser;
import org.policygraph.recognise.TextAnalyser;
import org.policygraph.recognise.tagger.Recognition;
import org.policygraph.recognise.tagger.TaggerModel;
import org.policygraph.recognise.gazetteer.Gazetteer;
import org.policygraph.recognise.gazetteer.GazetteerRecogniser;
import org.policygraph.recognise.gazetteer.NestedQuotedNames;
import org.policygraph.recognise.hanlp.HanLpSegmenter;
import org.policygraph.recognise.hanlp.HanLpTwoLevelSegmenter;
import org.policygraph.recognise.hanlp.PolicyTerms;
import org.policygraph.recognise.rules.AddressRefiner;
import org.policygraph.recognise.rules.BookTitleRecogniser;
import org.policygraph.recognise.rules.CandidateFilter;
import org.policygraph.recognise.rules.CueObjectRecogniser;
import org.policygraph.recognise.rules.HeadWords;
import org.policygraph.recognise.rules.HeadedListItemRefiner;
import org.policygraph.recognise.rules.PlaceBodyRecogniser;
import org.policygraph.recognise.rules.PlaceQualifierRefiner;
import org.policygraph.recognise.rules.QuotedNameRecogniser;
import org.policygraph.recognise.rules.SuffixNameRecogniser;
import org.policygraph.recognise.rules.TaggedNameRecogniser;
import org.policygraph.relate.TaskLinker;
import org.policygraph.resolve.ReportEntityResolver;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.resolve.Resolver;
import org.policygraph.structure.HeadingStructureParser;
import org.policygraph.structure.ReportStructure;
import org.policygraph.structure.StructureParser;

/**
 * The extraction pipeline, built once and run on many reports: read → clean → structure →
 * recognise → resolve → relate. Thread-safe once built.
 */
public final class Extractor {
    private final DocumentReader reader;
    private final TextCleaner cleaner;
    private final StructureParser structureParser;
    private final TextAnalyser analyser;
    private final List<Recogniser> recognisers;
    private final Recognition recognition;
    private final List<MentionRefiner> refiners;
    private final MentionMerger merger = new MentionMerger();
    private final CandidateFilter filter = new CandidateFilter();
    private final Resolver resolver;
    private final NestedQuotedNames nested;
    private final TaskLinker linker = new TaskLinker();
    private final TaskRoleRecogniser roles = new TaskRoleRecogniser();
    private final IssuerRecogniser issuers;
    private final FigureRecogniser figures = new FigureRecogniser();

    public Extractor(DocumentReader reader, TextCleaner cleaner, StructureParser structureParser, TextAnalyser analyser,
                     List<Recogniser> recognisers, Recognition recognition, List<MentionRefiner> refiners, NestedQuotedNames nested,
                     Resolver resolver, IssuerRecogniser issuers) {
        this.recognition = recognition;
        this.reader = reader;
        this.cleaner = cleaner;
        this.structureParser = structureParser;
        this.analyser = analyser;
        this.recognisers = List.copyOf(recognisers);
        this.refiners = List.copyOf(refiners);
        this.resolver = resolver;
        this.nested = nested;
        this.issuers = issuers;
    }

    /** The standard pipeline: the bundled tagger model with the rules, where the jar holds a model; the rules alone otherwise. */
    public static Extractor standard(ExtractorSettings settings) {
        return TaggerModel.bundledAvailable() ? standard(settings, Recognition.withModel(TaggerModel.bundled()))
                : standard(settings, Recognition.rulesOnly());
    }

    /** Bundled gazetteer, HanLP with the gazetteer in its dictionary, every rule recogniser, and the given way of choosing among them. */
    public static Extractor standard(ExtractorSettings settings, Recognition recognition) {
        Gazetteer gazetteer = Gazetteer.bundled();
        List<HanLpSegmenter.DictionaryWord> words = new ArrayList<>();
        gazetteer.forms().forEach((form, entry) -> words.add(new HanLpSegmenter.DictionaryWord(form, natureOf(entry.type()))));
        words.addAll(PolicyTerms.bundled());
        TextAnalyser analyser = new TextAnalyser(new HanLpTwoLevelSegmenter(words));
        List<Recogniser> recognisers = List.of(
                new GazetteerRecogniser(gazetteer),
                new BookTitleRecogniser(),
                new QuotedNameRecogniser(),
                new SuffixNameRecogniser(HeadWords.forRunningText()),
                new CueObjectRecogniser(),
                new TaggedNameRecogniser(),
                new PlaceBodyRecogniser());
        return new Extractor(new ReportFileReader(settings.maxInputBytes()), new ReportTextCleaner(), new HeadingStructureParser(),
                analyser, recognisers, recognition, List.of(new CoordinatedListRefiner(), new FollowingHeadRefiner(), new AddressRefiner(), new HeadedListItemRefiner(), new PlaceQualifierRefiner(), new NationalQualifierRefiner(), new NumberedMeasuresRefiner()), new NestedQuotedNames(gazetteer),
                new ReportEntityResolver(gazetteer), new IssuerRecogniser(organisationsOf(gazetteer)));
    }

    /** Every name of every organisation in the gazetteer, for policy titles that begin with their issuer. */
    private static Map<String, Entity> organisationsOf(Gazetteer gazetteer) {
        Map<String, Entity> bodies = new HashMap<>();
        gazetteer.forms().forEach((form, entry) -> {
            if (entry.type().isOrganization()) bodies.put(form, new Entity(entry.type(), entry.canonicalName()));
        });
        return bodies;
    }

    private static String natureOf(org.policygraph.recognise.EntityType type) {
        return switch (type) {
            case PLACE -> "ns";
            case PERSON -> "nr";
            case PARK, POLICY, PROJECT, EVENT -> "nz";
            default -> "nt";
        };
    }

    public ExtractedReport extract(Path file) throws UnreadableInputException {
        return extract(reader.read(file));
    }

    public ExtractedReport extract(SourceDocument source) {
        return extract(prepare(source), recognition);
    }

    /**
     * Everything recognition reads, before any choice among candidates: the cleaned text, its
     * structure and segmentations, and every rule recogniser's candidates. The training corpus is
     * built from this, so the tagger learns from exactly what it sees at run time.
     */
    public record Prepared(SourceDocument source, String content, RecognitionCopy copy, ReportStructure structure,
                           AnalysedText analysed, List<Mention> ruleCandidates) {
        /** The text recognition reads: the content, or its simplified copy for a report in traditional characters. */
        public String text() { return copy.text(); }
    }

    public Prepared prepare(Path file) throws UnreadableInputException {
        return prepare(reader.read(file));
    }

    public Prepared prepare(SourceDocument source) {
        CleanText clean = cleaner.clean(source.text());
        // a report in traditional characters is read through a simplified copy, offsets one to one
        RecognitionCopy copy = RecognitionCopy.of(clean.text());
        String text = copy.text();
        ReportStructure structure = copy.original(structureParser.parse(text).orTitle(clean.title()));
        AnalysedText analysed = analyser.analyse(text);
        List<Mention> candidates = new ArrayList<>();
        for (Recogniser r : recognisers) candidates.addAll(r.recognise(analysed));
        return new Prepared(source, clean.text(), copy, structure, analysed, candidates);
    }

    /** The rest of the pipeline on a prepared report, choosing candidates as {@code recognition} says (cross-validation varies it). */
    public ExtractedReport extract(Prepared p, Recognition recognition) {
        String text = p.text();
        RecognitionCopy copy = p.copy();
        AnalysedText analysed = p.analysed();
        ReportStructure structure = p.structure();
        List<Mention> mentions = merger.merge(filter.filter(recognition.choose(analysed, p.ruleCandidates()), analysed));
        if (!refiners.isEmpty()) {
            // the refiners' mentions first: one that retypes a mention, on the same span and as sure, wins
            List<Mention> refined = new ArrayList<>();
            for (MentionRefiner r : refiners) refined.addAll(r.refine(analysed, mentions));
            refined.addAll(mentions);
            mentions = merger.merge(filter.filter(refined, analysed));
        }
        if (nested != null) mentions = nested.withNested(mentions, text);
        List<ResolvedMention> resolved = copy.originalMentions(resolver.resolve(text, structure.metadata(), mentions));
        // whole seconds: stores keep xsd:dateTime at millisecond precision at most (TDB2 inlines it)
        Instant extractedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Involvement> involvements = new ArrayList<>(roles.recognise(analysed, structure, resolved));
        involvements.addAll(issuers.recognise(analysed, structure, resolved));
        OptionalInt year = ReportYear.of(structure.metadata(), text);
        return new ExtractedReport(p.source(), p.content(), structure, resolved, linker.link(structure, resolved),
                involvements, copy.originalFigures(figures.recognise(analysed, structure, year)), year, extractedAt);
    }
}
