#!/usr/bin/python3
"""Helper of scripts/bench-graph: makes the benchmark graphs, runs one kernel in a peer library,
and prints the results table.

  bench_graph_peers.py gen-chung-lu OUT NODES EDGES SEED
      a directed scale-free graph (Chung-Lu: sources drawn with out-weights, targets with
      in-weights, both power laws), self-loops and duplicate edges dropped, node 0 = the node of
      largest expected out-degree (so a BFS from 0 explores the giant out-component); written as
      "u v" lines in a shuffled order.
  bench_graph_peers.py relabel IN OUT
      a SNAP edge list (u v [weight], '#' comments) with ids renumbered 0..n-1: node 0 is the
      account of largest out-degree (so a BFS from 0 is not trivial), the others in order of
      first appearance; the weight column, self-loops and duplicates dropped.
  bench_graph_peers.py run TOOL EDGELIST KERNEL THREADS
      TOOL: igraph, graph-tool, networkx. KERNEL: pagerank, components, kcore, bfs, betweenness,
      harmonic, betweenness-approx (graph-tool only: 100 sampled sources), reach-exact (igraph
      only: neighborhood_size of order 2). Prints one JSON line like bench_graph's: load_s (read + build, not timed in
      kernel_s), kernel_s, peak_rss_mb (getrusage, whole process), base_rss_mb (after imports,
      before loading), checksum.
  bench_graph_peers.py table RESULTS.jsonl
      the table of every run, with ratio = agencynet / fastest peer.
"""

import json
import os
import resource
import sys
import time
import warnings


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def current_rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGESIZE") / 2**20


# ---------------------------------------------------------------------------------------------
# Graph generation


def write_edges(path, edges):
    import numpy as np

    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        step = 1 << 20
        for i in range(0, len(edges), step):
            chunk = edges[i:i + step]
            f.write("\n".join(f"{u} {v}" for u, v in chunk.tolist()))
            f.write("\n")
    os.replace(tmp, path)


