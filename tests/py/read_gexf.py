"""Opens a GEXF 1.3 file with NetworkX (Debian's python3-networkx 2.8, whose reader knows GEXF
1.1draft and 1.2draft: this registers the 1.3 namespaces with the same reader, and GEXF 1.3's
dateTime time format as text) and prints what it
read: "nodes edges directed", then one line per node, sorted by key: key, label and the `name`
attribute, each as hex of its UTF-8 bytes. Used by tests/export/writers_test.cpp.

  /usr/bin/python3 tests/py/read_gexf.py FILE.gexf"""
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF

GEXF.versions["1.3"] = dict(
    GEXF.versions["1.2draft"],
    NS_GEXF="http://gexf.net/1.3",
    NS_VIZ="http://gexf.net/1.3/viz",
    SCHEMALOCATION="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    VERSION="1.3",
)

_construct_types = GEXF.construct_types


def construct_types(self):
    _construct_types(self)
    self.python_type["dateTime"] = str


GEXF.construct_types = construct_types

graph = nx.read_gexf(sys.argv[1], version="1.3")
print(graph.number_of_nodes(), graph.number_of_edges(), graph.is_directed())
for key, data in sorted(graph.nodes(data=True)):
    print(key.encode().hex(), str(data.get("label", "")).encode().hex(),
          str(data.get("name", "")).encode().hex())
