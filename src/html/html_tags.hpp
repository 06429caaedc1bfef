#pragma once
// What the HTML reader makes of each element: dropped, a block of its own, a
// container of blocks, a heading. Tags are gumbo's enum whichever parser read them.
#include <gumbo.h>

namespace wirekit {

// Element content that is never shown or is dangerous.
bool is_dropped(GumboTag tag);

// The dropped elements whose presence is worth a note (scripts, frames, plugins).
bool is_unsafe(GumboTag tag);

// Elements whose content is laid out as blocks of their own.
bool is_container(GumboTag tag);

// 1-6 for <h1>-<h6>, else 0.
int heading_level(GumboTag tag);

// Elements that start a block: headings, containers, p, blockquote, lists, pre, hr.
bool is_block(GumboTag tag);

}  // namespace wirekit
