package org.policygraph.recognise.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policygraph.recognise.RealSegmentation.describe;
import static org.policygraph.recognise.RealSegmentation.offsetOf;
import static org.policygraph.recognise.RealSegmentation.only;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.Corpus;
import org.policygraph.Training;
import org.policygraph.TrainingReports;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.MentionMerger;
import org.policygraph.recognise.RealSegmentation;

/**
 * Lists whose head noun, or whose recognised members, type the other members; run, as in the
 * pipeline, on the merged mentions of a first pass (here the suffix grammar's).
 */
class CoordinatedListRefinerTest {
    private final CoordinatedListRefiner refiner = new CoordinatedListRefiner();
    private final SuffixNameRecogniser suffix = new SuffixNameRecogniser(HeadWords.forRunningText());
    private final MentionMerger merger = new MentionMerger();

    /** 001, (四): three firms, typed by 企业 after the list. */
    private static final String FIRMS = "组织东方园林、广联达、雪迪龙等12家中关村节能环保及智慧城市服务企业与雄安新区签署战略合作框架协议,"
            + "支持服务雄安新区建设。";
    /** 000, 第77项: two firms, the first of two words. */
    private static final String TEST_KITS = "推动卓诚惠生、金豪等6家企业检测试剂获得注册批件,泛生子的“新型下呼吸道气雾颗粒采集器”完成备案上市。";
    /** 001, (十): incubators, some already named by their head words. */
    private static final String INCUBATORS = "七是对汇龙森、中科创星、洪泰智造工场、中关村智造大街、京卫孵化器等硬科技孵化机构及其孵化的科技型企业开展调研,";
    /** 001, (十三): a list with no head noun after it. */
    private static final String PARTNERS = "二是与搜狗科技、清华X-lab、联想创投集团、东方网力就如何促进提升中关村开放实验室科技成果转化展开讨论研究,";
    /** 001, (八): kinds of firms. */
    private static final String KINDS_OF_FIRMS = "组织上市公司、独角兽、隐形冠军、科技创新型中小企业等开展精准对接,";
    /** 001, (二): kinds of content. */
    private static final String KINDS_OF_CONTENT = "突出功能定位、产业布局、空间优化、配套服务、机制体制等方面的内容,";

    /** gov2026_gansu: coal mines named without the 煤矿 the list shares. */
    private static final String MINES = "加快九龙川、唐家河、东水泉东、安家庄、郭家台、平山湖等煤矿建设";
    /** gov2026_qinghai: power stations counted, not closed by 等. */
    private static final String STATIONS = "加快建设南山口、哇让、同德、德令哈4个抽水蓄能电站";
    /** gov2026_hunan: high-speed railways named by the places they join, counted before the 高铁 they share. */
    private static final String RAILWAYS = "加快邵永、铜吉、长赣、宜常、永清广、黔吉等6条高铁";
    /** gov2026_shandong: railways sharing the 铁路 of the last, which a verb follows. */
    private static final String LINES_BY_LAST_HEAD = "积极推动莱临、德商、日照至五莲、聊邯长铁路纳规";
    /** gov2026_shandong: the same after a time word. */
    private static final String HIGH_SPEED_THIS_YEAR = "今年建成雄商、济滨高铁";
    /** gov2026_chongqing: laboratories counted, the head after words of its own. */
    private static final String LABORATORIES = "挂牌建设金凤、嘉陵江、明月湖3个重庆实验室";
    /** gov2026_sichuan: firms, not works, before the 项目 that they build. */
    private static final String FIRMS_PROJECTS = "推动京东方、惠科等重大产业项目尽快投产满产";
    /** gov2026_guizhou: counties counted by their kind. */
    private static final String COUNTIES = "在册亨、罗甸、望谟、三都、贞丰、榕江、镇宁、关岭等8个重点县建设露地冬春果菜基地";
    /** gov2026_hainan: village games, events by the kind the list closes with. */
    private static final String VILLAGE_GAMES = "村VA、村BA、村秀等文体活动精彩纷呈";
    /** gov2026_qinghai: scenic sites, places. */
    private static final String SCENIC_SITES = "察尔汗梦幻盐湖、大柴旦翡翠湖等景区提质升级";
    /** gov2026_shaanxi: a works named after the firm that builds it. */
    private static final String FIRMS_WORKS = "加快比亚迪、吉利汽车零部件等项目建设";
    /** gov2026_hunan: two motorways joined in one member. */
    private static final String JOINED_MOTORWAYS = "京港澳和沪昆扩容、张官等17条高速公路";
    /** gov2026_hainan: parks built with other provinces, sharing the last one's head. */
    private static final String SHARED_PARKS = "加快湘琼、粤琼、浙琼、琼港、深儋合作产业园建设";
    /** gov2026_fujian: historic sites named without the 遗址 the list shares. */
    private static final String SITES = "提升万寿岩、圣杯屿沉船等遗址保护利用水平";
    /** gov2026_gansu: fields of industry, not names, before 等项目. */
    private static final String FIELDS = "抓好生物制造、氢能装备、同位素应用等项目建设";

