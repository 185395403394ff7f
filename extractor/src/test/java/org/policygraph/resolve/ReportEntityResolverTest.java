package org.policygraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policygraph.recognise.RealSegmentation.mentionOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.gazetteer.Gazetteer;
import org.policygraph.structure.ReportMetadata;

/** The resolver on sentences of the 2026 provincial reports, with the report's metadata or without. */
class ReportEntityResolverTest {
    private final ReportEntityResolver resolver = new ReportEntityResolver(Gazetteer.bundled());

    /** Chongqing's report. */
    private static final String SLOGANS = "加力扩围实施“两重”“两新”政策，推动“两新”落地见效，高质量共建“一带一路”倡议。";
    /** Henan's report. */
    private static final String LEADERSHIP = "在省委坚强领导下，是省人大、省政协和社会各界有效监督的结果。";

    private static ReportMetadata by(String author) {
        return new ReportMetadata(Optional.empty(), Optional.empty(), Optional.of(author));
    }

    @Test
    void aQuotedSloganAndAWordForAPolicyAreTheSlogan() {
        int policy = SLOGANS.indexOf("“两新”政策");
        Mention withWord = new Mention(policy, policy + 7, "“两新”政策", EntityType.POLICY, 0.8, "quote");
        Mention alone = new Mention(SLOGANS.lastIndexOf("“两新”"), SLOGANS.lastIndexOf("“两新”") + 4, "“两新”", EntityType.POLICY, 0.8, "quote");
        Mention belt = mentionOf(SLOGANS, "“一带一路”倡议", EntityType.POLICY, "quote");
        List<ResolvedMention> r = resolver.resolve(SLOGANS, by("重庆市人民政府"), List.of(withWord, alone, belt));
        assertEquals(new Entity(EntityType.POLICY, "两新"), r.get(0).entity());
        assertEquals(r.get(0).entity(), r.get(1).entity());
        assertEquals(new Entity(EntityType.POLICY, "一带一路倡议"), r.get(2).entity(), "the gazetteer's canonical name");
    }

    @Test
    void theProvincesBodiesAreTheAuthorsProvinces() {
        List<Mention> mentions = List.of(mentionOf(LEADERSHIP, "省委", EntityType.GOVERNMENT_BODY, "place-body"),
                mentionOf(LEADERSHIP, "省人大", EntityType.GOVERNMENT_BODY, "place-body"),
                mentionOf(LEADERSHIP, "省政协", EntityType.GOVERNMENT_BODY, "place-body"));
        assertEquals(List.of("中国共产党河南省委员会", "河南省人民代表大会", "中国人民政治协商会议河南省委员会"),
                canonicalNames(LEADERSHIP, by("河南省人民政府"), mentions));
        // the surface form is kept on the mention, for the altLabel
        assertEquals("省委", resolver.resolve(LEADERSHIP, by("河南省人民政府"), mentions).get(0).mention().text());
        // a text that says nothing of its place: no one knows whose committee it is
        assertEquals(List.of(), resolver.resolve(LEADERSHIP, ReportMetadata.NONE, mentions));
    }

    /** Anhui's and Fujian's reports: 全运会 alone, and an edition named in full. */
    private static final String GAMES = "我省体育健儿在亚冬会、全运会上勇创佳绩，参加第十四届全运会的经验得到推广。";

    private static ReportMetadata titled(String title) {
        return new ReportMetadata(Optional.of(title), Optional.empty(), Optional.empty());
    }

    /** A report delivered in that year, as a work report states at its end. */
    private static ReportMetadata delivered(int year) {
        return new ReportMetadata(Optional.empty(), Optional.of(org.policygraph.structure.StatedDate.year(year)), Optional.empty());
    }

    /** The canonical names the resolver gives the mentions, in order. */
    private List<String> canonicalNames(String text, ReportMetadata metadata, List<Mention> mentions) {
        return resolver.resolve(text, metadata, mentions).stream().map(m -> m.entity().canonicalName()).toList();
    }

    @Test
    void aSeriesNamedAloneIsTheEditionOfTheReportsYear() {
        List<Mention> mentions = List.of(mentionOf(GAMES, "亚冬会", EntityType.EVENT, "model"),
                mentionOf(GAMES, "全运会", EntityType.EVENT, "model"),
                mentionOf(GAMES, "第十四届全运会", EntityType.EVENT, "gazetteer"));
        assertEquals(List.of("第九届亚洲冬季运动会", "第十五届全国运动会", "第十四届全国运动会"), canonicalNames(GAMES, delivered(2026), mentions),
                "the edition named in full stays that edition");
        assertEquals("第十四届全国运动会", canonicalNames(GAMES, delivered(2022), mentions).get(1));
        // the year the title line gives, when the report states no date
        String titled = "2026年安徽省政府工作报告\n" + GAMES;
        List<Mention> shifted = mentions.stream().map(m -> new Mention(m.start() + titled.length() - GAMES.length(),
                m.end() + titled.length() - GAMES.length(), m.text(), m.type(), m.confidence(), m.recogniser())).toList();
        assertEquals("第十五届全国运动会", canonicalNames(titled, ReportMetadata.NONE, shifted).get(1));
        // a report that gives no year keeps the series' name
        assertEquals("全运会", canonicalNames(GAMES, ReportMetadata.NONE, mentions).get(1));
    }

    /** Fujian's and Gansu's reports. */
    private static final String SAFETY_FUJIAN = "全面完成治本攻坚三年行动任务，加力扩围以旧换新。";
    private static final String SAFETY_GANSU = "纵深推进安全生产治本攻坚三年行动，落实消费品以旧换新政策。";

    @Test
    void aNationalProgrammesShortFormIsThatProgrammeInEveryReport() {
        List<ResolvedMention> fujian = resolver.resolve(SAFETY_FUJIAN, titled("2026年福建省政府工作报告"), List.of(
                mentionOf(SAFETY_FUJIAN, "治本攻坚三年行动", EntityType.PROJECT, "model"),
                mentionOf(SAFETY_FUJIAN, "以旧换新", EntityType.POLICY, "model")));
        List<ResolvedMention> gansu = resolver.resolve(SAFETY_GANSU, titled("2026年甘肃省政府工作报告"), List.of(
                mentionOf(SAFETY_GANSU, "安全生产治本攻坚三年行动", EntityType.PROJECT, "model"),
                mentionOf(SAFETY_GANSU, "消费品以旧换新政策", EntityType.POLICY, "model")));
        assertEquals(gansu.get(0).entity(), fujian.get(0).entity());
        assertEquals(new Entity(EntityType.POLICY, "消费品以旧换新政策"), fujian.get(1).entity());
        assertEquals(gansu.get(1).entity(), fujian.get(1).entity());
        // too generic to search for: the recognisers' gazetteer does not hold them
        assertEquals(Optional.empty(), Gazetteer.bundled().lookup("以旧换新"));
        assertEquals(Optional.empty(), Gazetteer.bundled().lookup("治本攻坚"));
    }
}
