#pragma once
// An input (a file or stdin) opened to be read piece by piece, for commands
// that look at its first bytes and then either stream the rest or load it.
#include <cstddef>
#include <fstream>
#include <istream>
#include <optional>
#include <string>

#include "io/input.hpp"
#include "model/datetime.hpp"

namespace wirekit {

class InputStream {
public:
    // Opens NAME ("-" for stdin). Throws Error like read_input: 66 when
    // missing or a folder, 74 when unreadable. MAX_SIZE limits what
    // read_rest() loads.
    InputStream(std::string name, std::size_t max_size = default_max_input_size);

    const std::string& name() const { return name_; }
    std::string shown() const { return display_name(name_); }
    const std::optional<DateTime>& modified() const { return modified_; }
    std::size_t max_size() const { return max_size_; }
    // The input's name and modification time, without its bytes.
    Input described() const;
    std::istream& stream();

    // Up to N bytes from where reading stands (fewer at the end of the input).
    // Throws Error 74 when reading fails.
    std::string read_some(std::size_t n);
    // The whole input: PREFIX (what read_some returned) and the rest. Throws
    // Error 65 when it comes to more than the size limit, 74 on a read error.
    Input read_rest(std::string prefix);

private:
    std::string name_;
    std::size_t max_size_;
    std::optional<DateTime> modified_;
    std::size_t size_hint_ = 0;  // a regular file's size, to load it in one allocation
    std::ifstream file_;
};

}  // namespace wirekit
