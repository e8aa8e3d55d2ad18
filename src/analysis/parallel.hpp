// Running independent pieces of work on several threads with results that do not depend on how
// many threads there are.
#pragma once

#include <cstddef>
#include <functional>

namespace agencynet {

/// Threads used by the parallel kernels: $AGENCYNET_THREADS if set, else the hardware's.
/// SetThreadCount overrides both (0 = back to the default).
std::size_t ThreadCount();
void SetThreadCount(std::size_t threads);

/// Calls `work(chunk)` for every chunk in [0, chunks), spread over ThreadCount() threads, and
/// `merge(chunk)` for every chunk in increasing order, one at a time, each after its work is done
/// (so sums merged there are added in the same order whatever the thread count). `merge` may be
/// empty. Rethrows the first exception a worker threw.
void ParallelChunks(std::size_t chunks, const std::function<void(std::size_t)>& work,
                    const std::function<void(std::size_t)>& merge = {});

}  // namespace agencynet
