#pragma once
// Independent items made on several threads, taken in order on the caller's.
#include <cstddef>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "parallel/in_order_turns.hpp"

namespace wirekit {

// Results taken on one thread and left to be destroyed by the threads that made them.
template <class Result>
class ThreadLeftovers {
public:
    explicit ThreadLeftovers(unsigned threads) : left_(threads) {}

    // Keeps what is left of RESULT for thread MAKER to destroy.
    void give_back(unsigned maker, Result&& result) {
        std::lock_guard lock(mutex_);
        left_[maker].push_back(std::move(result));
    }
    // On thread THREAD: destroys what was given back to it.
    void destroy_own(unsigned thread) {
        std::vector<Result> own;
        {
            std::lock_guard lock(mutex_);
            own.swap(left_[thread]);
        }
    }

private:
    std::mutex mutex_;
    std::vector<std::vector<Result>> left_;
};

// Calls PRODUCE(worker, i) for every i in [0, COUNT) on THREADS threads, the
// calling thread being one of them (WORKER, in [0, THREADS), names the state
// a thread may keep of its own), and CONSUME(i, result) on the calling thread
// in the order of i, with the result as an rvalue. Items are handed out BATCH
// at a time, and no more than WINDOW results are made ahead of the one taken,
// so memory stays bounded.
// What PRODUCE throws for item i is thrown here in i's turn, after CONSUME
// took every earlier item; what CONSUME throws stops the workers and is
// thrown here. With one thread (or one item) everything runs on the calling
// thread, item after item.
//
// What CONSUME leaves of a result is destroyed on the thread that made it, at
// its next claim: memory goes back to the allocator arena it came from, as
// freeing into another thread's arena contends for that arena's lock.
template <class Produce, class Consume>
void produce_in_order(std::size_t count, unsigned threads, std::size_t window, std::size_t batch, Produce&& produce,
                      Consume&& consume) {
    using Result = decltype(produce(0u, std::size_t{0}));
    if (threads <= 1 || count <= 1) {
        for (std::size_t i = 0; i < count; ++i) consume(i, produce(0u, i));
        return;
    }
    InOrderTurns turns(count, window, batch);
    // On the heap, so that handing a result back to its maker moves a pointer:
    // moving the result itself would read all of it on this thread.
    std::vector<std::unique_ptr<Result>> results(turns.window());
    std::vector<std::exception_ptr> failures(turns.window());
    std::vector<unsigned> makers(turns.window());
    ThreadLeftovers<std::unique_ptr<Result>> leftovers(threads);
    auto make = [&](unsigned worker, InOrderTurns::Claim claim) {
        leftovers.destroy_own(worker);
        for (std::size_t i = claim.first; i < claim.end; ++i) {
            std::size_t slot = i % results.size();
            makers[slot] = worker;
            try {
                results[slot] = std::make_unique<Result>(produce(worker, i));
            } catch (...) {
                failures[slot] = std::current_exception();
            }
        }
        turns.made(claim);
    };
    // Declared after what they fill, so that they are stopped and joined first.
    std::vector<std::jthread> workers;
    InOrderTurns::StopOnExit stop_on_exit(turns);
    for (unsigned worker = 1; worker < threads; ++worker)
        workers.emplace_back([&, worker] {
            while (std::optional<InOrderTurns::Claim> claim = turns.claim()) make(worker, *claim);
        });
    for (std::size_t i = 0; i < count;) {
        std::size_t made = 0;
        while (std::optional<InOrderTurns::Claim> claim = turns.claim_until_made(i, made)) make(0, *claim);
        for (std::size_t end = i + made; i < end; ++i) {
            std::size_t slot = i % results.size();
            if (failures[slot]) std::rethrow_exception(failures[slot]);
            consume(i, std::move(*results[slot]));
            if (makers[slot] != 0) leftovers.give_back(makers[slot], std::move(results[slot]));
            results[slot].reset();
        }
        turns.taken_until(i);
    }
}

}  // namespace wirekit
