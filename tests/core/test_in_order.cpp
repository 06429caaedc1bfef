#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "parallel/in_order.hpp"

using namespace wirekit;

namespace {

// A little work that takes longer for some items, so that they are made out of order.
std::size_t square_slowly(std::size_t i) {
    if (i % 7 == 3) std::this_thread::sleep_for(std::chrono::microseconds(200));
    return i * i;
}

}  // namespace

TEST_CASE("produce_in_order: every result, in order, with any number of threads", "[parallel]") {
    for (unsigned threads : {1u, 2u, 3u, 4u}) {
        for (std::size_t count : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{9}, std::size_t{500}}) {
            for (std::size_t batch : {std::size_t{1}, std::size_t{3}, std::size_t{8}}) {
                std::vector<std::size_t> taken;
                std::atomic<unsigned> bad_worker{0};
                produce_in_order(
                    count, threads, 16, batch,
                    [&](unsigned worker, std::size_t i) {
                        if (worker >= threads) ++bad_worker;
                        return square_slowly(i);
                    },
                    [&](std::size_t i, std::size_t&& square) {
                        CHECK(square == i * i);
                        taken.push_back(i);
                    });
                INFO("threads " << threads << ", count " << count << ", batch " << batch);
                REQUIRE(taken.size() == count);
                for (std::size_t i = 0; i < count; ++i) REQUIRE(taken[i] == i);
                CHECK(bad_worker == 0);
            }
        }
    }
}

TEST_CASE("produce_in_order: one thread makes everything on the caller's, item after item", "[parallel]") {
    std::thread::id caller = std::this_thread::get_id();
    std::vector<int> events;  // +i made, -i taken
    produce_in_order(
        5, 1, 16, 4,
        [&](unsigned, std::size_t i) {
            CHECK(std::this_thread::get_id() == caller);
            events.push_back(static_cast<int>(i) + 1);
            return i;
        },
        [&](std::size_t i, std::size_t&&) { events.push_back(-static_cast<int>(i) - 1); });
    CHECK(events == std::vector<int>{1, -1, 2, -2, 3, -3, 4, -4, 5, -5});
}

TEST_CASE("produce_in_order: two threads share the work", "[parallel]") {
    std::mutex mutex;
    std::set<std::thread::id> makers;
    produce_in_order(
        64, 2, 16, 2,
        [&](unsigned, std::size_t i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            std::lock_guard lock(mutex);
            makers.insert(std::this_thread::get_id());
            return i;
        },
        [](std::size_t, std::size_t&&) {});
    CHECK(makers.size() == 2);
}

TEST_CASE("produce_in_order: no more than the window is made ahead of what is taken", "[parallel]") {
    constexpr std::size_t window = 8;
    std::atomic<std::size_t> ahead{0};
    std::size_t most_ahead = 0;
    std::mutex mutex;
    produce_in_order(
        400, 3, window, 3,
        [&](unsigned, std::size_t i) {
            std::size_t now = ++ahead;
            {
                std::lock_guard lock(mutex);
                most_ahead = std::max(most_ahead, now);
            }
            return square_slowly(i);
        },
        [&](std::size_t, std::size_t&&) {
            // A slow taker: the makers would run far ahead without the window.
            std::this_thread::sleep_for(std::chrono::microseconds(50));
            --ahead;
        });
    CHECK(most_ahead <= window);
    CHECK(most_ahead > 1);
}

TEST_CASE("produce_in_order: what making an item throws comes in that item's turn", "[parallel]") {
    for (unsigned threads : {1u, 2u, 4u}) {
        std::vector<std::size_t> taken;
        auto run = [&] {
            produce_in_order(
                300, threads, 32, 4,
                [](unsigned, std::size_t i) {
                    if (i == 137 || i == 200) throw std::runtime_error("item " + std::to_string(i));
                    return square_slowly(i);
                },
                [&](std::size_t i, std::size_t&&) { taken.push_back(i); });
        };
        INFO("threads " << threads);
        CHECK_THROWS_WITH(run(), "item 137");
        REQUIRE(taken.size() == 137);
        CHECK(taken.back() == 136);
    }
}

TEST_CASE("produce_in_order: what taking an item throws stops the makers", "[parallel]") {
    std::atomic<std::size_t> made{0};
    auto run = [&] {
        produce_in_order(
            100000, 2, 16, 4,
            [&](unsigned, std::size_t i) {
                ++made;
                return i;
            },
            [](std::size_t i, std::size_t&&) {
                if (i == 50) throw std::runtime_error("full disk");
            });
    };
    CHECK_THROWS_WITH(run(), "full disk");
    // The makers stop within the window of the failed item.
    CHECK(made <= 51 + 16);
}
