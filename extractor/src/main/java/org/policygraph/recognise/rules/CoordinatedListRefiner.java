package org.policygraph.recognise.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.recognise.AnalysedText;
import org.policygraph.recognise.EntityType;
import org.policygraph.recognise.Mention;
import org.policygraph.recognise.MentionRefiner;
import org.policygraph.recognise.MentionSpans;
import org.policygraph.recognise.Token;

/**
 * Coordinated lists: in {@code 东方园林、广联达、雪迪龙等12家中关村…企业} every member is a
 * company, because the list's head noun says so; where no head noun follows, the members
 * already recognised give their type to the others ({@code 搜狗科技、清华X-lab、联想创投集团}).
 */
public final class CoordinatedListRefiner implements MentionRefiner {
    private static final Pattern LIST = Pattern.compile(
            "([^、,，。;；:：!?！？\\s()（）“”《》]{2,16})((?:、[^、,，。;；:：!?！？\\s()（）“”《》]{2,16})+)");
    private static final Pattern TAIL = Pattern.compile(
            "^(?:等|(?:等)?[0-9一二三四五六七八九十百几多]+(?:余)?(?:家|个|所|项))([^,，。;；、]{0,24}?)(企业|公司|高校|大学|院所|科研院所|研究机构|孵化机构|园区|分园|交易所|银行|机构|单位)");
    /** How many works a list counts: 4个, 17条, 三大. */
    private static final String COUNT = "[0-9一二三四五六七八九十百几多]+(?:余)?(?:个|座|处|条|项|大|家)";
    /** 九龙川、唐家河等煤矿, 万寿岩、圣杯屿沉船等遗址, 南山口、哇让…4个抽水蓄能电站: works, sites and laboratories named without the head the list shares. */
    /**
     * A specific head may follow a few words of its own (等3个重庆实验室, 等多式联运枢纽); 项目 and 工程 only
     * 重大 or 重点, since their lists hold firms and places as often (京东方、惠科等重大产业项目).
     */
    private static final Pattern WORKS_TAIL = Pattern.compile("^(?:等(?:" + COUNT + ")?|" + COUNT + ")(?:(?:重大|重点)?(项目|工程)|[^,，。;；:：、]{0,6}?("
            + String.join("|", HeadWords.WORKS) + "|实验室|遗址|产业带))");
    /** 府谷、定边机场, 雄商、济滨高铁, 湘琼、粤琼…深儋合作产业园: the last member carries the head of works or parks that the others share. */
    private static final List<String> SHARED_PARK_HEADS = List.of("合作产业园", "产业园", "高新区", "经济开发区", "开发区");
    private static final Pattern SHARED_WORKS_HEAD = Pattern.compile(
            "^[^、]{2,}?(" + String.join("|", HeadWords.WORKS) + "|" + String.join("|", SHARED_PARK_HEADS) + ")");
    /** 册亨、罗甸、望谟…等8个重点县, 迭部、碌曲、玛曲、镇原4县: places counted by their kind (not 等市场主体). */
    private static final Pattern PLACES_TAIL = Pattern.compile(
            "^(?:等(?:[0-9一二三四五六七八九十百几多]+余?个?)?|[0-9一二三四五六七八九十百几多]+余?个?)(?:重点|国家级|省级)?"
            + "(县（市、区）|县（市）|县市区|县区|市州|盟市|地市|省区市|省份|城市|乡镇|县|市(?![场民委政级])|州|镇|村(?![民级]))");
    /** 乌江、清水江、赤水河…等河湖, “五五购物节”、环球美食汇…等活动: rivers and lakes, events. */
    private static final Pattern KIND_TAIL = Pattern.compile("^等(?:[0-9一二三四五六七八九十百几多]+余?[个项场条])?[^,，。;；:：、]{0,4}?(河湖|湖泊|流域|景区|活动|赛事|节会|展会)");
    private static final int MAX_ITEM = 12;
    private static final HeadWords HEADS = HeadWords.forRunningText();
    /** Members that end in a kind word name kinds (产业集群, 高新技术企业, 城市更新). */
    private static final Pattern KIND_ENDINGS = Pattern.compile("(集群|企业|产业|更新|占比|行业|领域|项目|系统|服务|体系|机制|工程|园区|基地)$");

