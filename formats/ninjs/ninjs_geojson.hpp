#pragma once
// The GeoJSON object that ninjs 2.x and 3.x places may carry ("geojson",
// "geoJSON"), as the GeoJSON schema those ninjs schemas refer to states it.
#include "json/json_shape.hpp"

namespace wirekit {

const JsonShape& geojson_shape();

}  // namespace wirekit
