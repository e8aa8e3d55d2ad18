// Every writer on a graph whose handles and names are hostile: the outputs must parse with the
// real parsers (libxml2 with the GEXF 1.3 Relax NG schema, Graphviz's cgraph and `dot`) and every
// label must come back as written, as far as each format allows.
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>
#include <igraph/igraph.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <tuple>

#include "analysis/metrics.hpp"
#include "core/error.hpp"
#include "export/colors.hpp"
#include "export/escape.hpp"
#include "export/render.hpp"
#include "export/tables.hpp"
#include "export/write_csv.hpp"
#include "export/write_dot.hpp"
#include "export/write_gexf.hpp"
#include "export/write_graphml.hpp"
#include "io/csv.hpp"
#include "test_support.hpp"

namespace agencynet {
namespace {

// Hostile names and handles, as JSON string bodies (escaped for JSON).
const std::vector<std::pair<std::string, std::string>> kHostile = {
    {R"(quote\"d)", R"(Say \"hello\" & <b>bold</b>)"},
    {R"(back\\slash)", R"(C:\\path\\n not a newline)"},
    {"new\\nline", "two\\nlines\\r\\nand CRLF"},
    {"emoji\\ud83c\\udfdb", "City Hall \\ud83c\\udfdb\\ufe0f \\ud83d\\ude80"},
    {"rtl\\u200f", "\\u200f\\u05e2\\u05d9\\u05e8\\u05d9\\u05d9\\u05d4 \\u202eevil"},
    {"ctrl\\u0001\\u0007", "nul\\u0000in\\u001fside\\ttab"},
    {"amp&lt;", "&amp; &lt; already escaped"},
    {"", "No handle, only a name \\\"with quotes\\\""},
    {"", std::string(20000, 'x') + " a very long name " + std::string(20000, 'y')},
};

struct Built {
  Network network;
  LayeredGraph graph;
  AccountMetrics metrics;
};

Built BuildHostile() {
  // Account i+1 posts and mentions account i+2 (cyclically), so every account has edges.
  std::string text;
  const std::size_t n = kHostile.size();
  for (std::size_t i = 0; i < n; ++i) {
    const std::string& handle = kHostile[i].first;
    const std::string& name = kHostile[i].second;
    const std::size_t next = (i + 1) % n + 1;
    text += R"({"id_str":")" + std::to_string(1000 + i) + R"(","text":"x","user":{"id_str":")" +
            std::to_string(i + 1) + R"(")" +
            (handle.empty() ? std::string() : R"(,"screen_name":")" + handle + "\"") +
            R"(,"name":")" + name + R"("},"entities":{"user_mentions":[{"id_str":")" +
            std::to_string(next) + R"("}]}})" + "\n";
  }
  Network network = testing::LoadSnippet(text);
  EXPECT_EQ(network.report.errors, 0u);
  EXPECT_EQ(network.accounts.size(), n);
  LayeredGraph graph = BuildLayeredGraph(network.accounts.size(), network.interactions, kAllKinds);
  AccountMetrics metrics = ComputeMetrics(graph);
  return {std::move(network), std::move(graph), std::move(metrics)};
}

using XmlDoc = std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)>;

std::string Attr(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!value) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

bool Named(xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE &&
         std::string(reinterpret_cast<const char*>(node->name)) == name;
}

