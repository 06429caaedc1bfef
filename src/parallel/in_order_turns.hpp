#pragma once
// The bookkeeping of produce_in_order: which items a thread makes next, which
// are made, and how far ahead of the taken ones the threads may go.
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <vector>

namespace wirekit {

class InOrderTurns {
public:
    // Items [first, end), handed to one thread to make.
    struct Claim {
        std::size_t first = 0;
        std::size_t end = 0;
    };

    // COUNT items, handed out BATCH (at least 1) at a time, at most WINDOW
    // (at least BATCH) made ahead of the next to be taken.
    InOrderTurns(std::size_t count, std::size_t window, std::size_t batch);

    std::size_t window() const { return made_.size(); }

    // For a worker: the next items to make, waiting until they are within the
    // window; nullopt when every item is handed out or the run stopped.
    std::optional<Claim> claim();
    // For the taker, who makes items too rather than wait: nullopt once item I
    // is made, with MADE set to how many from I on are (at least 1); else
    // items to make, waiting until either is there.
    std::optional<Claim> claim_until_made(std::size_t i, std::size_t& made);
    // The items of CLAIM are made (or failed).
    void made(Claim claim);
    // For the taker: every item before END is taken, their slots free for
    // the items a window later. Taken a run at a time: fewer hand-overs.
    void taken_until(std::size_t end);

    // No item is handed out any more; waiting workers return.
    void stop();

    // Stops TURNS when the scope ends, however it ends.
    class StopOnExit {
    public:
        explicit StopOnExit(InOrderTurns& turns) : turns_(turns) {}
        ~StopOnExit() { turns_.stop(); }
        StopOnExit(const StopOnExit&) = delete;
        StopOnExit& operator=(const StopOnExit&) = delete;

    private:
        InOrderTurns& turns_;
    };

private:
    bool claimable() const;
    Claim take_claim();

    std::mutex mutex_;
    std::condition_variable item_made_;   // the taker waits on it
    std::condition_variable slot_freed_;  // workers wait on it
    std::size_t count_;
    std::size_t batch_;
    std::size_t next_ = 0;        // the next item to hand out
    std::size_t next_taken_ = 0;  // the next item to be taken
    bool stopped_ = false;
    std::vector<char> made_;  // by slot (item % window): made and not yet taken
};

}  // namespace wirekit
