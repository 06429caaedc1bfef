#include "nitf/nitf_format.hpp"

#include "nitf/nitf_reader.hpp"
#include "nitf/nitf_validate.hpp"
#include "nitf/nitf_writer.hpp"
#include "nitfbody/nitf_names.hpp"

namespace wirekit {

FormatInfo nitf_format() {
    FormatInfo f{"nitf", {}, {".nitf"}, {nitf_names::media_type}, "IPTC NITF 2.x-3.x news story (head metadata, body.head, body.content, body.end)",
                 sniff_nitf, read_nitf, write_nitf};
    f.validate = validate_nitf;
    return f;
}

}  // namespace wirekit