void ValidateGexf(const std::string& path) {
  AGENCYNET_REQUIRE_DATA(data);
  const std::string schema = (data.parent_path() / "gexf-schema/1.3/gexf.rng").string();
  std::unique_ptr<xmlRelaxNGParserCtxt, decltype(&xmlRelaxNGFreeParserCtxt)> parser(
      xmlRelaxNGNewParserCtxt(schema.c_str()), xmlRelaxNGFreeParserCtxt);
  ASSERT_TRUE(parser) << schema;
  std::unique_ptr<xmlRelaxNG, decltype(&xmlRelaxNGFree)> rng(xmlRelaxNGParse(parser.get()),
                                                             xmlRelaxNGFree);
  ASSERT_TRUE(rng) << "cannot read the GEXF schema at " << schema;
  std::unique_ptr<xmlRelaxNGValidCtxt, decltype(&xmlRelaxNGFreeValidCtxt)> valid(
      xmlRelaxNGNewValidCtxt(rng.get()), xmlRelaxNGFreeValidCtxt);
  XmlDoc doc(xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET), xmlFreeDoc);
  ASSERT_TRUE(doc) << path << " is not well-formed XML";
  EXPECT_EQ(xmlRelaxNGValidateDoc(valid.get(), doc.get()), 0) << path << " fails GEXF 1.3";
}

TEST(WritersTest, GexfValidatesAndLabelsRoundTrip) {
  const Built b = BuildHostile();
  testing::TempDir dir;
  const std::string path = (dir / "network.gexf").string();
  WriteGexf(path, b.network, b.graph, b.metrics);
  ValidateGexf(path);

  XmlDoc doc(xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET), xmlFreeDoc);
  ASSERT_TRUE(doc);
  std::map<std::string, std::pair<std::string, std::string>> seen;  // id -> label, name
  int edges = 0;
  std::function<void(xmlNode*)> walk = [&](xmlNode* node) {
    for (; node; node = node->next) {
      if (Named(node, "node")) {
        std::string name;
        for (xmlNode* c = node->children; c; c = c->next) {
          if (!Named(c, "attvalues")) continue;
          for (xmlNode* v = c->children; v; v = v->next) {
            if (Named(v, "attvalue") && Attr(v, "for") == "name") name = Attr(v, "value");
          }
        }
        seen[Attr(node, "id")] = {Attr(node, "label"), name};
      }
      if (Named(node, "edge")) {
        ++edges;
        EXPECT_EQ(Attr(node, "kind"), "mention");
      }
      walk(node->children);
    }
  };
  walk(xmlDocGetRootElement(doc.get()));
  EXPECT_EQ(edges, static_cast<int>(kHostile.size()));
  ASSERT_EQ(seen.size(), b.network.accounts.size());
  for (const Account& a : b.network.accounts.accounts()) {
    ASSERT_TRUE(seen.count(a.id)) << a.id;
    EXPECT_EQ(seen[a.id].first, OneLineText(DisplayLabel(a))) << a.id;
    EXPECT_EQ(seen[a.id].second, CleanText(a.name)) << a.id;
  }
}

