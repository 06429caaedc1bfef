#pragma once
// What a lenient XML reader tells about its reading: the rules the input broke
// and were forgiven (errors with --strict), and what was read but left out.
#include <pugixml.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "options/read_write_options.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

class XmlReadNotes {
public:
    XmlReadNotes(const XmlDocument& xml, const ReadOptions& options) : xml_(&xml), options_(options) {}

    const ReadOptions& options() const { return options_; }

    // Records that the input broke a rule and was read anyway. With --strict it
    // is an error at WHERE; otherwise one note per kind of repair (with the
    // place of the first and a count) is given by finish().
    void forgive(pugi::xml_node where, std::string what);
    // A note at WHERE, for what was read but left out of the model.
    void note(pugi::xml_node where, const std::string& what) const;
    // Adds what OTHER forgave (a part read with a context of its own), as if
    // it had been forgiven here now, and clears it from OTHER.
    void absorb(XmlReadNotes& other);
    // Gives the notes of what was forgiven; call once, after reading.
    void finish();

private:
    struct Repair {
        std::string what;
        std::size_t count = 0;
        std::size_t line = 0;
        std::size_t column = 0;
    };
    // Counts REPAIR in with one of its kind, or keeps it as the first.
    void add(Repair repair);

    const XmlDocument* xml_;
    const ReadOptions& options_;
    std::vector<Repair> repairs_;
};

}  // namespace wirekit
