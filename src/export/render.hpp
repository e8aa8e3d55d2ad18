// Drawing DOT in-process with Graphviz's C library (gvc): layout by an engine, then SVG, PDF or
// PNG bytes. No subprocess, no temporary files.
#pragma once

#include <map>
#include <string>
#include <utility>

namespace agencynet {

/// Lays out `dot` with `engine` (sfdp, neato, fdp, dot, circo, twopi) and renders it as `format`
/// (svg, pdf, png). Throws UsageError for an unknown engine or format, OutputError when
/// Graphviz cannot read or draw the graph. Not thread-safe (Graphviz keeps global state): call
/// from one thread at a time.
std::string RenderDot(const std::string& dot, const std::string& engine, const std::string& format);

/// Lays out `dot` with `engine` and returns each node's position (points, y up), by node name.
/// Throws as RenderDot.
std::map<std::string, std::pair<double, double>> LayoutPositions(const std::string& dot,
                                                                 const std::string& engine);

}  // namespace agencynet