    @Override
    public List<Mention> refine(AnalysedText at, List<Mention> merged) {
        String text = at.text();
        List<Mention> out = new ArrayList<>();
        MentionSpans spans = new MentionSpans(merged);
        Matcher m = LIST.matcher(text);
        while (m.find()) {
            List<int[]> items = items(at, m.start(), m.end());
            if (items.size() < 2) continue;
            int listEnd = items.get(items.size() - 1)[1];
            Optional<EntityType> type = typeFromTail(text.substring(listEnd, Math.min(text.length(), listEnd + 30)));
            if (type.isEmpty()) type = typeFromLastMembersHead(at, items.get(items.size() - 1));
            boolean headNounSaysSo = type.isPresent();
            if (type.isEmpty()) type = typeFromMembers(items, spans);
            // documents, events, projects and places carry head words of their own: lists name bodies and
            // parks, and works, sites and events only where the head after 等 says so
            if (type.isEmpty() || type.get() == EntityType.POLICY || type.get() == EntityType.EVENT && !headNounSaysSo) continue;
            boolean worksOrSites = type.get() == EntityType.PROJECT || type.get() == EntityType.PLACE || type.get() == EntityType.EVENT;
            if (worksOrSites && !headNounSaysSo) continue;
            for (int[] item : items) {
                // a member the first pass named with another type takes the list's head's, unless its own head
                // word says otherwise: 九龙川、唐家河等煤矿 are mines, not places, but 中关村智造大街 stays a park
                // among incubators (the merged mentions do not overlap: one at most)
                List<Mention> known = spans.withSpan(item[0], item[1]);
                if (headNounSaysSo && !known.isEmpty()) {
                    Mention k = known.get(0);
                    EntityType listType = type.get();
                    boolean ownHeadDisagrees = HEADS.headOf(k.text()).filter(h -> h.type() != listType).isPresent();
                    if (k.type() != listType && !ownHeadDisagrees) out.add(new Mention(k.start(), k.end(), k.text(), listType, k.confidence(), "list"));
                    continue;
                }
                if (item[1] - item[0] < 2 || item[1] - item[0] > MAX_ITEM) continue;
                if (spans.anyOverlaps(item[0], item[1])) {
                    // works named after the firm or place that builds them (吉利汽车零部件、先导激光雷达等项目): the
                    // member holds the names the first pass found, and is the works; the first member begins with
                    // such a name, as the words that open the list's clause may be left before it (投用重庆东站)
                    boolean opensWithName = item != items.get(0) || spans.anyStartsAt(item[0]);
                    if (headNounSaysSo && type.get() == EntityType.PROJECT && opensWithName && !spans.anyCrosses(item[0], item[1])
                            && !holdsClause(at, item[0], item[1])) {
                        out.add(new Mention(item[0], item[1], text.substring(item[0], item[1]), EntityType.PROJECT, 0.6, "list"));
                    }
                    continue;
                }
                String name = text.substring(item[0], item[1]);
                // a list of works holds fields as often as names (氢能装备、生物制造等项目): only a proper name is one
                if (!looksLikeName(at, item[0], item[1], headNounSaysSo && !worksOrSites)) continue;
                out.add(new Mention(item[0], item[1], name, type.get(), 0.6, "list"));
            }
        }
        return out;
    }

