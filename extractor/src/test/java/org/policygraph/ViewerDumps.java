package org.policygraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the text document-sharing sites show for an uploaded report ("由会员分享,可在线阅读"), by
 * the rules of the project's reference generator ({@code make_dump.py}): a header line naming the
 * file; every line break gone; {@code 2.} numbering now and then written {@code 2 .}; with OCR
 * noise, digits read as look-alike letters (1 as l or I, 0 as O); the text cut into pieces of
 * about {@code page} characters wherever the cut falls, each on its own line opened by its number
 * and 、. The random draws are Java's, so a seed gives other cuts than the Python tool's.
 */
public final class ViewerDumps {
    private static final Pattern NUMBERING_DOT = Pattern.compile("(?<![0-9.])([0-9]{1,2})\\.(?=[^0-9])");

    private ViewerDumps() {}

    public static String dump(String report, String title, long seed, int page, double ocr) {
        Random rnd = new Random(seed);
        StringBuilder joined = new StringBuilder();
        report.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(joined::append);
        Matcher m = NUMBERING_DOT.matcher(joined);
        StringBuilder body = new StringBuilder();
        while (m.find()) m.appendReplacement(body, m.group(1) + (rnd.nextDouble() < 0.5 ? " ." : "."));
        m.appendTail(body);
        if (ocr > 0) {
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '1' && rnd.nextDouble() < ocr) body.setCharAt(i, rnd.nextBoolean() ? 'l' : 'I');
                else if (c == '0' && rnd.nextDouble() < ocr) body.setCharAt(i, 'O');
            }
        }
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < body.length(); ) {
            int n = Math.max(50, page + rnd.nextInt(2 * (page / 10) + 1) - page / 10);
            pieces.add(body.substring(i, Math.min(body.length(), i + n)));
            i += n;
        }
        StringBuilder out = new StringBuilder("《" + title + ".docx》由会员分享,可在线阅读,更多相关《" + title + ".docx("
                + pieces.size() + "页珍藏版)》请在文库上搜索。\n");
        for (int k = 0; k < pieces.size(); k++) out.append(k + 1).append('、').append(pieces.get(k)).append('\n');
        return out.toString();
    }

    /** A dump as the issue measures them: pieces of about 300 characters, one digit in a hundred misread. */
    public static String dump(String report, String title, long seed) {
        return dump(report, title, seed, 300, 0.01);
    }
}
