#include "io/lock_wait.hpp"

#include <chrono>
#include <thread>

#include "report/error.hpp"

namespace wirekit {

void lock_within(std::optional<FileLock>& lock, const std::string& path, const std::string& what, double seconds) {
    using clock = std::chrono::steady_clock;
    auto deadline = clock::now() + std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(seconds));
    for (;;) {
        try {
            lock.emplace(path, what, FileLock::Wait::no);
            return;
        } catch (const Error& e) {
            if (e.code() != Exit::temp_fail || clock::now() >= deadline) throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

}  // namespace wirekit
