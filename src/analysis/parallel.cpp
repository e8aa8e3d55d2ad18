#include "analysis/parallel.hpp"

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace agencynet {

namespace {
std::atomic<std::size_t> g_threads{0};
}  // namespace

std::size_t ThreadCount() {
  if (const std::size_t set = g_threads.load()) return set;
  if (const char* env = std::getenv("AGENCYNET_THREADS")) {
    const long value = std::strtol(env, nullptr, 10);
    if (value > 0) return static_cast<std::size_t>(value);
  }
  const unsigned hardware = std::thread::hardware_concurrency();
  return hardware == 0 ? 1 : hardware;
}

void SetThreadCount(std::size_t threads) { g_threads.store(threads); }

void ParallelChunks(std::size_t chunks, const std::function<void(std::size_t)>& work,
                    const std::function<void(std::size_t)>& merge) {
  const std::size_t threads = std::min(ThreadCount(), chunks);
  if (threads <= 1) {
    for (std::size_t c = 0; c < chunks; ++c) {
      work(c);
      if (merge) merge(c);
    }
    return;
  }
  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  std::condition_variable merged_cv;
  std::vector<char> done(chunks, 0);
  std::size_t merged = 0;  // chunks [0, merged) are merged
  std::exception_ptr error;
  auto run = [&] {
    while (true) {
      const std::size_t c = next.fetch_add(1);
      if (c >= chunks) return;
      {
        // Keep the chunks in flight close together, so buffered results stay few.
        std::unique_lock lock(mutex);
        merged_cv.wait(lock, [&] { return error || c < merged + 4 * threads; });
        if (error) return;
      }
      try {
        work(c);
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!error) error = std::current_exception();
        merged_cv.notify_all();
        return;
      }
      std::lock_guard lock(mutex);
      done[c] = 1;
      while (merged < chunks && done[merged]) {
        if (merge) merge(merged);
        ++merged;
      }
      merged_cv.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(run);
  run();
  for (std::thread& thread : pool) thread.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace agencynet
