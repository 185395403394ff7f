package org.policygraph.recognise.rules;

import java.util.regex.Pattern;
import org.policygraph.recognise.Mention;

/**
 * Document numbers (中科园发[2013]52号, 教技司〔2018〕115号) open with the issuer's code, which
 * reads like a name (中科园 is no park): a name right before 发[, 函〔 or 〔2018〕 is such a code.
 */
final class DocumentNumbers {
    private static final Pattern NUMBER_AFTER = Pattern.compile("^[发函字]?[\\[〔［【(（](19|20)[0-9]{2}[\\]〕］】)）]");

    private DocumentNumbers() {}

    static boolean isIssuerCode(Mention name, String text) {
        return NUMBER_AFTER.matcher(name.following(text, 8)).find();
    }
}
