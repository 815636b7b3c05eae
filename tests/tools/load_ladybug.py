"""Loads a newsgraph export into Ladybug, the embedded Cypher graph database (the maintained
fork of Kùzu), and prints what a Cypher query finds there as JSON:
{"nodes": [[id, name]], "edges": [[source id, TYPE, target id]],
"advises": [[adviser name, advised name]]}.

    load_ladybug.py cypher GRAPH.cypher   runs the script (twice: it must be idempotent)
    load_ladybug.py csv FOLDER            loads FOLDER/nodes.csv and FOLDER/edges.csv

Ladybug, unlike Neo4j, needs a schema before data: this script creates it. That is the only
thing it adds; the exported files are read as they are. For the Neo4j CSV files it reads them
with Ladybug's own CSV reader (LOAD FROM), which keeps Neo4j's column names (`id:ID`, `:TYPE`)
and reads the typed header `weight:int` as an integer column `weight`, into one node table, since
Neo4j's import puts every node in one file.
Run by tests/it/exports.rs with the Python of target/tools/py (scripts/test installs it).
"""

import json
import sys

import ladybug

LABELS = ["Person", "Country", "Role", "Organization"]
TYPES = ["MET_WITH", "ADVISES", "DEMANDS", "REPRESENTS", "HOLDS_ROLE"]
EXTRA_COLUMNS = {"Country": ", iso3 STRING", "Role": ", title STRING, country STRING"}


def rows(connection, query):
    result = connection.execute(query)
    out = []
    while result.has_next():
        out.append(result.get_next())
    return out


def load_cypher(connection, path):
    for label in LABELS:
        connection.execute(
            f"CREATE NODE TABLE {label}(id STRING PRIMARY KEY, name STRING, kind STRING, "
            f"aliases STRING[], mentions INT64{EXTRA_COLUMNS.get(label, '')})"
        )
    pairs = ", ".join(f"FROM {a} TO {b}" for a in LABELS for b in LABELS)
    for kind in TYPES:
        connection.execute(
            f"CREATE REL TABLE {kind}({pairs}, weight INT64, former BOOLEAN, evidence STRING, what STRING)"
        )
    with open(path, encoding="utf-8") as f:
        script = f.read()
    for _ in range(2):
        connection.execute(script)


def load_csv(connection, folder):
    connection.execute(
        "CREATE NODE TABLE Node(id STRING PRIMARY KEY, name STRING, kind STRING, label STRING, "
        "iso3 STRING, title STRING, country STRING)"
    )
    connection.execute(
        f"COPY Node FROM (LOAD FROM '{folder}/nodes.csv' (header=true) "
        "RETURN `id:ID`, name, kind, `:LABEL`, iso3, title, country)"
    )
    for kind in TYPES:
        connection.execute(
            f"CREATE REL TABLE {kind}(FROM Node TO Node, weight INT64, what STRING, evidence STRING)"
        )
        connection.execute(
            f"COPY {kind} FROM (LOAD FROM '{folder}/edges.csv' (header=true) WHERE `:TYPE` = '{kind}' "
            "RETURN `:START_ID`, `:END_ID`, CAST(weight AS INT64), what, evidence)"
        )


def main():
    mode, path = sys.argv[1], sys.argv[2]
    connection = ladybug.Connection(ladybug.Database(":memory:"))
    {"cypher": load_cypher, "csv": load_csv}[mode](connection, path)
    nodes = rows(connection, "MATCH (n) RETURN n.id, n.name ORDER BY n.id")
    edges = rows(connection, "MATCH (a)-[r]->(b) RETURN a.id, label(r), b.id ORDER BY a.id, label(r), b.id")
    advises = rows(connection, "MATCH (a)-[:ADVISES]->(b) RETURN a.name, b.name ORDER BY a.name, b.name")
    print(json.dumps({"nodes": nodes, "edges": edges, "advises": advises}, ensure_ascii=False))


if __name__ == "__main__":
    main()