    private List<Mention> refineAfterSuffix(String sentence) {
        AnalysedText at = RealSegmentation.analyse(sentence);
        return refiner.refine(at, merger.merge(suffix.recognise(at)));
    }

    private static Mention mention(String sentence, String name, EntityType type) {
        int s = offsetOf(sentence, name);
        return new Mention(s, s + name.length(), name, type, 0.95, "gazetteer");
    }

    @Test
    void sentencesAreCopiedFromTheCorpus() {
        String r000 = Corpus.read(Corpus.R000), r001 = Corpus.read(Corpus.R001);
        assertTrue(r000.contains(TEST_KITS));
        for (String s : List.of(FIRMS, INCUBATORS, PARTNERS, KINDS_OF_FIRMS, KINDS_OF_CONTENT)) assertTrue(r001.contains(s), s);
    }

    @Test
    void provincialSentencesAreCopiedFromTheTrainingReports() {
        String gansu = TrainingReports.read(Training.reports().resolve("gov2026_gansu.txt"));
        for (String s : List.of(MINES, FIELDS)) assertTrue(gansu.contains(s), s);
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_fujian.txt")).contains(SITES));
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_qinghai.txt")).contains(STATIONS));
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_hunan.txt")).contains(RAILWAYS));
        String shandong = TrainingReports.read(Training.reports().resolve("gov2026_shandong.txt"));
        for (String s : List.of(LINES_BY_LAST_HEAD, HIGH_SPEED_THIS_YEAR)) assertTrue(shandong.contains(s), s);
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_chongqing.txt")).contains(LABORATORIES));
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_sichuan.txt")).contains(FIRMS_PROJECTS));
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_guizhou.txt")).contains(COUNTIES));
        String hainan = TrainingReports.read(Training.reports().resolve("gov2026_hainan.txt"));
        for (String s : List.of(VILLAGE_GAMES, SHARED_PARKS)) assertTrue(hainan.contains(s), s);
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_shaanxi.txt")).contains(FIRMS_WORKS));
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_hunan.txt")).contains(JOINED_MOTORWAYS));
        assertTrue(TrainingReports.read(Training.reports().resolve("gov2026_qinghai.txt")).contains(SCENIC_SITES));
    }

    @Test
    void worksNamedWithoutTheirSharedHeadAreProjects() {
        List<Mention> found = refineAfterSuffix(MINES);
        // 安家庄 is one ordinary dictionary word to the segmenter, and stays unnamed
        for (String mine : List.of("唐家河", "东水泉东", "郭家台", "平山湖")) {
            assertEquals(EntityType.PROJECT, only(found, mine).type(), describe(found));
        }
        assertTrue(found.stream().noneMatch(m -> m.text().contains("等") || m.text().contains("煤矿")), describe(found));
    }

