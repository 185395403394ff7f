package org.policygraph.serve;

import java.util.Set;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.build.DatasetDescriptionMap;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policygraph.load.DatasetConfig;

/**
 * The configuration's {@code fuseki:Service} (endpoints, timeouts, allowed users), built by
 * Fuseki's own configuration code over the dataset the report store already opened: one
 * dataset object, so the server and the loader share one text index writer.
 */
final class ConfiguredService {
    /** Operations that change the dataset: each must require a login. */
    static final Set<Operation> WRITES = Set.of(Operation.Update, Operation.GSP_RW, Operation.Upload, Operation.Patch, Operation.PREFIXES_RW);

    private ConfiguredService() {}

    static DataService build(DatasetConfig config, DatasetGraph dataset) {
        DatasetDescriptionMap datasets = new DatasetDescriptionMap();
        datasets.register(config.datasetDescription().asNode(), dataset);
        DataAccessPoint access = FusekiConfig.buildDataAccessPoint(config.model().getGraph(), config.service().asNode(), datasets);
        if (access == null) throw new IllegalArgumentException(config.origin() + ": its fuseki:Service could not be built (the log says why)");
        DataService service = access.getDataService();
        requireLoginToWrite(config, service);
        return service;
    }

    /** Refuses a configuration that would let anyone change the data. */
    private static void requireLoginToWrite(DatasetConfig config, DataService service) {
        if (needsLogin(service.authPolicy())) return;
        for (Endpoint e : service.getEndpoints()) {
            if (WRITES.contains(e.getOperation()) && !needsLogin(e.getAuthPolicy())) {
                throw new IllegalArgumentException(config.origin() + ": the " + e.getOperation().getName() + " endpoint '" + e.getName()
                        + "' lets anyone write; give it fuseki:allowedUsers \"admin\"");
            }
        }
    }

    private static boolean needsLogin(AuthPolicy policy) {
        return policy != null && !policy.isAllowed(null);
    }
}
