#pragma once
// `wirekit validate` for an XML format whose schema check is not built in
// yet (nitf, newsml1): the document is well-formed XML and has the format's
// root; a note (-v) says that nothing more was checked.
#include <string_view>

#include "options/read_write_options.hpp"
#include "report/validation.hpp"

namespace wirekit {

// FORMAT: the format's id; ROOT: its root element's local name; SCHEMA: the
// reference its documents would be checked against (named in the note).
void check_well_formed_root(std::string_view bytes, const ReadOptions& options, Findings& findings, std::string_view format,
                            std::string_view root, std::string_view schema);

}  // namespace wirekit
