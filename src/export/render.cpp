#include "export/render.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <string_view>

#include "core/error.hpp"

namespace agencynet {

namespace {

constexpr std::array<std::string_view, 6> kEngines = {"sfdp", "neato", "fdp",
                                                      "dot",  "circo", "twopi"};

// Graphviz's renderer names: cairo draws PDF and PNG with anti-aliased text.
const char* Renderer(const std::string& format) {
  if (format == "svg") return "svg";
  if (format == "pdf") return "pdf:cairo";
  if (format == "png") return "png:cairo";
  return nullptr;
}

struct ContextDeleter {
  void operator()(GVC_t* c) const { gvFreeContext(c); }
};
struct GraphDeleter {
  void operator()(Agraph_t* g) const { agclose(g); }
};

void CheckEngine(const std::string& engine) {
  if (std::find(kEngines.begin(), kEngines.end(), engine) == kEngines.end()) {
    throw UsageError("unknown --engine '" + engine +
                     "'; expected sfdp, neato, fdp, dot, circo or twopi");
  }
}

// A graph read from DOT and laid out; freed (layout, then graph, then context) on scope exit.
class LaidOut {
 public:
  LaidOut(const std::string& dot, const std::string& engine) {
    agseterr(AGMAX);  // Graphviz's own messages stay quiet; failures are reported here
    gvc_.reset(gvContext());
    graph_.reset(agmemread(dot.c_str()));
    if (!graph_) throw OutputError("Graphviz could not read the graph to draw");
    if (gvLayout(gvc_.get(), graph_.get(), engine.c_str()) != 0) {
      throw OutputError("Graphviz could not lay out the graph with " + engine);
    }
    laid_out_ = true;
  }
  ~LaidOut() {
    if (laid_out_) gvFreeLayout(gvc_.get(), graph_.get());
  }
  LaidOut(const LaidOut&) = delete;
  LaidOut& operator=(const LaidOut&) = delete;
  GVC_t* gvc() const { return gvc_.get(); }
  Agraph_t* graph() const { return graph_.get(); }

 private:
  std::unique_ptr<GVC_t, ContextDeleter> gvc_;
  std::unique_ptr<Agraph_t, GraphDeleter> graph_;
  bool laid_out_ = false;
};

// Renders a laid-out graph with a Graphviz renderer into memory; empty on failure.
std::string RenderTo(const LaidOut& laid, const char* renderer) {
  char* data = nullptr;
  unsigned int length = 0;
  const int rendered = gvRenderData(laid.gvc(), laid.graph(), renderer, &data, &length);
  std::string out;
  if (rendered == 0 && data) out.assign(data, length);
  if (data) gvFreeRenderData(data);
  return out;
}

}  // namespace

std::string RenderDot(const std::string& dot, const std::string& engine,
                      const std::string& format) {
  CheckEngine(engine);
  const char* renderer = Renderer(format);
  if (!renderer) throw UsageError("unknown --format '" + format + "'; expected svg, pdf or png");
  const LaidOut laid(dot, engine);
  const std::string out = RenderTo(laid, renderer);
  if (out.empty()) {
    throw OutputError("Graphviz could not draw " + format + " (is its " + renderer +
                      " plugin installed? scripts/setup.sh installs it)");
  }
  return out;
}

std::map<std::string, std::pair<double, double>> LayoutPositions(const std::string& dot,
                                                                 const std::string& engine) {
  CheckEngine(engine);
  const LaidOut laid(dot, engine);
  // Rendering as DOT writes each node's position into its "pos" attribute.
  if (RenderTo(laid, "dot").empty()) throw OutputError("Graphviz could not lay out the graph");
  std::map<std::string, std::pair<double, double>> positions;
  for (Agnode_t* node = agfstnode(laid.graph()); node; node = agnxtnode(laid.graph(), node)) {
    const char* pos = agget(node, const_cast<char*>("pos"));
    double x = 0, y = 0;
    if (pos && std::sscanf(pos, "%lf,%lf", &x, &y) == 2) positions[agnameof(node)] = {x, y};
  }
  return positions;
}

}  // namespace agencynet