    @Test
    void worksTheFirstPassTookForPlacesAreRetypedByTheSharedHead() {
        // as a tagger trained without the Gansu report named them in cross-validation
        List<Mention> firstPass = List.of(mention(MINES, "九龙川", EntityType.PLACE), mention(MINES, "唐家河", EntityType.PLACE));
        List<Mention> found = refiner.refine(RealSegmentation.analyse(MINES), firstPass);
        for (String mine : List.of("九龙川", "唐家河")) {
            Mention m = only(found, mine);
            assertEquals(EntityType.PROJECT, m.type(), describe(found));
            assertEquals(0.95, m.confidence(), "as sure as the mention it retypes");
        }
    }

    @Test
    void aListOfWorksClosedByTheirCountIsOneOfWorks() {
        // as a tagger trained without the Qinghai report named two of them in cross-validation
        List<Mention> firstPass = List.of(mention(STATIONS, "南山口", EntityType.PARK), mention(STATIONS, "哇让", EntityType.PARK));
        List<Mention> found = refiner.refine(RealSegmentation.analyse(STATIONS), firstPass);
        for (String station : List.of("南山口", "哇让")) assertEquals(EntityType.PROJECT, only(found, station).type(), describe(found));
        assertTrue(found.stream().noneMatch(m -> m.text().contains("4") || m.text().contains("电站")), describe(found));
    }

    @Test
    void railwaysNamedWithoutTheirSharedHeadAreProjects() {
        List<Mention> found = refineAfterSuffix(RAILWAYS);
        for (String line : List.of("铜吉", "长赣", "宜常", "黔吉")) assertEquals(EntityType.PROJECT, only(found, line).type(), describe(found));
        assertTrue(found.stream().noneMatch(m -> m.text().contains("高铁")), describe(found));
    }

    @Test
    void theLastMembersHeadOfWorksIsSharedByTheOthers() {
        List<Mention> found = refineAfterSuffix(LINES_BY_LAST_HEAD);
        for (String line : List.of("莱临", "德商")) assertEquals(EntityType.PROJECT, only(found, line).type(), describe(found));
        assertTrue(found.stream().noneMatch(m -> m.text().contains("纳规")), describe(found));
        found = refineAfterSuffix(HIGH_SPEED_THIS_YEAR);
        assertEquals(EntityType.PROJECT, only(found, "雄商").type(), describe(found));
    }

    @Test
    void theLastMembersHeadOfAParkIsSharedByTheOthers() {
        // as a tagger trained without the Hainan report named two of them works in cross-validation
        List<Mention> firstPass = List.of(mention(SHARED_PARKS, "湘琼", EntityType.PROJECT), mention(SHARED_PARKS, "粤琼", EntityType.PROJECT));
        List<Mention> found = refiner.refine(RealSegmentation.analyse(SHARED_PARKS), firstPass);
        for (String park : List.of("湘琼", "粤琼", "浙琼")) assertEquals(EntityType.PARK, only(found, park).type(), describe(found));
    }

    @Test
    void aSpecificHeadMayFollowWordsOfItsOwn() {
        // as a tagger trained without the Chongqing report named one of them in cross-validation
        List<Mention> firstPass = List.of(mention(LABORATORIES, "明月湖", EntityType.PLACE));
        List<Mention> found = refiner.refine(RealSegmentation.analyse(LABORATORIES), firstPass);
        assertEquals(EntityType.RESEARCH_INSTITUTION, only(found, "明月湖").type(), describe(found));
    }

    @Test
    void placesCountedByTheirKindArePlaces() {
        // as a tagger trained without the Guizhou report named two of them works in cross-validation
        List<Mention> firstPass = List.of(mention(COUNTIES, "罗甸", EntityType.PROJECT), mention(COUNTIES, "关岭", EntityType.PROJECT));
        List<Mention> found = refiner.refine(RealSegmentation.analyse(COUNTIES), firstPass);
        for (String county : List.of("罗甸", "关岭", "望谟", "榕江")) assertEquals(EntityType.PLACE, only(found, county).type(), describe(found));
        // 市场 and 市民 are no towns
        assertTrue(CoordinatedListRefiner.typeFromTail("等市场主体").isEmpty());
        assertTrue(CoordinatedListRefiner.typeFromTail("等市民服务").isEmpty());
    }

