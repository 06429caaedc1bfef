#include "parallel/in_order_turns.hpp"

#include <algorithm>

namespace wirekit {

InOrderTurns::InOrderTurns(std::size_t count, std::size_t window, std::size_t batch)
    : count_(count), batch_(std::max<std::size_t>(batch, 1)), made_(std::max(window, batch_), 0) {}

bool InOrderTurns::claimable() const { return !stopped_ && next_ < count_ && next_ < next_taken_ + made_.size(); }

InOrderTurns::Claim InOrderTurns::take_claim() {
    Claim claim{next_, std::min({next_ + batch_, count_, next_taken_ + made_.size()})};
    next_ = claim.end;
    return claim;
}

std::optional<InOrderTurns::Claim> InOrderTurns::claim() {
    std::unique_lock lock(mutex_);
    slot_freed_.wait(lock, [&] { return stopped_ || next_ >= count_ || claimable(); });
    if (!claimable()) return std::nullopt;
    return take_claim();
}

std::optional<InOrderTurns::Claim> InOrderTurns::claim_until_made(std::size_t i, std::size_t& made) {
    std::unique_lock lock(mutex_);
    // Only taken_until(), on this thread, makes items claimable: made() is what to wait for.
    item_made_.wait(lock, [&] { return made_[i % made_.size()] != 0 || claimable(); });
    if (made_[i % made_.size()] == 0) return take_claim();
    made = 1;
    while (i + made < next_ && made < made_.size() && made_[(i + made) % made_.size()] != 0) ++made;
    return std::nullopt;
}

void InOrderTurns::made(Claim claim) {
    {
        std::lock_guard lock(mutex_);
        for (std::size_t i = claim.first; i < claim.end; ++i) made_[i % made_.size()] = 1;
    }
    item_made_.notify_one();
}

void InOrderTurns::taken_until(std::size_t end) {
    bool freed_a_batch;
    {
        std::lock_guard lock(mutex_);
        for (std::size_t i = next_taken_; i < end; ++i) made_[i % made_.size()] = 0;
        next_taken_ = end;
        freed_a_batch = next_ < count_ && std::min(next_ + batch_, count_) <= next_taken_ + made_.size();
    }
    // Fewer wake-ups: workers are woken when a whole batch (or the last) is free.
    if (freed_a_batch) slot_freed_.notify_all();
}

void InOrderTurns::stop() {
    {
        std::lock_guard lock(mutex_);
        stopped_ = true;
    }
    slot_freed_.notify_all();
}

}  // namespace wirekit
