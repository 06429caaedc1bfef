#include "xml/xml_read_notes.hpp"

#include <algorithm>

#include "report/error.hpp"

namespace wirekit {

void XmlReadNotes::forgive(pugi::xml_node where, std::string what) {
    auto [line, column] = where ? line_column_of(*xml_, where) : std::pair<std::size_t, std::size_t>{0, 0};
    if (options_.strict) throw Error(Exit::data, what + " (--strict)", options_.source, line, column);
    add({std::move(what), 1, line, column});
}

void XmlReadNotes::add(Repair repair) {
    auto same = std::find_if(repairs_.begin(), repairs_.end(), [&](const Repair& r) { return r.what == repair.what; });
    if (same == repairs_.end()) repairs_.push_back(std::move(repair));
    else same->count += repair.count;
}

void XmlReadNotes::absorb(XmlReadNotes& other) {
    for (Repair& theirs : other.repairs_) add(std::move(theirs));
    other.repairs_.clear();
}

void XmlReadNotes::note(pugi::xml_node where, const std::string& what) const { note_at(*xml_, where, options_, what); }

void XmlReadNotes::finish() {
    for (const auto& r : repairs_) {
        std::string times = r.count > 1 ? " (" + std::to_string(r.count) + " times)" : "";
        options_.diag->note(options_.source, "forgiven: " + r.what + times, r.line, r.column);
    }
    repairs_.clear();
}

}  // namespace wirekit
