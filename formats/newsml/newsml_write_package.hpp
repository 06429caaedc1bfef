#pragma once
// A story with its pictures as a NewsML-G2 package: a packageItem whose root
// group references the story's item, then one item per picture (graphic,
// video, audio); then those items.
#include "model/article.hpp"
#include "xml/xml_out.hpp"
#include "registry/format.hpp"

namespace wirekit::newsml {

// Whether M, a medium of A, is written as an item of its own in a package:
// A is no picture, graphic, video or audio itself, and M is one and says more
// about it than where its one file is (a caption, credit, id, several
// renditions, ...). Other media are files (remoteContent) of A's own item.
bool is_packaged(const Article& a, const Media& m);

// Whether A has a medium is_packaged.
bool has_package(const Article& a);

// A as a packageItem, its own newsItem (without the packaged media) and a
// newsItem for each packaged medium, in that order. NUMBER counts the
// packages of the message from 1: the root group's id (an XML ID) must be
// unique in it.
void write_package(XmlOut& out, const Article& a, const WriteOptions& options, std::size_t number);

}  // namespace wirekit::newsml