// Graphviz shows a label after escString processing: \\ is a backslash, \" a quote, \n a line.
std::string DecodeEscString(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      const char c = text[++i];
      out += c == 'n' ? '\n' : c;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string ExpectedDotLabel(const Account& a) {
  std::string clean = CleanText(Shorten(DisplayLabel(a), 60));
  std::string out;
  for (std::size_t i = 0; i < clean.size(); ++i) {
    if (clean[i] == '\r') {
      if (i + 1 < clean.size() && clean[i + 1] == '\n') ++i;
      out += '\n';
    } else {
      out += clean[i];
    }
  }
  return out;
}

TEST(WritersTest, DotParsesWithCgraphRendersWithDotAndLabelsRoundTrip) {
  const Built b = BuildHostile();
  testing::TempDir dir;
  const std::string path = (dir / "network.dot").string();
  WriteDot(path, b.network, b.graph, b.metrics, DotParams{.top = 0});
  const std::string text = testing::ReadText(path);
  ASSERT_EQ(text.rfind("digraph ", 0), 0u);

  Agraph_t* g = agmemread(text.c_str());
  ASSERT_NE(g, nullptr) << "cgraph cannot parse " << path;
  std::unique_ptr<Agraph_t, decltype(&agclose)> guard(g, agclose);
  EXPECT_TRUE(agisdirected(g));
  EXPECT_EQ(agnnodes(g), static_cast<int>(b.network.accounts.size()));
  EXPECT_EQ(agnedges(g), static_cast<int>(kHostile.size()));
  EXPECT_STREQ(agget(g, const_cast<char*>("layout")), "sfdp");
  for (const Account& a : b.network.accounts.accounts()) {
    Agnode_t* node = agnode(g, const_cast<char*>(NodeKey(a).c_str()), 0);
    ASSERT_NE(node, nullptr) << a.id;
    const char* label = agget(node, const_cast<char*>("label"));
    ASSERT_NE(label, nullptr);
    // Graphviz reads "&amp;" in a label as "&".
    std::string decoded = DecodeEscString(label);
    for (std::size_t at = decoded.find("&amp;"); at != std::string::npos;
         at = decoded.find("&amp;", at + 1)) {
      decoded.replace(at, 5, "&");
    }
    EXPECT_EQ(decoded, ExpectedDotLabel(a)) << a.id;
  }
  const std::string svg = (dir / "network.svg").string();
  EXPECT_EQ(std::system(("dot -Tsvg '" + path + "' -o '" + svg + "' 2>/dev/null").c_str()), 0);
  EXPECT_NE(testing::ReadText(svg).find("</svg>"), std::string::npos);
}

// Text content of an element and its descendants.
std::string TextOf(xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string out = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return out;
}

// Graphviz's SVG of the hostile accounts: well-formed, one node group per account whose title is
// the node's key and whose text lines are the label's lines.
TEST(WritersTest, RenderedSvgHoldsEveryAccountWithItsLabel) {
  const Built b = BuildHostile();
  const std::string svg =
      RenderDot(FormatDot(b.network, b.graph, b.metrics, DotParams{.top = 0}), "sfdp", "svg");
  XmlDoc doc(xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "network.svg", nullptr,
                           XML_PARSE_NONET),
             xmlFreeDoc);
  ASSERT_TRUE(doc) << "the SVG is not well-formed XML";
  std::map<std::string, std::string> labels;  // node title -> text lines joined by newlines
  std::vector<xmlNode*> stack = {xmlDocGetRootElement(doc.get())};
  while (!stack.empty()) {
    xmlNode* node = stack.back();
    stack.pop_back();
    for (xmlNode* child = node->children; child; child = child->next) stack.push_back(child);
    if (!Named(node, "g") || Attr(node, "class") != "node") continue;
    // <title> is a child; the <text> lines sit inside the tooltip's <a>, in document order.
    std::string title, text;
    std::vector<xmlNode*> inside = {node};
    while (!inside.empty()) {
      xmlNode* x = inside.back();
      inside.pop_back();
      if (Named(x, "title") && x->parent == node) title = TextOf(x);
      if (Named(x, "text")) text += (text.empty() ? "" : "\n") + TextOf(x);
      std::vector<xmlNode*> children;
      for (xmlNode* child = x->children; child; child = child->next) children.push_back(child);
      inside.insert(inside.end(), children.rbegin(), children.rend());
    }
    labels[title] = text;
  }
  ASSERT_EQ(labels.size(), b.network.accounts.size());
  for (const Account& a : b.network.accounts.accounts()) {
    ASSERT_TRUE(labels.count(NodeKey(a))) << NodeKey(a);
    std::string want = ExpectedDotLabel(a);
    EXPECT_EQ(labels[NodeKey(a)], want) << a.id;
  }
}

