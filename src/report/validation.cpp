#include "report/validation.hpp"

namespace wirekit {

void Findings::error(std::string message, std::size_t line, std::size_t column) {
    items_.push_back({Finding::Severity::error, line, column, std::move(message)});
}

void Findings::warning(std::string message, std::size_t line, std::size_t column) {
    items_.push_back({Finding::Severity::warning, line, column, std::move(message)});
}

bool Findings::has_errors() const {
    for (const auto& f : items_)
        if (f.severity == Finding::Severity::error) return true;
    return false;
}

}  // namespace wirekit
