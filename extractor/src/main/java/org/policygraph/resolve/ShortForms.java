package org.policygraph.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.policygraph.recognise.gazetteer.Gazetteer;
import org.policygraph.recognise.gazetteer.GazetteerEntry;

/**
 * Short forms of well-known national programmes, policies and campaigns (治本攻坚, 以旧换新,
 * 生态环境保护督察) that name one entity in every report once a recogniser has found them, but are
 * too generic to search the text for: the resolver looks them up, the recognisers never see them.
 * Listed in {@code short-forms.tsv}, in the gazetteer's format. Kept out of the gazetteer because
 * recognising them cost entity F1 0.705 → 0.702 in cross-validation.
 */
final class ShortForms {
    private static final String RESOURCE = "short-forms.tsv";
    private final Gazetteer forms;

    private ShortForms(Gazetteer forms) {
        this.forms = forms;
    }

    static ShortForms bundled() {
        try (InputStream in = ShortForms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " missing from the jar");
            return new ShortForms(new Gazetteer(Gazetteer.parse(RESOURCE, in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entity a short form (or the canonical name it abbreviates) names. */
    Optional<GazetteerEntry> lookup(String form) {
        return forms.lookup(form);
    }
}
