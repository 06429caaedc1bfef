#include "io/output.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "io/atomic_file.hpp"
#include "io/fd_write.hpp"
#include "report/error.hpp"

namespace wirekit {

void write_output(const std::string& path, std::string_view bytes) {
    if (path == "-") {
        if (!write_all(STDOUT_FILENO, bytes))
            throw Error(Exit::io, std::string("cannot write: ") + std::strerror(errno), "<stdout>");
        return;
    }
    AtomicFile file(path);
    file.write(bytes);
    file.commit();
}

}  // namespace wirekit