    @Test
    void eventsAndSitesAreNamedByTheKindTheListClosesWith() {
        List<Mention> found = refineAfterSuffix(VILLAGE_GAMES);
        for (String game : List.of("村VA", "村BA", "村秀")) assertEquals(EntityType.EVENT, only(found, game).type(), describe(found));
        found = refineAfterSuffix(SCENIC_SITES);
        assertEquals(EntityType.PLACE, only(found, "大柴旦翡翠湖").type(), describe(found));
    }

    @Test
    void aMemberHoldingTheFirmThatBuildsItIsTheWorks() {
        // as a tagger trained without the Shaanxi report named the firm in cross-validation
        List<Mention> firstPass = List.of(mention(FIRMS_WORKS, "比亚迪", EntityType.COMPANY), mention(FIRMS_WORKS, "吉利", EntityType.COMPANY));
        List<Mention> found = refiner.refine(RealSegmentation.analyse(FIRMS_WORKS), firstPass);
        assertEquals(EntityType.PROJECT, only(found, "吉利汽车零部件").type(), describe(found));
    }

    @Test
    void aMemberJoiningTwoNamesIsNoOneWorks() {
        List<Mention> firstPass = List.of(mention(JOINED_MOTORWAYS, "京港澳", EntityType.PLACE));
        List<Mention> found = refiner.refine(RealSegmentation.analyse(JOINED_MOTORWAYS), firstPass);
        assertTrue(found.stream().noneMatch(m -> m.text().contains("和")), describe(found));
    }

    @Test
    void firmsBeforeTheProjectsTheyBuildAreNoWorks() {
        List<Mention> found = refineAfterSuffix(FIRMS_PROJECTS);
        assertTrue(found.stream().noneMatch(m -> m.type() == EntityType.PROJECT), describe(found));
    }

    @Test
    void aMemberWhoseOwnHeadSaysOtherwiseKeepsItsType() {
        AnalysedText at = RealSegmentation.analyse(INCUBATORS);
        Mention street = mention(INCUBATORS, "中关村智造大街", EntityType.PARK);
        List<Mention> found = refiner.refine(at, List.of(street));
        assertTrue(found.stream().noneMatch(m -> m.overlaps(street)), describe(found));
    }

    @Test
    void sitesNamedWithoutTheirSharedHeadArePlaces() {
        List<Mention> found = refineAfterSuffix(SITES);
        // the first member loses 万 to the verb before it (提升万 is read as 提升 + a number): a known miss
        assertEquals(EntityType.PLACE, only(found, "圣杯屿沉船").type(), describe(found));
    }

    @Test
    void fieldsOfOrdinaryWordsBeforeAListOfWorksAreNoNames() {
        // 氢能装备 holds a word the segmenter takes for a proper name (氢能), and is read as one
        List<Mention> found = refineAfterSuffix(FIELDS);
        assertTrue(found.stream().noneMatch(m -> m.text().equals("生物制造") || m.text().equals("同位素应用")), describe(found));
    }

    @Test
    void theHeadNounAfterTheListTypesItsMembers() {
        List<Mention> found = refineAfterSuffix(FIRMS);
        for (String firm : List.of("广联达", "雪迪龙")) {
            Mention m = only(found, firm);
            assertEquals(EntityType.COMPANY, m.type());
            assertEquals(offsetOf(FIRMS, firm), m.start());
            assertEquals("list", m.recogniser());
        }
        assertTrue(found.stream().noneMatch(m -> m.text().contains("等") || m.text().contains("12")), describe(found));
    }

    @Test
    void theFirstMemberIsFoundWithoutTheVerbBeforeIt() {
        assertEquals(EntityType.COMPANY, only(refineAfterSuffix(FIRMS), "东方园林").type());
    }

    @Test
    void aFirstMemberSplitIntoSingleCharactersIsKeptWhole() {
        List<Mention> found = refineAfterSuffix(TEST_KITS);
        assertEquals(EntityType.COMPANY, only(found, "卓诚惠生").type());
        assertEquals(EntityType.COMPANY, only(found, "金豪").type());
    }

