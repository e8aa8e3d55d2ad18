#include "export/render.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <array>
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

}  // namespace

std::string RenderDot(const std::string& dot, const std::string& engine,
                      const std::string& format) {
  if (std::find(kEngines.begin(), kEngines.end(), engine) == kEngines.end()) {
    throw UsageError("unknown --engine '" + engine +
                     "'; expected sfdp, neato, fdp, dot, circo or twopi");
  }
  const char* renderer = Renderer(format);
  if (!renderer) throw UsageError("unknown --format '" + format + "'; expected svg, pdf or png");
  agseterr(AGMAX);  // Graphviz's own messages stay quiet; failures are reported below
  const std::unique_ptr<GVC_t, ContextDeleter> gvc(gvContext());
  const std::unique_ptr<Agraph_t, GraphDeleter> graph(agmemread(dot.c_str()));
  if (!graph) throw OutputError("Graphviz could not read the graph to draw");
  if (gvLayout(gvc.get(), graph.get(), engine.c_str()) != 0) {
    throw OutputError("Graphviz could not lay out the graph with " + engine);
  }
  char* data = nullptr;
  unsigned int length = 0;
  const int rendered = gvRenderData(gvc.get(), graph.get(), renderer, &data, &length);
  std::string out;
  if (rendered == 0 && data) out.assign(data, length);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc.get(), graph.get());
  if (rendered != 0 || out.empty()) {
    throw OutputError("Graphviz could not draw " + format + " (is its " + renderer +
                      " plugin installed? scripts/setup.sh installs it)");
  }
  return out;
}

}  // namespace agencynet
