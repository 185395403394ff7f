package org.policygraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the comment block that opens an {@code .rq} file:
 * <pre>
 * # title: Tasks that mention an entity
 * # description: Every task, in every report, whose text mentions the entity
 * #   with the given label.
 * # param: label (zh) — the entity's name as written (prefLabel or altLabel), e.g. 中关村科学城
 * </pre>
 * {@code title} and {@code description} are required; {@code param} may repeat. Any other
 * comment line continues the field above it. The header ends at the first line that is not a
 * comment.
 */
record QueryHeader(String title, String description, List<QueryParam> params) {
    private static final Pattern FIELD = Pattern.compile("(title|description|param):\\s*(.*)");
    private static final Pattern PARAM = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*([a-z]+)\\s*\\)\\s*(?:—|–|--|-|:)\\s*(.+)");
    private static final Pattern EXAMPLE = Pattern.compile(".*\\be\\.g\\.\\s*(.+?)\\s*$");

    static QueryHeader parse(String name, String text) {
        List<String[]> fields = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) continue;
            if (!trimmed.startsWith("#")) break;
            String content = trimmed.replaceFirst("^#+", "").strip();
            if (content.isEmpty()) continue;
            Matcher m = FIELD.matcher(content);
            if (m.matches()) {
                fields.add(new String[] {m.group(1), m.group(2)});
            } else if (!fields.isEmpty()) {
                String[] last = fields.get(fields.size() - 1);
                last[1] = last[1].isEmpty() ? content : last[1] + " " + content;
            }
        }
        String title = null;
        String description = null;
        List<QueryParam> params = new ArrayList<>();
        for (String[] f : fields) {
            switch (f[0]) {
                case "title" -> title = single(name, "title", title, f[1]);
                case "description" -> description = single(name, "description", description, f[1]);
                default -> params.add(param(name, f[1]));
            }
        }
        if (title == null || title.isEmpty()) throw new IllegalArgumentException("query " + name + ": the header has no '# title:' line");
        if (description == null || description.isEmpty()) {
            throw new IllegalArgumentException("query " + name + ": the header has no '# description:' line");
        }
        return new QueryHeader(title, description, List.copyOf(params));
    }

    private static String single(String name, String field, String previous, String value) {
        if (previous != null) throw new IllegalArgumentException("query " + name + ": the header has two '# " + field + ":' lines");
        return value;
    }

    private static QueryParam param(String name, String spec) {
        Matcher m = PARAM.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("query " + name + ": cannot read '# param: " + spec
                    + "'; write '# param: NAME (KIND) — description, e.g. EXAMPLE' with KIND one of string, zh, iri, type");
        }
        ParamKind kind;
        try {
            kind = ParamKind.forKeyword(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("query " + name + ", parameter " + m.group(1) + ": " + e.getMessage());
        }
        String description = m.group(3).strip();
        Matcher ex = EXAMPLE.matcher(description);
        Optional<String> example = ex.matches() ? Optional.of(ex.group(1)) : Optional.empty();
        return new QueryParam(m.group(1), kind, description, example);
    }
}
