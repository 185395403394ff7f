package org.policygraph.recognise.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.policygraph.recognise.EntityType;

/** Checks the data files bundled with the gazetteer: they parse, their forms do not clash, lookups hold. */
class BundledGazetteerTest {

    /** One parsed entry with the file it came from. */
    private record Sourced(String file, GazetteerEntry entry) {
        String describe() {
            return entry.type().localName() + " " + entry.canonicalName() + " (" + file + ")";
        }
    }

    private static List<Sourced> loadAll() throws IOException {
        List<Sourced> all = new ArrayList<>();
        for (String name : Gazetteer.BUNDLED) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
                assertNotNull(in, "bundled gazetteer file missing: " + name);
                for (GazetteerEntry e : Gazetteer.parse(name, in)) all.add(new Sourced(name, e));
            }
        }
        return all;
    }

    @Test
    void everyDataLineParsesToOneEntry() throws IOException {
        for (String name : Gazetteer.BUNDLED) {
            byte[] bytes;
            try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
                assertNotNull(in, "bundled gazetteer file missing: " + name);
                bytes = in.readAllBytes();
            }
            int dataLines = 0;
            List<String> malformed = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank() || line.startsWith("#")) continue;
                    dataLines++;
                    String[] cols = line.split("\t", -1);
                    if (cols.length < 2 || cols.length > 3 || cols[1].isBlank()
                            || !cols[1].equals(cols[1].strip())) {
                        malformed.add(name + ":" + n + ": " + line);
                    }
                }
            }
            assertTrue(malformed.isEmpty(), "malformed lines:\n" + String.join("\n", malformed));
            List<GazetteerEntry> parsed = Gazetteer.parse(name, new java.io.ByteArrayInputStream(bytes));
            assertEquals(dataLines, parsed.size(), name + ": every data line should give one entry");
            assertFalse(parsed.isEmpty(), name + " has no entries");
        }
    }

    @Test
    void noFormIsClaimedByEntriesOfDifferentTypes() throws IOException {
        Map<String, List<Sourced>> byForm = new LinkedHashMap<>();
        for (Sourced s : loadAll()) {
            List<String> forms = new ArrayList<>();
            forms.add(s.entry().canonicalName());
            for (String a : s.entry().aliases()) if (!forms.contains(a)) forms.add(a);
            for (String f : forms) byForm.computeIfAbsent(f, k -> new ArrayList<>()).add(s);
        }
        Map<String, String> offenders = new TreeMap<>();
        for (Map.Entry<String, List<Sourced>> e : byForm.entrySet()) {
            long types = e.getValue().stream().map(s -> s.entry().type()).distinct().count();
            if (types > 1) {
                offenders.put(e.getKey(), String.join(" / ", e.getValue().stream().map(Sourced::describe).toList()));
            }
        }
        if (!offenders.isEmpty()) {
            StringBuilder msg = new StringBuilder("forms claimed by entries of different types:\n");
            offenders.forEach((form, who) -> msg.append("  ").append(form).append(" -> ").append(who).append('\n'));
            fail(msg.toString());
        }
    }

    @Test
    void canonicalNamesAreUnique() throws IOException {
        Map<String, List<Sourced>> byName = new LinkedHashMap<>();
        for (Sourced s : loadAll()) byName.computeIfAbsent(s.entry().canonicalName(), k -> new ArrayList<>()).add(s);
        Map<String, String> offenders = new TreeMap<>();
        byName.forEach((name, list) -> {
            if (list.size() > 1) offenders.put(name, String.join(" / ", list.stream().map(Sourced::describe).toList()));
        });
        if (!offenders.isEmpty()) {
            StringBuilder msg = new StringBuilder("canonical names defined more than once:\n");
            offenders.forEach((name, who) -> msg.append("  ").append(name).append(" -> ").append(who).append('\n'));
            fail(msg.toString());
        }
    }

    @Test
    void bundledLookupsHold() {
        Gazetteer g = Gazetteer.bundled();
        assertLookup(g, "市科委", "北京市科学技术委员会", EntityType.GOVERNMENT_BODY);
        assertLookup(g, "中科院", "中国科学院", EntityType.RESEARCH_INSTITUTION);
        assertLookup(g, "海淀园", "中关村海淀园", EntityType.PARK);
        assertLookup(g, "阿联酋", "阿拉伯联合酋长国", EntityType.PLACE);
        assertLookup(g, "市政府", "北京市人民政府", EntityType.GOVERNMENT_BODY);
        assertLookup(g, "中关村管委会", "中关村科技园区管理委员会", EntityType.GOVERNMENT_BODY);
        assertLookup(g, "海淀区政府", "北京市海淀区人民政府", EntityType.GOVERNMENT_BODY);
        assertLookup(g, "上交所", "上海证券交易所", EntityType.OTHER_ORGANIZATION);
        assertLookup(g, "服贸会", "中国国际服务贸易交易会", EntityType.EVENT);
        assertLookup(g, "京东方", "京东方科技集团股份有限公司", EntityType.COMPANY);
        assertLookup(g, "城市副中心", "北京城市副中心", EntityType.PLACE);
        assertTrue(g.longestForm() > 0);
    }

    @Test
    void bareGenericWordsAreNotForms() {
        Gazetteer g = Gazetteer.bundled();
        for (String generic : List.of("示范区", "科学城", "管委会", "园区", "政府", "大学", "中心", "高新区",
                "经济技术开发区", "研究院", "实验室", "开发区", "自贸区")) {
            Optional<GazetteerEntry> hit = g.lookup(generic);
            assertTrue(hit.isEmpty(), "generic word " + generic + " must not be a form, but maps to " + hit);
        }
    }

    private static void assertLookup(Gazetteer g, String form, String canonical, EntityType type) {
        GazetteerEntry e = g.lookup(form).orElseThrow(() -> new AssertionError("no entry for " + form));
        assertEquals(canonical, e.canonicalName(), "canonical name of " + form);
        assertEquals(type, e.type(), "type of " + form);
    }

    @Test
    void shortFormsInsideATitleBecomeFullNames() {
        Gazetteer g = Gazetteer.bundled();
        // 001: a title that uses the park's short name
        assertEquals("中关村国家自主创新示范区促进现代园艺产业创新发展的若干措施",
                g.withCanonicalNames("中关村示范区促进现代园艺产业创新发展的若干措施"));
        assertEquals("关于促进中国科学院科技成果在京转移转化的若干措施", g.withCanonicalNames("关于促进中科院科技成果在京转移转化的若干措施"));
        assertEquals("提升创业服务能力的报告", g.withCanonicalNames("提升创业服务能力的报告"));
    }
}
