package org.policygraph.resolve;

import org.policygraph.recognise.Mention;

/** A mention bound to the entity it names. */
public record ResolvedMention(Mention mention, Entity entity) {}
