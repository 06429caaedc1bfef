#include "atom/atom_format.hpp"

#include "atom/atom_reader.hpp"
#include "atom/atom_validate.hpp"
#include "atom/atom_writer.hpp"

namespace wirekit {

FormatInfo atom_format() {
    return {"atom", {}, {".atom"}, {"application/atom+xml"}, "Atom 1.0 (and 0.3) feeds; writes Atom 1.0", sniff_atom, read_atom,
            write_atom, {{"xhtml", "entry content as XHTML (type=\"xhtml\") instead of escaped HTML"}, round_trip_format_variant},
            validate_atom, read_atom_each};
}

}  // namespace wirekit
