// An open-addressing hash map from 64-bit keys to 32-bit values: one flat array, linear probing,
// no per-entry allocation. Used for the post table, which holds an entry per post of the input.
#pragma once

#include <cstdint>
#include <vector>

namespace agencynet {

class FlatMap64 {
 public:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;

  /// The value stored for `key`, inserting `value` first if the key is new; `inserted` says
  /// which. `value` must not be kEmpty. Amortised O(1).
  std::uint32_t Insert(std::uint64_t key, std::uint32_t value, bool& inserted) {
    if ((size_ + 1) * 8 > slots_.size() * 7 || slots_.empty()) Grow();
    std::size_t i = Slot(key);
    while (slots_[i].value != kEmpty) {
      if (slots_[i].key == key) {
        inserted = false;
        return slots_[i].value;
      }
      i = (i + 1) & mask_;
    }
    slots_[i] = {key, value};
    ++size_;
    inserted = true;
    return value;
  }

  /// The value for `key`, or kEmpty.
  std::uint32_t Find(std::uint64_t key) const {
    if (slots_.empty()) return kEmpty;
    for (std::size_t i = Slot(key);; i = (i + 1) & mask_) {
      if (slots_[i].value == kEmpty) return kEmpty;
      if (slots_[i].key == key) return slots_[i].value;
    }
  }

  /// Sets the value of an existing or new key.
  void Set(std::uint64_t key, std::uint32_t value) {
    bool inserted = false;
    Insert(key, value, inserted);
    if (!inserted) {
      for (std::size_t i = Slot(key);; i = (i + 1) & mask_) {
        if (slots_[i].key == key && slots_[i].value != kEmpty) {
          slots_[i].value = value;
          return;
        }
      }
    }
  }

  std::size_t size() const { return size_; }

 private:
  struct Entry {
    std::uint64_t key = 0;
    std::uint32_t value = kEmpty;
  };

  std::size_t Slot(std::uint64_t key) const {
    // Fibonacci hashing spreads the sequential IDs of posts over the table.
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_) & mask_;
  }

  void Grow() {
    std::vector<Entry> old = std::move(slots_);
    const std::size_t capacity = old.empty() ? 1024 : old.size() * 2;
    slots_.assign(capacity, Entry{});
    mask_ = capacity - 1;
    shift_ = 64 - static_cast<unsigned>(__builtin_ctzll(capacity));
    size_ = 0;
    for (const Entry& e : old) {
      if (e.value == kEmpty) continue;
      std::size_t i = Slot(e.key);
      while (slots_[i].value != kEmpty) i = (i + 1) & mask_;
      slots_[i] = e;
      ++size_;
    }
  }

  std::vector<Entry> slots_;
  std::size_t mask_ = 0;
  unsigned shift_ = 64;
  std::size_t size_ = 0;
};

}  // namespace agencynet
