package org.policygraph.relate;

import org.policygraph.resolve.Entity;
import org.policygraph.structure.Task;

/** A task mentions an entity somewhere in its heading, body or progress items. */
public record TaskLink(Task task, Entity entity) {}
