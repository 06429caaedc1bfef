#include "report/diagnostics.hpp"

#include <algorithm>

#include "report/error.hpp"

namespace wirekit {

std::string Diagnostic::format() const {
    return location_prefix(source, line, column) + (severity == Severity::warning ? "warning: " : "note: ") + message;
}

bool Diagnostics::keeps(const Diagnostic& d) const {
    return d.severity == Diagnostic::Severity::warning ? keeps_warnings() : keeps_notes();
}

void Diagnostics::note(std::string source, std::string message, std::size_t line, std::size_t column) {
    if (!keeps_notes()) return;
    items_.push_back({Diagnostic::Severity::note, std::move(source), line, column, std::move(message)});
}

void Diagnostics::warning(std::string source, std::string message, std::size_t line, std::size_t column) {
    if (!keeps_warnings()) return;
    items_.push_back({Diagnostic::Severity::warning, std::move(source), line, column, std::move(message)});
}

void Diagnostics::note_at(std::size_t position, std::string source, std::string message, std::size_t line, std::size_t column) {
    if (!keeps_notes()) return;
    auto at = items_.begin() + static_cast<std::ptrdiff_t>(std::min(position, items_.size()));
    items_.insert(at, {Diagnostic::Severity::note, std::move(source), line, column, std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
    for (const auto& d : other.items_)
        if (keeps(d)) items_.push_back(d);
}

bool Diagnostics::has_warnings() const {
    for (const auto& d : items_)
        if (d.severity == Diagnostic::Severity::warning) return true;
    return false;
}

}  // namespace wirekit