TEST(WritersTest, RendersEveryEngineAndFormat) {
  const Built b = BuildHostile();
  const std::string dot = FormatDot(b.network, b.graph, b.metrics);
  for (const char* engine : {"sfdp", "neato", "fdp", "dot", "circo", "twopi"}) {
    EXPECT_NE(RenderDot(dot, engine, "svg").find("</svg>"), std::string::npos) << engine;
  }
  const std::string png = RenderDot(dot, "sfdp", "png");
  ASSERT_GT(png.size(), 1000u);
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  const std::string pdf = RenderDot(dot, "sfdp", "pdf");
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_NE(pdf.find("%%EOF"), std::string::npos);
  EXPECT_THROW(RenderDot(dot, "spring", "svg"), UsageError);
  EXPECT_THROW(RenderDot(dot, "sfdp", "gif"), UsageError);
  EXPECT_THROW(RenderDot("digraph { a -> ", "sfdp", "svg"), OutputError);
  EXPECT_THROW(FormatDot(b.network, b.graph, b.metrics, DotParams{.size_by = "charm"}), UsageError);
}

TEST(WritersTest, InteragencyPictureKeepsGovernmentAccountsOnly) {
  Built b = BuildHostile();
  // No government account yet: the picture says so under its title.
  const std::string empty =
      RenderDot(FormatDot(b.network, b.graph, b.metrics,
                          DotParams{.title = "Interagency", .government_only = true}),
                "sfdp", "svg");
  EXPECT_NE(empty.find(">Interagency</text>"), std::string::npos) << empty;
  EXPECT_NE(empty.find("No government accounts to draw"), std::string::npos) << empty;
  b.network.accounts[2].role = "agency";
  b.network.accounts[3].role = "agency";
  const std::string dot =
      FormatDot(b.network, b.graph, b.metrics, DotParams{.government_only = true});
  Agraph_t* g = agmemread(dot.c_str());
  ASSERT_NE(g, nullptr);
  std::unique_ptr<Agraph_t, decltype(&agclose)> guard(g, agclose);
  EXPECT_EQ(agnnodes(g), 2);
  EXPECT_EQ(agnedges(g), 1);  // account 3 mentions account 4
  const std::string label = agget(g, const_cast<char*>("label"));
  EXPECT_NE(label.find("top 2 of 2 government accounts"), std::string::npos) << label;
  EXPECT_NE(label.find("1 of 1 edges shown"), std::string::npos) << label;
}

