#include "io/file_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "report/error.hpp"

namespace wirekit {

FileLock::FileLock(const std::string& path, const std::string& what, Wait wait) {
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd_ < 0) throw Error(Exit::cant_create, std::string("cannot create the lock file: ") + std::strerror(errno), path);
    while (::flock(fd_, wait == Wait::yes ? LOCK_EX : LOCK_EX | LOCK_NB) != 0) {
        if (errno == EINTR) continue;
        int err = errno;
        ::close(fd_);
        if (err == EWOULDBLOCK) throw Error(Exit::temp_fail, "another wirekit is using the " + what + "; try again later", path);
        throw Error(Exit::io, std::string("cannot lock: ") + std::strerror(err), path);
    }
}

FileLock::~FileLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

}  // namespace wirekit
