"""Reads a newsgraph export with networkx and prints what networkx found, as JSON:
{"directed", "multigraph", "nodes": [[id, name]], "edges": [[source, target, kind]]}.

    load_networkx.py json GRAPH.json        networkx.node_link_graph(data, edges="edges")
    load_networkx.py graphml GRAPH.graphml  networkx.read_graphml(path)

Run by tests/it/exports.rs with the system python3 (scripts/test installs networkx).
"""

import json
import sys

import networkx


def main():
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "json":
        with open(path, encoding="utf-8") as f:
            graph = networkx.node_link_graph(json.load(f), edges="edges")
    else:
        graph = networkx.read_graphml(path)
    print(
        json.dumps(
            {
                "directed": graph.is_directed(),
                "multigraph": graph.is_multigraph(),
                "nodes": sorted([node, data.get("name")] for node, data in graph.nodes(data=True)),
                "edges": sorted([s, t, data.get("kind")] for s, t, data in graph.edges(data=True)),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