// Hex of a string's bytes, so values pass through a shell pipe unchanged.
std::string Hex(std::string_view text) {
  static const char* kDigits = "0123456789abcdef";
  std::string out;
  for (const unsigned char c : text) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

// graphology-gexf (the GEXF parser of Gephi Lite, from npm; scripts/setup.sh installs it) reads
// every account with its label and colour, and every edge.
TEST(WritersTest, GexfOpensInGraphology) {
  const auto js = testing::SourceDir() / "tests/js";
  ASSERT_TRUE(std::filesystem::exists(js / "node_modules/graphology-gexf/package.json"))
      << "graphology-gexf is not installed in " << js << ": run scripts/setup.sh (npm ci there)";
  const Built b = BuildHostile();
  testing::TempDir dir;
  const std::string path = (dir / "network.gexf").string();
  WriteGexf(path, b.network, b.graph, b.metrics);
  const testing::CommandResult run =
      testing::Shell("node '" + (js / "read_gexf.mjs").string() + "' '" + path + "'");
  ASSERT_EQ(run.code, 0) << run.output;
  std::string want = std::to_string(b.network.accounts.size()) + " " +
                     std::to_string(kHostile.size()) + " directed\n";
  for (const Account& a : b.network.accounts.accounts()) {
    const Rgb c = RoleColor(a.role);
    want += "[" + JsonQuote(NodeKey(a)) + "," + JsonQuote(OneLineText(DisplayLabel(a))) +
            ",\"rgb(" + std::to_string(c.r) + "," + std::to_string(c.g) + "," +
            std::to_string(c.b) + ")\"]\n";
  }
  EXPECT_EQ(run.output, want);
}

// NetworkX (Debian's 2.8, through tests/py/read_gexf.py) reads the same file: every account with
// its label and full name.
TEST(WritersTest, GexfOpensInNetworkx) {
  const Built b = BuildHostile();
  testing::TempDir dir;
  const std::string path = (dir / "network.gexf").string();
  WriteGexf(path, b.network, b.graph, b.metrics, GexfParams{.timeline = true});
  const testing::CommandResult run = testing::Shell(
      "/usr/bin/python3 '" + (testing::SourceDir() / "tests/py/read_gexf.py").string() + "' '" +
      path + "'");
  ASSERT_EQ(run.code, 0) << run.output;
  std::string want =
      std::to_string(b.network.accounts.size()) + " " + std::to_string(kHostile.size()) + " True\n";
  std::map<std::string, std::string> lines;
  for (const Account& a : b.network.accounts.accounts()) {
    lines[NodeKey(a)] = Hex(NodeKey(a)) + " " + Hex(OneLineText(DisplayLabel(a))) + " " +
                        Hex(CleanText(a.name)) + "\n";
  }
  for (const auto& [key, line] : lines) want += line;
  EXPECT_EQ(run.output, want);
}

TEST(WritersTest, GexfTimelineAndPositionsValidate) {
  // Two posts a day apart: the mention edge lives from the first to the second.
  Network network = testing::LoadSnippet(
      R"({"id_str":"1","text":"hi @b","created_at":"Sun Mar 01 10:00:00 +0000 2026",)"
      R"("user":{"id_str":"1","screen_name":"a"},"entities":{"user_mentions":[{"id_str":"2"}]}})"
      "\n"
      R"({"id_str":"2","text":"again @b","created_at":"Mon Mar 02 10:00:00 +0000 2026",)"
      R"("user":{"id_str":"1","screen_name":"a"},"entities":{"user_mentions":[{"id_str":"2"}]}})"
      "\n");
  const LayeredGraph graph =
      BuildLayeredGraph(network.accounts.size(), network.interactions, kAllKinds);
  const AccountMetrics metrics = ComputeMetrics(graph);
  GexfParams params{.color_by = "community", .size_by = "in_degree", .timeline = true};
  params.positions =
      LayoutPositions(FormatDot(network, graph, metrics, DotParams{.labels = 0}), "neato");
  ASSERT_EQ(params.positions.size(), 2u);
  testing::TempDir dir;
  const std::string path = (dir / "timeline.gexf").string();
  WriteGexf(path, network, graph, metrics, params);
  ValidateGexf(path);
  const std::string text = testing::ReadText(path);
  EXPECT_NE(text.find("mode=\"dynamic\" timeformat=\"dateTime\""), std::string::npos);
  EXPECT_NE(text.find("start=\"2026-03-01T10:00:00Z\" end=\"2026-03-02T10:00:00Z\""),
            std::string::npos)
      << text;
  std::size_t positions = 0;
  for (std::size_t at = text.find("<viz:position"); at != std::string::npos;
       at = text.find("<viz:position", at + 1)) {
    ++positions;
  }
  EXPECT_EQ(positions, 2u);
  // The node with more incoming edges is drawn larger.
  EXPECT_NE(text.find("<viz:size value=\"40\"/>"), std::string::npos) << text;
  EXPECT_THROW(FormatGexf(network, graph, metrics, GexfParams{.color_by = "mood"}), UsageError);
}

TEST(WritersTest, GraphmlReadsBackInIgraphAndNetworkx) {
  const Built b = BuildHostile();
  testing::TempDir dir;
  const std::string path = (dir / "network.graphml").string();
  WriteGraphml(path, b.network, b.graph, b.metrics);
  XmlDoc doc(xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET), xmlFreeDoc);
  ASSERT_TRUE(doc) << "not well-formed XML";

  // igraph, with its C attribute handler for the duration of the test.
  igraph_attribute_table_t* previous = igraph_set_attribute_table(&igraph_cattribute_table);
  igraph_t g;
  FILE* file = std::fopen(path.c_str(), "r");
  ASSERT_NE(file, nullptr);
  const igraph_error_t read = igraph_read_graph_graphml(&g, file, 0);
  std::fclose(file);
  ASSERT_EQ(read, IGRAPH_SUCCESS);
  EXPECT_TRUE(igraph_is_directed(&g));
  EXPECT_EQ(igraph_vcount(&g), static_cast<igraph_integer_t>(b.network.accounts.size()));
  EXPECT_EQ(igraph_ecount(&g), static_cast<igraph_integer_t>(kHostile.size()));
  std::map<std::string, std::pair<std::string, std::string>> by_id;  // id -> handle, name
  for (igraph_integer_t v = 0; v < igraph_vcount(&g); ++v) {
    by_id[VAS(&g, "id", v)] = {VAS(&g, "handle", v), VAS(&g, "name", v)};
  }
  igraph_destroy(&g);
  igraph_set_attribute_table(previous);
  for (const Account& a : b.network.accounts.accounts()) {
    ASSERT_TRUE(by_id.count(NodeKey(a))) << NodeKey(a);
    EXPECT_EQ(by_id[NodeKey(a)].first, CleanText(a.handle)) << a.id;
    EXPECT_EQ(by_id[NodeKey(a)].second, CleanText(a.name)) << a.id;
  }

  // NetworkX: each node's id, handle and name in hex, one line each.
  const testing::CommandResult nx = testing::Shell(
      "/usr/bin/python3 -c 'import sys, networkx as nx\n"
      "g = nx.read_graphml(sys.argv[1])\n"
      "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())\n"
      "for n, d in sorted(g.nodes(data=True)):\n"
      "    print(n.encode().hex(), d.get(\"handle\", \"\").encode().hex(), "
      "d.get(\"name\", \"\").encode().hex())' '" +
      path + "'");
  ASSERT_EQ(nx.code, 0) << nx.output;
  std::string want =
      std::to_string(b.network.accounts.size()) + " " + std::to_string(kHostile.size()) + " True\n";
  std::map<std::string, std::string> lines;
  for (const Account& a : b.network.accounts.accounts()) {
    lines[NodeKey(a)] =
        Hex(NodeKey(a)) + " " + Hex(CleanText(a.handle)) + " " + Hex(CleanText(a.name)) + "\n";
  }
  for (const auto& [key, line] : lines) want += line;
  EXPECT_EQ(nx.output, want);
}