    /** The members between separators; the last may be joined by 与/和/及, and 等 ends the list. */
    private static List<int[]> items(AnalysedText at, int start, int end) {
        String text = at.text();
        List<int[]> items = ListMembers.between(text, start, end);
        // first item: drop the clause words before the name (组织东方园林 → 东方园林)
        int[] first = items.get(0);
        first[0] = trimLead(at, first[0], first[1]);
        // last item: cut at 等 or a joined final member
        int[] last = items.get(items.size() - 1);
        String tail = text.substring(last[0], last[1]);
        int stop = firstOf(tail, "等");
        if (stop >= 0) last[1] = last[0] + stop;
        int join = firstOf(text.substring(last[0], last[1]), "与", "和", "及");
        if (join > 0) {
            int[] joined = {last[0] + join + 1, last[1]};
            last[1] = last[0] + join;
            joined[1] = endOfName(at, joined[0], joined[1]);
            items.add(joined);
        } else {
            last[1] = endOfName(at, last[0], last[1]);
        }
        return items;
    }

    private static int firstOf(String s, String... marks) {
        int best = -1;
        for (String mk : marks) {
            int i = s.indexOf(mk);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    /** The first member starts after the clause words that open the list (二是与, 组织, 推动). */
    private static int trimLead(AnalysedText at, int start, int end) {
        int best = start;
        for (Token t : at.tokensIn(start, end)) {
            // a one-character "verb" may be the first character of an unknown name (汇/v 龙/n 森/ag)
            // so do the time words before it (今年建成雄商、济滨高铁)
            if (!(isClauseWord(t) || VerbLexicon.opensClause(t.word()) || t.posStartsWith("v") && t.word().length() > 1 || t.posStartsWith("t"))) break;
            best = t.end();
        }
        return best;
    }

    /** The last member runs until a clause word (…雪迪龙等, …东方网力就…). */
    private static int endOfName(AnalysedText at, int start, int end) {
        for (Token t : at.tokensIn(start, end)) {
            if (t.start() > start && isClauseWord(t)) return t.start();
        }
        return end;
    }

    /**
     * A word that ends a list member. Unknown names fall apart into single characters with
     * arbitrary tags (广/a 联/vg 达/v), so a one-character verb is not taken for a clause word.
     */
    private static boolean isClauseWord(Token t) {
        String pos = t.pos();
        if (t.word().length() == 1) return NameSpan.isFunctionChar(t.word().charAt(0)) || pos.startsWith("m") || pos.startsWith("w");
        return pos.startsWith("v") && !pos.equals("vn") || pos.startsWith("p") || pos.startsWith("c")
                || pos.startsWith("u") || pos.startsWith("d") || pos.startsWith("r") || pos.startsWith("m")
                || VerbLexicon.breaksName(t.word());
    }

    static Optional<EntityType> typeFromTail(String after) {
        Matcher w = WORKS_TAIL.matcher(after);
        if (w.find()) return Optional.of(typeOfWorksHead(w.group(1) != null ? w.group(1) : w.group(2)));
        if (PLACES_TAIL.matcher(after).find()) return Optional.of(EntityType.PLACE);
        Matcher k = KIND_TAIL.matcher(after);
        if (k.find()) return Optional.of(switch (k.group(1)) {
            case "活动", "赛事", "节会", "展会" -> EntityType.EVENT;
            default -> EntityType.PLACE;
        });
        Matcher t = TAIL.matcher(after);
        if (!t.find()) return Optional.empty();
        return switch (t.group(2)) {
            case "企业", "公司", "孵化机构", "银行" -> Optional.of(EntityType.COMPANY);
            case "高校", "大学", "院所", "科研院所", "研究机构" -> Optional.of(EntityType.RESEARCH_INSTITUTION);
            case "园区", "分园" -> Optional.of(EntityType.PARK);
            case "交易所" -> Optional.of(EntityType.OTHER_ORGANIZATION);
            default -> Optional.empty();
        };
    }

    /**
     * The works the last member's head says all are, when it has a name before the head; the member
     * then ends with its head (聊邯长铁路纳规 is 聊邯长铁路).
     */
    private static Optional<EntityType> typeFromLastMembersHead(AnalysedText at, int[] last) {
        Matcher h = SHARED_WORKS_HEAD.matcher(at.text().substring(last[0], last[1]));
        if (!h.find()) return Optional.empty();
        int end = last[0] + h.end();
        int t = at.tokenAt(end - 1);
        if (t < 0 || at.tokens().get(t).end() != end) return Optional.empty();
        last[1] = end;
        return Optional.of(typeOfWorksHead(h.group(1)));
    }

    private static EntityType typeOfWorksHead(String head) {
        return switch (head) {
            case "实验室" -> EntityType.RESEARCH_INSTITUTION;
            case "遗址" -> EntityType.PLACE;
            case "产业带" -> EntityType.PARK;
            default -> SHARED_PARK_HEADS.contains(head) ? EntityType.PARK : EntityType.PROJECT;
        };
    }

    /**
     * Whether a member reads as a clause or two names joined (投用重庆东站, 京港澳和沪昆扩容) rather than one
     * name; 至 joins the two ends of a road or railway (大村至遵义铁路).
     */
    private static boolean holdsClause(AnalysedText at, int start, int end) {
        for (Token t : at.tokensIn(start, end)) {
            if (t.word().equals("至")) continue;
            if (isClauseWord(t) || VerbLexicon.opensClause(t.word()) || t.posStartsWith("v") && !t.pos().equals("vn") && t.word().length() > 1
                    || t.word().equals("和") || t.word().equals("及") || t.word().equals("与")) return true;
        }
        return false;
    }

    /** The type most of the recognised members share, when they are at least half the list. */
    private static Optional<EntityType> typeFromMembers(List<int[]> items, MentionSpans merged) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        int known = 0;
        for (int[] item : items) {
            for (Mention x : merged.withSpan(item[0], item[1])) {
                // 工会、共青团、妇女儿童、老龄: a place's bodies are listed with fields of work, so they type no other member
                if (x.recogniser().equals(PlaceBodyRecogniser.NAME)) continue;
                votes.merge(x.type(), 1, Integer::sum);
                known++;
            }
        }
        // the recognised members must agree on one type of body
        if (known == 0 || votes.size() != 1) return Optional.empty();
        return votes.keySet().stream().findFirst();
    }

    /**
     * A proper name, not a phrase: a name the segmenter knows as one (广联达 is unknown to it and
     * falls apart into characters; 独角兽 and 上市公司 are ordinary words), or one with a
     * proper-name part (搜狗/gi 科技, 清华/nt X-lab).
     */
    private static boolean looksLikeName(AnalysedText at, int start, int end, boolean headNounSaysSo) {
        String s = at.text().substring(start, end);
        if (GenericWords.isEmptyModifier(s) || s.matches(".*[0-9].*") || KIND_ENDINGS.matcher(s).find()) return false;
        int first = at.tokenAt(start);
        // one ordinary dictionary noun (数据, 标准, 账户) is a kind of thing, not a name
        if (first >= 0 && at.tokens().get(first).start() == start && at.tokens().get(first).end() == end
                && (at.tokens().get(first).pos().equals("n") || at.tokens().get(first).pos().equals("vn"))) return false;
        int singleChars = 0;
        boolean proper = false;
        for (Token t : at.tokensIn(start, end)) {
            if (isClauseWord(t)) return false;
            if (t.word().length() == 1) singleChars++;
            String pos = t.pos();
            if (pos.startsWith("nt") || pos.startsWith("nz") || pos.startsWith("nr") || pos.startsWith("j") || pos.startsWith("g")
                    || pos.equals("nx")) proper = true;
        }
        // with 等N家企业 after the list, a short member of ordinary words is a name too (东方园林)
        return proper || singleChars * 2 >= s.length() || headNounSaysSo && s.length() <= 6;
    }
}
