#pragma once
// Taking a FileLock with a time limit: flock() can wait for ever or not at
// all, so waiting a while means trying again until the time is up.
#include <optional>
#include <string>

#include "io/file_lock.hpp"

namespace wirekit {

// Locks PATH into LOCK like FileLock, waiting up to SECONDS (0: not at all)
// for another process to let go. Throws Error 75 when it still holds the
// lock then, and what FileLock throws.
void lock_within(std::optional<FileLock>& lock, const std::string& path, const std::string& what, double seconds);

}  // namespace wirekit