    @Test
    void membersAlreadyRecognisedAreLeftAlone() {
        AnalysedText at = RealSegmentation.analyse(INCUBATORS);
        List<Mention> merged = merger.merge(suffix.recognise(at));
        assertTrue(merged.stream().anyMatch(m -> m.text().equals("中关村智造大街")), "precondition: " + describe(merged));
        List<Mention> found = refiner.refine(at, merged);
        assertEquals(EntityType.COMPANY, only(found, "中科创星").type());
        assertTrue(found.stream().allMatch(m -> m.type() == EntityType.COMPANY), describe(found));
        for (Mention m : found) {
            assertTrue(merged.stream().noneMatch(x -> x.overlaps(m)), "refined " + m + " overlaps a recognised mention");
        }
    }
    @Test
    void aFirstMemberStartingWithAOneCharacterVerbTagIsKeptWhole() {
        AnalysedText at = RealSegmentation.analyse(INCUBATORS);
        List<Mention> found = refiner.refine(at, merger.merge(suffix.recognise(at)));
        assertEquals(EntityType.COMPANY, only(found, "汇龙森").type());
    }

    @Test
    void recognisedMembersTypeTheOthersWhereNoHeadNounFollows() {
        AnalysedText at = RealSegmentation.analyse(PARTNERS);
        // as if the gazetteer knew one of the four firms
        List<Mention> merged = List.of(mention(PARTNERS, "联想创投集团", EntityType.COMPANY));
        List<Mention> found = refiner.refine(at, merged);
        for (String firm : List.of("搜狗科技", "清华X-lab", "东方网力")) assertEquals(EntityType.COMPANY, only(found, firm).type());
        assertEquals(3, found.size(), describe(found));
    }

    @Test
    void membersOfDifferentTypesTypeNothing() {
        AnalysedText at = RealSegmentation.analyse(PARTNERS);
        List<Mention> merged = List.of(mention(PARTNERS, "清华X-lab", EntityType.RESEARCH_INSTITUTION),
                mention(PARTNERS, "联想创投集团", EntityType.COMPANY));
        List<Mention> found = refiner.refine(at, merged);
        assertTrue(found.isEmpty(), describe(found));
    }

    @Test
    void aListOfDocumentsIsLeftToTheirHeadWords() {
        AnalysedText at = RealSegmentation.analyse(PARTNERS);
        List<Mention> found = refiner.refine(at, List.of(mention(PARTNERS, "联想创投集团", EntityType.POLICY)));
        assertTrue(found.isEmpty(), describe(found));
    }

    @Test
    void aListOfKindsGivesNothing() {
        for (String s : List.of(KINDS_OF_FIRMS, KINDS_OF_CONTENT)) {
            List<Mention> found = refineAfterSuffix(s);
            assertTrue(found.isEmpty(), s + " -> " + describe(found));
        }
    }

    @Test
    void nothingIsFoundWithoutAList() {
        List<Mention> inputs = new ArrayList<>();
        String noList = "实施“中关村创新100上市培育工程”。";
        assertTrue(Corpus.read(Corpus.R001).contains(noList));
        assertTrue(refiner.refine(RealSegmentation.analyse(noList), inputs).isEmpty());
    }

    @Test
    void aPlacesBodiesTypeNoFieldOfWork() {
        // Guangxi's 2026 report: the people's organisations listed among fields of work
        String fields = "保密、机关事务管理、科学研究、地方史志、新闻出版、参事文史、智库、科协、工会、共青团、妇女儿童、老龄、残疾人等事业取得新进步。";
        AnalysedText at = RealSegmentation.analyse(fields);
        List<Mention> bodies = new PlaceBodyRecogniser().recognise(at);
        assertEquals(List.of("科协", "工会", "共青团"), bodies.stream().map(Mention::text).toList(), "precondition: " + describe(bodies));
        assertEquals(List.of(), refiner.refine(at, bodies));
    }
}
