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
    // KEEP_NOTES false: notes are dropped as they come, for a run that will not
    // show them (no -v), so that a long conversion does not hold a note or two
    // per article until its end; warnings are always kept.
    explicit Diagnostics(bool keep_notes = true) : keep_notes_(keep_notes) {}
    bool keeps_notes() const { return keep_notes_; }

    void note(std::string source, std::string message, std::size_t line = 0, std::size_t column = 0);
    void warning(std::string source, std::string message, std::size_t line = 0, std::size_t column = 0);

    // A note placed at POSITION in the list (how many diagnostics came before
    // it): for what a reader that reads its input in parts learns only at the
    // end, but gives where reading the whole input gives it.
    void note_at(std::size_t position, std::string source, std::string message, std::size_t line = 0, std::size_t column = 0);

    // Appends every diagnostic of OTHER, in order (its notes only when this keeps notes).
    void append(const Diagnostics& other);

    const std::vector<Diagnostic>& all() const { return items_; }
    bool has_warnings() const;

private:
    bool keep_notes_;
    std::vector<Diagnostic> items_;
};

}  // namespace wirekit