def gen_chung_lu(out, n, m, seed):
    import numpy as np

    rng = np.random.default_rng(seed)
    ranks = np.arange(1, n + 1, dtype=np.float64)
    # Expected degree ~ rank^(-1/(gamma-1)): out-degree exponent 2.5, in-degree exponent 2.2.
    w_out = ranks ** (-1.0 / 1.5)
    w_in = ranks ** (-1.0 / 1.2)
    w_out /= w_out.sum()
    w_in /= w_in.sum()
    # In-weights go to a random permutation of the nodes, so in- and out-degree are independent.
    in_perm = rng.permutation(n)
    keys = np.empty(0, dtype=np.int64)  # edge u->v as u * n + v
    want = m
    while True:
        draw = int(want * 1.15) + 1000
        src = rng.choice(n, size=draw, p=w_out)
        dst = in_perm[rng.choice(n, size=draw, p=w_in)]
        keep = src != dst
        keys = np.unique(np.concatenate([keys, src[keep] * n + dst[keep]]))
        if len(keys) >= m:
            break
        want = m - len(keys)
    keys = keys[rng.permutation(len(keys))[:m]]
    edges = np.stack([keys // n, keys % n], axis=1)
    # Random labels, except that the node of rank 1 (largest out-weight) becomes node 0.
    labels = rng.permutation(n)
    zero = int(np.where(labels == 0)[0][0])
    labels[zero], labels[0] = labels[0], 0
    edges = labels[edges]
    write_edges(out, edges)
    print(f"gen: {out}: {n} nodes, {len(edges)} edges", file=sys.stderr)


def relabel(src, out):
    import numpy as np

    pairs = []
    with open(src) as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split()
            pairs.append((int(parts[0]), int(parts[1])))
    raw = np.array(pairs, dtype=np.int64)
    flat = raw.reshape(-1)
    uniq, first, inverse = np.unique(flat, return_index=True, return_inverse=True)
    # Number the ids in order of first appearance.
    order = np.argsort(first, kind="stable")
    new_id = np.empty(len(uniq), dtype=np.int64)
    new_id[order] = np.arange(len(uniq))
    edges = new_id[inverse].reshape(-1, 2)
    edges = edges[edges[:, 0] != edges[:, 1]]
    _, keep = np.unique(edges, axis=0, return_index=True)
    edges = edges[np.sort(keep)]  # duplicates dropped, file order kept
    # Swap labels so that node 0 is the account of largest out-degree.
    hub = int(np.argmax(np.bincount(edges[:, 0], minlength=len(uniq))))
    swap = np.arange(len(uniq))
    swap[0], swap[hub] = hub, 0
    edges = swap[edges]
    write_edges(out, edges)
    print(f"relabel: {out}: {len(uniq)} nodes, {len(edges)} edges (from {len(raw)} lines)",
          file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# Peer runs


def read_numpy_edges(path):
    import numpy as np

    flat = np.fromfile(path, dtype=np.int64, sep=" ")
    edges = flat.reshape(-1, 2)
    n = int(edges.max()) + 1 if len(edges) else 0
    return n, edges


def run_igraph(path, kernel, threads):
    import igraph as ig

    base = current_rss_mb()
    t0 = time.perf_counter()
    g = ig.Graph.Read_Edgelist(path, directed=True)  # C reader; n = largest id + 1
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    if kernel == "pagerank":
        scores = g.pagerank(directed=True)  # PRPACK
        kernel_s = time.perf_counter() - t0
        checksum = "sum_sq=%.6e" % sum(s * s for s in scores)
    elif kernel == "components":
        weak = len(g.connected_components(mode="weak"))
        strong = len(g.connected_components(mode="strong"))
        kernel_s = time.perf_counter() - t0
        checksum = f"weak={weak} strong={strong}"
    elif kernel == "kcore":
        core = g.coreness(mode="all")
        kernel_s = time.perf_counter() - t0
        checksum = sum(core)
    elif kernel == "bfs":
        vids, layers, _ = g.bfs(0, mode="out")
        kernel_s = time.perf_counter() - t0
        total = sum(d * (layers[d + 1] - layers[d]) for d in range(len(layers) - 1))
        checksum = f"reached={len(vids)} sum_dist={total}"
    elif kernel == "betweenness":
        scores = g.betweenness(directed=True)
        kernel_s = time.perf_counter() - t0
        checksum = "%.8e" % sum(scores)
    elif kernel == "harmonic":
        scores = g.harmonic_centrality(mode="in", normalized=False)
        kernel_s = time.perf_counter() - t0
        checksum = "%.8e" % sum(scores)
    elif kernel == "reach-exact":
        # Accounts within two hops along out-edges, the node itself left out.
        sizes = g.neighborhood_size(order=2, mode="out", mindist=1)
        kernel_s = time.perf_counter() - t0
        checksum = "sum_reach2=%.6e" % float(sum(sizes))
    else:
        raise SystemExit(f"igraph: unknown kernel {kernel}")
    return g.vcount(), g.ecount(), load_s, kernel_s, checksum, base


def run_graph_tool(path, kernel, threads):
    import numpy as np

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import graph_tool as gt
        from graph_tool import centrality, topology
    gt.openmp_set_num_threads(threads)
    base = current_rss_mb()
    t0 = time.perf_counter()
    n, edges = read_numpy_edges(path)
    g = gt.Graph(directed=True)
    g.add_vertex(n)
    g.add_edge_list(edges)
    del edges
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    if kernel == "pagerank":
        # The same stopping rule as agencynet: L1 change of an iteration below 1e-12.
        pr, iterations = centrality.pagerank(g, epsilon=1e-12, ret_iter=True)
        kernel_s = time.perf_counter() - t0
        a = pr.a
        checksum = "sum_sq=%.6e iterations=%d" % (float(np.dot(a, a)), iterations)
    elif kernel == "components":
        _, weak_hist = topology.label_components(g, directed=False)
        _, strong_hist = topology.label_components(g, directed=True)
        kernel_s = time.perf_counter() - t0
        checksum = f"weak={len(weak_hist)} strong={len(strong_hist)}"
    elif kernel == "kcore":
        core = topology.kcore_decomposition(g)  # total degree on a directed graph
        kernel_s = time.perf_counter() - t0
        checksum = int(core.a.sum())
    elif kernel == "bfs":
        dist = topology.shortest_distance(g, source=g.vertex(0))
        kernel_s = time.perf_counter() - t0
        d = dist.a
        reached = d[d < 2**31 - 1]
        checksum = f"reached={len(reached)} sum_dist={int(reached.sum())}"
    elif kernel == "betweenness":
        vb, _ = centrality.betweenness(g, norm=False)  # also computes edge betweenness
        kernel_s = time.perf_counter() - t0
        checksum = "%.8e" % float(vb.a.sum())
    elif kernel == "betweenness-approx":
        # graph-tool's estimate: Brandes from a sample of source vertices (pivots), scaled; it
        # states no error bound. 100 pivots, fixed seed.
        rng = np.random.default_rng(1)
        pivots = rng.choice(g.num_vertices(), size=min(100, g.num_vertices()), replace=False)
        vb, _ = centrality.betweenness(g, pivots=pivots, norm=False)
        kernel_s = time.perf_counter() - t0
        checksum = "sum=%.4e pivots=%d" % (float(vb.a.sum()), len(pivots))
    elif kernel == "harmonic":
        # graph-tool measures distances from the vertex; reversing the graph gives distances to it.
        rg = gt.GraphView(g, reversed=True)
        h = centrality.closeness(rg, harmonic=True, norm=False)
        kernel_s = time.perf_counter() - t0
        a = h.a
        checksum = "%.8e" % float(a[np.isfinite(a)].sum())
    else:
        raise SystemExit(f"graph-tool: unknown kernel {kernel}")
    return g.num_vertices(), g.num_edges(), load_s, kernel_s, checksum, base


def run_networkx(path, kernel, threads):
    import networkx as nx

    base = current_rss_mb()
    t0 = time.perf_counter()
    n, edges = read_numpy_edges(path)
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges.tolist())
    del edges
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    if kernel == "pagerank":
        # NetworkX stops when the L1 change < n * tol: tol = 1e-12 / n matches agencynet.
        scores = nx.pagerank(g, tol=1e-12 / max(n, 1), max_iter=1000)
        kernel_s = time.perf_counter() - t0
        checksum = "sum_sq=%.6e" % sum(s * s for s in scores.values())
    elif kernel == "components":
        weak = nx.number_weakly_connected_components(g)
        strong = nx.number_strongly_connected_components(g)
        kernel_s = time.perf_counter() - t0
        checksum = f"weak={weak} strong={strong}"
    elif kernel == "kcore":
        core = nx.core_number(g)
        kernel_s = time.perf_counter() - t0
        checksum = sum(core.values())
    elif kernel == "bfs":
        dist = nx.single_source_shortest_path_length(g, 0)
        kernel_s = time.perf_counter() - t0
        checksum = f"reached={len(dist)} sum_dist={sum(dist.values())}"
    elif kernel == "betweenness":
        scores = nx.betweenness_centrality(g, normalized=False)
        kernel_s = time.perf_counter() - t0
        checksum = "%.8e" % sum(scores.values())
    elif kernel == "harmonic":
        scores = nx.harmonic_centrality(g.reverse(copy=False))
        kernel_s = time.perf_counter() - t0
        checksum = "%.8e" % sum(scores.values())
    else:
        raise SystemExit(f"networkx: unknown kernel {kernel}")
    return g.number_of_nodes(), g.number_of_edges(), load_s, kernel_s, checksum, base


def run(tool, path, kernel, threads):
    runner = {"igraph": run_igraph, "graph-tool": run_graph_tool, "networkx": run_networkx}[tool]
    n, m, load_s, kernel_s, checksum, base = runner(path, kernel, threads)
    print(json.dumps({
        "tool": tool, "kernel": kernel, "threads": threads, "nodes": n, "edges": m,
        "load_s": round(load_s, 4), "kernel_s": round(kernel_s, 4),
        "peak_rss_mb": round(peak_rss_mb(), 1), "base_rss_mb": round(base, 1),
        "checksum": checksum,
    }))


# ---------------------------------------------------------------------------------------------
# Table


def table(results_path):
    rows = [json.loads(line) for line in open(results_path) if line.strip()]
    groups = {}
    for r in rows:
        groups.setdefault((r["graph"], r["kernel"]), []).append(r)

    def fmt_s(r):
        if r.get("status", "ok") != "ok":
            return r["status"]
        return "%.3f" % r["kernel_s"]

    header = ("%-12s %-12s %-10s %3s %10s %8s %9s %9s %9s  %s"
              % ("graph", "kernel", "tool", "thr", "kernel_s", "load_s", "peak_MB",
                 "ratio_thr", "ratio_any", "checksum"))
    print(header)
    print("-" * len(header))
    for (graph, kernel), rs in groups.items():
        peers = [r for r in rs if r["tool"] != "agencynet" and r.get("status", "ok") == "ok"]
        best_any = min((r["kernel_s"] for r in peers), default=None)
        for r in rs:
            ratio_thr = ratio_any = ""
            if r["tool"] == "agencynet" and r.get("status", "ok") == "ok":
                # ratio_thr: against the fastest peer using no more threads than agencynet here;
                # ratio_any: against the fastest peer at any thread count. < 1: agencynet faster.
                same = [p["kernel_s"] for p in peers if p["threads"] <= r["threads"]]
                if same:
                    ratio_thr = "%.2f" % (r["kernel_s"] / max(min(same), 1e-9))
                if best_any is not None:
                    ratio_any = "%.2f" % (r["kernel_s"] / max(best_any, 1e-9))
            load = "%.2f" % r["load_s"] if "load_s" in r else ""
            peak = "%.0f" % r["peak_rss_mb"] if "peak_rss_mb" in r else ""
            checksum = r.get("checksum", "")
            if isinstance(checksum, float):
                checksum = "%.8e" % checksum
            print("%-12s %-12s %-10s %3s %10s %8s %9s %9s %9s  %s"
                  % (graph, kernel, r["tool"], r["threads"], fmt_s(r), load, peak, ratio_thr,
                     ratio_any, checksum))
        print()
    print("ratio_thr = agencynet time / fastest peer with at most as many threads; ratio_any = "
          "agencynet time / fastest peer at any thread count (< 1: agencynet faster).")
    print("peak_MB = peak RSS of the whole process (Python interpreter and imports included for "
          "the peers: see base_rss_mb in the JSON results).")
    print()
    seen = set()
    for r in rows:
        if r["tool"] == "agencynet" and r.get("graph_bytes") and r["graph"] not in seen:
            seen.add(r["graph"])
            arrays = r.get("graph_array_bytes", 0)
            print("agencynet graph memory on %-10s: %d nodes, %d edges, RSS growth over BuildGraph "
                  "%.1f MB = %.1f bytes/edge; arrays %.1f MB = %.1f bytes/edge (unweighted: 8 "
                  "bytes/edge + 16 bytes/node)"
                  % (r["graph"], r["nodes"], r["edges"], r["graph_bytes"] / 2**20,
                     r["graph_bytes_per_edge"], arrays / 2**20, arrays / max(r["edges"], 1)))


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    cmd = argv[1]
    if cmd == "gen-chung-lu":
        gen_chung_lu(argv[2], int(argv[3]), int(argv[4]), int(argv[5]))
    elif cmd == "relabel":
        relabel(argv[2], argv[3])
    elif cmd == "run":
        run(argv[2], argv[3], argv[4], int(argv[5]))
    elif cmd == "table":
        table(argv[2])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
