#pragma once
// An exclusive advisory lock (flock) on a lock file, held for the lifetime of
// the object, so that two cron runs never work on the same state or outbox.
#include <string>

namespace wirekit {

class FileLock {
public:
    enum class Wait { no, yes };

    // Creates PATH when missing and locks it, waiting for another process to
    // let go only with Wait::yes. Throws Error 75 when another process holds
    // the lock (Wait::no), 73 when PATH cannot be created. WHAT names the
    // locked thing in the message ("state file S").
    FileLock(const std::string& path, const std::string& what, Wait wait = Wait::no);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    int fd_ = -1;
};

}  // namespace wirekit
