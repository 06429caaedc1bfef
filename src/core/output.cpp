#include "core/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "core/error.hpp"

namespace wirekit {

namespace {

// Writes everything or reports errno; retries short writes and EINTR.
bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

std::string folder_of(const std::string& path) {
    auto slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

}  // namespace

void write_output(const std::string& path, std::string_view bytes) {
    if (path == "-") {
        if (!write_all(STDOUT_FILENO, bytes))
            throw Error(Exit::io, std::string("cannot write: ") + std::strerror(errno), "<stdout>");
        return;
    }
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        throw Error(Exit::cant_create, "is a folder; give a file name", path);

    std::string temp = folder_of(path) + "/." + path.substr(path.rfind('/') + 1) + ".wirekit-XXXXXX";
    std::vector<char> name(temp.begin(), temp.end());
    name.push_back('\0');
    int fd = ::mkstemp(name.data());
    if (fd < 0) throw Error(Exit::cant_create, std::string("cannot create: ") + std::strerror(errno), path);
    temp.assign(name.data());

    auto fail = [&](Exit code, const char* what) {
        int err = errno;
        ::close(fd);
        ::unlink(temp.c_str());
        throw Error(code, std::string(what) + std::strerror(err), path);
    };
    if (!write_all(fd, bytes)) fail(Exit::io, "cannot write: ");
    // Files are created 0600 by mkstemp; give the usual permissions under the umask.
    mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(fd, 0666 & ~mask) != 0) fail(Exit::io, "cannot set permissions: ");
    if (::fsync(fd) != 0) fail(Exit::io, "cannot flush: ");
    if (::close(fd) != 0) {
        int err = errno;
        ::unlink(temp.c_str());
        throw Error(Exit::io, std::string("cannot write: ") + std::strerror(err), path);
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        int err = errno;
        ::unlink(temp.c_str());
        throw Error(Exit::cant_create, std::string("cannot create: ") + std::strerror(err), path);
    }
}

}  // namespace wirekit
