package org.policygraph.resolve;

import org.policygraph.recognise.EntityType;

/** One thing in the world: its type and canonical name decide its IRI, across all reports. */
public record Entity(EntityType type, String canonicalName) {}
