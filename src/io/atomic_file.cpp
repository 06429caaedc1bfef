#include "io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "io/fd_write.hpp"

namespace wirekit {

namespace {

std::string folder_of(const std::string& path) {
    auto slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

// A hidden name beside PATH, so that the rename stays within one file system.
std::string temp_pattern(const std::string& path) {
    return folder_of(path) + "/." + path.substr(path.rfind('/') + 1) + ".wirekit-XXXXXX";
}

// How much written output gathers before its writeback to disk is started.
constexpr off_t writeback_step = 1 << 20;

}  // namespace

bool AtomicFile::FdBuffer::write_through(std::string_view bytes) {
    if (!write_all(fd_, bytes)) {
        failed_ = true;
        error_ = errno;
        return false;
    }
    written_ += static_cast<off_t>(bytes.size());
    if (start_writeback_ && written_ - writeback_started_ >= writeback_step) {
        // Only a hint: where it fails, the fsync in commit() still does it all.
        ::sync_file_range(fd_, writeback_started_, written_ - writeback_started_, SYNC_FILE_RANGE_WRITE);
        writeback_started_ = written_;
    }
    return true;
}

bool AtomicFile::FdBuffer::flush_buffer() {
    if (failed_) return false;
    if (!write_through(std::string_view(pbase(), static_cast<std::size_t>(pptr() - pbase())))) return false;
    setp(buffer_, buffer_ + sizeof buffer_);
    return true;
}

int AtomicFile::FdBuffer::overflow(int c) {
    if (!flush_buffer()) return traits_type::eof();
    if (c != traits_type::eof()) {
        *pptr() = static_cast<char>(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

int AtomicFile::FdBuffer::sync() { return flush_buffer() ? 0 : -1; }

std::streamsize AtomicFile::FdBuffer::xsputn(const char* s, std::streamsize n) {
    // Large pieces go straight to the file instead of through the buffer.
    if (n >= static_cast<std::streamsize>(sizeof buffer_)) {
        if (!flush_buffer() || !write_through(std::string_view(s, static_cast<std::size_t>(n)))) return 0;
        return n;
    }
    return std::streambuf::xsputn(s, n);
}

AtomicFile::AtomicFile(std::string path, Sync sync) : path_(std::move(path)), sync_(sync), stream_(nullptr) {
    struct stat st {};
    if (::stat(path_.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        throw Error(Exit::cant_create, "is a folder; give a file name", path_);
    std::string pattern = temp_pattern(path_);
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0) throw Error(Exit::cant_create, std::string("cannot create: ") + std::strerror(errno), path_);
    temp_.assign(name.data());
    buffer_ = std::make_unique<FdBuffer>(fd_, sync_ == Sync::each);
    stream_.rdbuf(buffer_.get());
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    if (fd_ >= 0) ::close(fd_);
    ::unlink(temp_.c_str());
}

void AtomicFile::fail(Exit code, const char* what, int err) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    throw Error(code, std::string(what) + std::strerror(err), path_);
}

void AtomicFile::write(std::string_view bytes) {
    stream_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (buffer_->failed()) fail(Exit::io, "cannot write: ", buffer_->error());
}

void AtomicFile::commit() {
    stream_.flush();
    if (buffer_->failed()) fail(Exit::io, "cannot write: ", buffer_->error());
    // mkstemp creates files 0600; give the usual permissions under the umask.
    mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(fd_, 0666 & ~mask) != 0) fail(Exit::io, "cannot set permissions: ", errno);
    if (sync_ == Sync::each && ::fsync(fd_) != 0) fail(Exit::io, "cannot flush: ", errno);
    int closed = ::close(fd_);
    fd_ = -1;
    if (closed != 0) fail(Exit::io, "cannot write: ", errno);
    if (::rename(temp_.c_str(), path_.c_str()) != 0) fail(Exit::cant_create, "cannot create: ", errno);
    committed_ = true;
}

}  // namespace wirekit