TEST(WritersTest, CsvRoundTripsThroughAnRfc4180Reader) {
  const Built b = BuildHostile();
  testing::TempDir dir;
  const std::string path = (dir / "accounts.csv").string();
  WriteAccountsCsv(path, b.network, b.metrics);
  const std::string text = testing::ReadText(path);
  CsvReader reader(text);
  std::vector<std::string> fields;
  ASSERT_TRUE(reader.Next(fields));
  EXPECT_EQ(fields[0], "platform");
  EXPECT_EQ(fields[3], "name");
  for (const Account& a : b.network.accounts.accounts()) {
    ASSERT_TRUE(reader.Next(fields));
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ(fields[1], a.id);
    EXPECT_EQ(fields[2], CleanText(a.handle));
    EXPECT_EQ(fields[3], CleanText(a.name));
  }
  EXPECT_FALSE(reader.Next(fields));
}

// The names Graphviz gives nodes, which --layout's positions are looked up by.
TEST(WritersTest, DotNodeNameIsWhatGraphvizReads) {
  for (const std::string handle : {"plain", "back\\slash", "quo\"te", "new\nline", "end\\"}) {
    Account account;
    account.handle = handle;  // no ID: the key is platform:@handle
    const std::string dot = "digraph { " + DotQuote(NodeKey(account)) + " }";
    Agraph_t* g = agmemread(dot.c_str());
    ASSERT_NE(g, nullptr) << dot;
    std::unique_ptr<Agraph_t, decltype(&agclose)> guard(g, agclose);
    ASSERT_NE(agfstnode(g), nullptr);
    EXPECT_EQ(agnameof(agfstnode(g)), DotNodeName(account)) << dot;
  }
}

