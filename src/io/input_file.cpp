#include "io/input_file.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "report/error.hpp"
#include "time/datetime.hpp"

namespace wirekit {

void throw_input_too_large(const std::string& shown, std::size_t max_size) {
    throw Error(Exit::data, "input is larger than the limit of " + std::to_string(max_size) + " bytes (see --max-input-size)", shown);
}

InputFileInfo check_input_file(const std::string& name, const std::string& shown, std::size_t max_size) {
    struct stat st {};
    if (::stat(name.c_str(), &st) != 0) {
        int err = errno;
        throw Error(err == ENOENT || err == ENOTDIR ? Exit::no_input : Exit::io, std::string("cannot open: ") + std::strerror(err), shown);
    }
    if (S_ISDIR(st.st_mode)) throw Error(Exit::no_input, "is a folder, not a file", shown);
    InputFileInfo info;
    info.regular = S_ISREG(st.st_mode);
    info.size = info.regular ? static_cast<std::size_t>(st.st_size) : 0;
    if (info.size > max_size) throw_input_too_large(shown, max_size);
    info.modified = from_unix_seconds(static_cast<long long>(st.st_mtime));
    return info;
}

}  // namespace wirekit
