#pragma once
// A file written through a temporary beside it and renamed into place only
// when complete, so that readers of PATH see the old file or the whole new
// one, never a part; a run that fails or is interrupted leaves PATH untouched.
#include <sys/types.h>

#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

#include "report/error.hpp"

namespace wirekit {

class AtomicFile {
public:
    // Whether commit() syncs the file to disk before renaming it, or leaves
    // that to the caller (a batch of many files syncs its file system once).
    enum class Sync { each, by_caller };

    // Creates the temporary file beside PATH. Throws Error 73 when PATH is a
    // folder or the temporary cannot be created.
    explicit AtomicFile(std::string path, Sync sync = Sync::each);
    // Unlinks the temporary unless commit() succeeded.
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Throws Error 74 when the bytes cannot be written.
    void write(std::string_view bytes);
    // The file as a stream, for writers that produce their output piece by
    // piece; write errors surface in commit().
    std::ostream& stream() { return stream_; }
    // Flushes, syncs (with Sync::each) and renames the temporary to PATH,
    // with the permissions a new file gets under the umask. Throws Error 74
    // or 73.
    void commit();

private:
    class FdBuffer : public std::streambuf {
    public:
        // With START_WRITEBACK, the kernel is asked to start writing each
        // megabyte to disk as it arrives, so that the fsync at the end waits
        // for the last ones only.
        FdBuffer(int fd, bool start_writeback) : fd_(fd), start_writeback_(start_writeback) {
            setp(buffer_, buffer_ + sizeof buffer_);
        }
        bool failed() const { return failed_; }
        int error() const { return error_; }

    protected:
        int overflow(int c) override;
        int sync() override;
        std::streamsize xsputn(const char* s, std::streamsize n) override;

    private:
        bool flush_buffer();
        bool write_through(std::string_view bytes);
        int fd_;
        bool start_writeback_;
        off_t written_ = 0;
        off_t writeback_started_ = 0;
        bool failed_ = false;
        int error_ = 0;
        // A megabyte a write: the kernel's costs per write and per page-cache
        // folio fall with the size (a 36 MB output took 4 ms less system time
        // than in 64 KiB writes). On the heap with the AtomicFile.
        char buffer_[1 << 20];
    };

    [[noreturn]] void fail(Exit code, const char* what, int err);

    std::string path_;
    Sync sync_;
    std::string temp_;
    int fd_ = -1;
    std::unique_ptr<FdBuffer> buffer_;
    std::ostream stream_;
    bool committed_ = false;
};

}  // namespace wirekit
