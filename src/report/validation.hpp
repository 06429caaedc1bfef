#pragma once
// What `wirekit validate` finds in one input: each place where it breaks the
// rules of its format, with where it is. Kept apart from Diagnostics because a
// validator's errors are its verdict, not a failure of the command.
#include <cstddef>
#include <string>
#include <vector>

namespace wirekit {

struct Finding {
    enum class Severity { error, warning };
    Severity severity = Severity::error;
    std::size_t line = 0;    // 1-based; 0 when the problem has no place (a missing root)
    std::size_t column = 0;  // 1-based, in code points
    std::string message;
};

class Findings {
public:
    void error(std::string message, std::size_t line = 0, std::size_t column = 0);
    void warning(std::string message, std::size_t line = 0, std::size_t column = 0);

    const std::vector<Finding>& all() const { return items_; }
    bool has_errors() const;

private:
    std::vector<Finding> items_;
};

}  // namespace wirekit
