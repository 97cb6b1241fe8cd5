package org.yuanliu.engine;

import java.util.List;

/**
 * A local node's place in a cluster of loopback nodes.
 *
 * @param cluster            the cluster name all members share
 * @param nodeName           this member's name
 * @param transportPort      this member's transport port (node-to-node traffic)
 * @param peerTransportPorts every member's transport port, this one's included (the seed hosts)
 * @param initialMasterNodes the names of the master-eligible members that elect the first master
 */
public record ClusterMembership(String cluster, String nodeName, int transportPort, List<Integer> peerTransportPorts,
                                List<String> initialMasterNodes) {
    public ClusterMembership {
        peerTransportPorts = List.copyOf(peerTransportPorts);
        initialMasterNodes = List.copyOf(initialMasterNodes);
    }
}
