#pragma once
// Warnings and notes collected while a command runs. Readers say here what they
// forgave, detection says which rule fired, writers say what they dropped; the
// command line prints them according to -v / -q.
#include <cstddef>
#include <string>
#include <vector>

namespace wirekit {

struct Diagnostic {
    enum class Severity { note, warning };
    Severity severity = Severity::note;
    std::string source;
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message;

    // "SOURCE:LINE:COL: warning: MESSAGE"
    std::string format() const;
};

class Diagnostics {
public:
    // What is kept; the rest is dropped as it comes. A run keeps what it will
    // show (-v everything, -q nothing), so that a long conversion does not
    // hold a note or two per article, or a warning per line, until its end.
    enum class Kept { everything, warnings, nothing };

    explicit Diagnostics(Kept kept = Kept::everything) : kept_(kept) {}
    Kept kept() const { return kept_; }
    bool keeps_notes() const { return kept_ == Kept::everything; }
    bool keeps_warnings() const { return kept_ != Kept::nothing; }

    void note(std::string source, std::string message, std::size_t line = 0, std::size_t column = 0);
    void warning(std::string source, std::string message, std::size_t line = 0, std::size_t column = 0);

    // A note placed at POSITION in the list (how many diagnostics came before
    // it): for what a reader that reads its input in parts learns only at the
    // end, but gives where reading the whole input gives it.
    void note_at(std::size_t position, std::string source, std::string message, std::size_t line = 0, std::size_t column = 0);

    // Appends every diagnostic of OTHER that this keeps, in order.
    void append(const Diagnostics& other);

    const std::vector<Diagnostic>& all() const { return items_; }
    bool has_warnings() const;  // among those kept

private:
    bool keeps(const Diagnostic& d) const;

    Kept kept_;
    std::vector<Diagnostic> items_;
};

}  // namespace wirekit
