package org.policygraph.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The PolicyGraph vocabulary as Jena nodes: the names the output contract of DESIGN.md fixes.
 * Declared in {@code policygraph.ttl}; a test checks every constant here is declared there.
 */
public final class PG {
    public static final String NS = "https://w3id.org/policygraph/ontology#";
    /** Base of instance IRIs: reports, tasks, mentions, entities. */
    public static final String DATA = "https://w3id.org/policygraph/id/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCT = "http://purl.org/dc/terms/";

    private PG() {}

    private static Node pg(String local) { return NodeFactory.createURI(NS + local); }

    // classes
    public static final Node Report = pg("Report");
    public static final Node Task = pg("Task");
    public static final Node Mention = pg("Mention");
    public static final Node Entity = pg("Entity");
    public static final Node Sentence = pg("Sentence");
    public static final Node Park = pg("Park");
    public static final Node GovernmentBody = pg("GovernmentBody");
    public static final Node ResearchInstitution = pg("ResearchInstitution");
    public static final Node Company = pg("Company");
    public static final Node OtherOrganization = pg("OtherOrganization");
    public static final Node Policy = pg("Policy");
    public static final Node Project = pg("Project");
    public static final Node Event = pg("Event");
    public static final Node Place = pg("Place");
    public static final Node Person = pg("Person");

    // report
    public static final Node fileName = pg("fileName");
    public static final Node content = pg("content");
    public static final Node sha256 = pg("sha256");
    public static final Node mediaType = pg("mediaType");
    // what the report holds, counted when it is written
    public static final Node taskCount = pg("taskCount");
    public static final Node entityCount = pg("entityCount");
    public static final Node mentionCount = pg("mentionCount");
    // report metadata, where the report states it (Dublin Core terms)
    /** The report's title line, a literal {@code @zh}. */
    public static final Node dctTitle = NodeFactory.createURI(DCT + "title");
    /** The date the report was delivered or signed: {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}. */
    public static final Node dctDate = NodeFactory.createURI(DCT + "date");
    /** The body that wrote the report, its name as a literal {@code @zh}. */
    public static final Node dctCreator = NodeFactory.createURI(DCT + "creator");
    // task
    public static final Node report = pg("report");
    public static final Node key = pg("key");
    public static final Node title = pg("title");
    public static final Node parent = pg("parent");
    public static final Node level = pg("level");
    public static final Node order = pg("order");
    // mention and sentence
    public static final Node entity = pg("entity");
    public static final Node text = pg("text");
    public static final Node start = pg("start");
    public static final Node end = pg("end");
    public static final Node task = pg("task");
    public static final Node sentence = pg("sentence");
    public static final Node confidence = pg("confidence");
    public static final Node recogniser = pg("recogniser");
    // links
    public static final Node mentions = pg("mentions");

    // roles: each role link is a shortcut triple and a pg:Involvement node
    public static final Node Involvement = pg("Involvement");
    public static final Node Role = pg("Role");
    /** Role individuals (values of {@link #role}); not classes. */
    public static final Node Lead = pg("Lead");
    public static final Node Partner = pg("Partner");
    public static final Node Supports = pg("Supports");
    /** The location role; the class of places is {@link #Place}. */
    public static final Node Location = pg("Location");
    public static final Node Issuer = pg("Issuer");
    public static final Node lead = pg("lead");
    public static final Node partner = pg("partner");
    public static final Node supports = pg("supports");
    public static final Node location = pg("location");
    public static final Node issuedBy = pg("issuedBy");
    public static final Node role = pg("role");
    public static final Node mention = pg("mention");
    /** The issued policy of an issuer involvement. */
    public static final Node policy = pg("policy");
    /** The words a role was read from, e.g. 会同. */
    public static final Node cue = pg("cue");
    // figures
    public static final Node Figure = pg("Figure");
    public static final Node figure = pg("figure");
    public static final Node value = pg("value");
    public static final Node unit = pg("unit");
    public static final Node counts = pg("counts");
    public static final Node date = pg("date");

    // provenance
    /** The year a report is about (xsd:gYear), the one it names most often when no title says. */
    public static final Node year = pg("year");
    public static final Node Extraction = pg("Extraction");
    public static final Node softwareVersion = pg("softwareVersion");
    public static final Node wasGeneratedBy = NodeFactory.createURI(PROV + "wasGeneratedBy");
    public static final Node used = NodeFactory.createURI(PROV + "used");
    public static final Node wasAssociatedWith = NodeFactory.createURI(PROV + "wasAssociatedWith");
    public static final Node endedAtTime = NodeFactory.createURI(PROV + "endedAtTime");
    public static final Node ProvActivity = NodeFactory.createURI(PROV + "Activity");
    public static final Node ProvEntity = NodeFactory.createURI(PROV + "Entity");
    public static final Node SoftwareAgent = NodeFactory.createURI(PROV + "SoftwareAgent");

    public static final Node prefLabel = NodeFactory.createURI(SKOS + "prefLabel");
    public static final Node altLabel = NodeFactory.createURI(SKOS + "altLabel");
}
