#pragma once
// Errors that end a command, with the exit status they map to (sysexits.h) and
// the place they concern, printed GNU style: FILE:LINE:COL: error: MESSAGE.
#include <cstddef>
#include <stdexcept>
#include <string>

namespace wirekit {

enum class Exit : int {
    ok = 0,
    usage = 64,
    data = 65,
    no_input = 66,
    unavailable = 69,
    cant_create = 73,
    io = 74,
    temp_fail = 75,
    config = 78,
};

class Error : public std::runtime_error {
public:
    Error(Exit code, std::string message, std::string source = {}, std::size_t line = 0, std::size_t column = 0)
        : std::runtime_error(std::move(message)), code_(code), source_(std::move(source)), line_(line), column_(column) {}

    Exit code() const { return code_; }
    const std::string& source() const { return source_; }
    std::size_t line() const { return line_; }
    std::size_t column() const { return column_; }

    // "SOURCE:LINE:COL: error: MESSAGE", leaving out the parts that are unknown.
    std::string format() const;

private:
    Exit code_;
    std::string source_;
    std::size_t line_;
    std::size_t column_;
};

// "SOURCE:LINE:COL: " (or shorter when line/column are unknown); empty without a source.
std::string location_prefix(const std::string& source, std::size_t line, std::size_t column);

}  // namespace wirekit
