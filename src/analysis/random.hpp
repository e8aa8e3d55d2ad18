// A small counter-based random source for the sampling kernels: sample i of a run draws from a
// generator seeded by (seed, i) alone, so which thread takes which sample cannot change the
// result.
#pragma once

#include <cstdint>

namespace agencynet {

/// SplitMix64 (Steele, Lea and Flood, OOPSLA 2014): 64 random bits a call.
class SampleRandom {
 public:
  SampleRandom(std::uint64_t seed, std::uint64_t sample)
      : state_(seed ^ (sample * 0xD1B54A32D192ED03ull)) {
    Next();
  }

  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, bound), bound > 0 (multiply-shift; the bias is below 2^-32 for any bound an
  /// account count can take).
  std::uint64_t Below(std::uint64_t bound) {
    return static_cast<std::uint64_t>((static_cast<unsigned __int128>(Next()) * bound) >> 64);
  }
  /// Uniform in [0, 1).
  double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

 private:
  std::uint64_t state_;
};

}  // namespace agencynet