TEST(WritersTest, DotKeepsTheHeaviestEdgesWhenThereAreTooMany) {
  // 1 mentions 2 in three posts, 2 -> 3 and 3 -> 1 in two, 1 -> 3 in one: room for three
  // edges keeps those made by at least two posts.
  std::string text;
  const std::vector<std::pair<int, int>> posts = {{1, 2}, {1, 2}, {1, 2}, {2, 3},
                                                  {2, 3}, {3, 1}, {3, 1}, {1, 3}};
  for (std::size_t i = 0; i < posts.size(); ++i) {
    text += R"({"id_str":")" + std::to_string(100 + i) + R"(","text":"x","user":{"id_str":")" +
            std::to_string(posts[i].first) + R"("},"entities":{"user_mentions":[{"id_str":")" +
            std::to_string(posts[i].second) + "\"}]}}\n";
  }
  const Network network = testing::LoadSnippet(text);
  const LayeredGraph graph =
      BuildLayeredGraph(network.accounts.size(), network.interactions, kAllKinds);
  const AccountMetrics metrics = ComputeMetrics(graph);
  const std::string dot =
      FormatDot(network, graph, metrics, DotParams{.top = 0, .edges_per_account = 1});
  Agraph_t* g = agmemread(dot.c_str());
  ASSERT_NE(g, nullptr);
  std::unique_ptr<Agraph_t, decltype(&agclose)> guard(g, agclose);
  EXPECT_EQ(agnnodes(g), 3);
  EXPECT_EQ(agnedges(g), 3);
  const std::string label = agget(g, const_cast<char*>("label"));
  EXPECT_NE(label.find("3 of 4 edges shown (those made by at least 2 posts)"), std::string::npos)
      << label;
  // With room for them, every edge.
  const std::string all = FormatDot(network, graph, metrics, DotParams{.top = 0});
  EXPECT_NE(all.find("4 of 4 edges shown;"), std::string::npos);
  // Edges that all weigh the same are all kept, even past the limit: none is heavier.
  std::vector<Interaction> even = network.interactions;  // one post per pair
  std::sort(even.begin(), even.end(), [](const Interaction& a, const Interaction& b) {
    return std::tie(a.source, a.target) < std::tie(b.source, b.target);
  });
  even.erase(std::unique(even.begin(), even.end(),
                         [](const Interaction& a, const Interaction& b) {
                           return a.source == b.source && a.target == b.target;
                         }),
             even.end());
  const LayeredGraph flat = BuildLayeredGraph(network.accounts.size(), even, kAllKinds);
  const std::string kept =
      FormatDot(network, flat, ComputeMetrics(flat), DotParams{.top = 0, .edges_per_account = 1});
  EXPECT_NE(kept.find("4 of 4 edges shown;"), std::string::npos) << kept.substr(0, 600);
}

TEST(WritersTest, DotShowsOnlyTheTopAccountsAndSaysWhatItLeftOut) {
  const Built b = BuildHostile();
  testing::TempDir dir;
  const std::string path = (dir / "top.dot").string();
  WriteDot(path, b.network, b.graph, b.metrics, DotParams{.top = 3});
  Agraph_t* g = agmemread(testing::ReadText(path).c_str());
  ASSERT_NE(g, nullptr);
  std::unique_ptr<Agraph_t, decltype(&agclose)> guard(g, agclose);
  EXPECT_EQ(agnnodes(g), 3);
  const std::string label = agget(g, const_cast<char*>("label"));
  EXPECT_NE(label.find("top 3 of 9 accounts"), std::string::npos) << label;
}

TEST(WritersTest, FailedWritesLeaveNoFileBehind) {
  const Built b = BuildHostile();
  EXPECT_THROW(WriteGexf("/nonexistent-folder/x.gexf", b.network, b.graph, b.metrics),
               std::exception);
}

}  // namespace
}  // namespace agencynet
