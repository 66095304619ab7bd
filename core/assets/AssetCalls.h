// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Call.h"

namespace minikmc::assets {

/// The api_v3 calls on an entry's flavors and thumbnails (KALTURA-API.md §8).
namespace calls {

api::Call flavorList(const QString &entryId);
api::Call flavorDelete(const QString &flavorId);
/// Not allowed on the original (FLAVOR_ASSET_RECONVERT_ORIGINAL).
api::Call flavorReconvert(const QString &flavorId);

api::Call thumbList(const QString &entryId);
/// Adds the default_thumb tag and makes it the entry's thumbnail (answers null).
api::Call thumbSetDefault(const QString &thumbId);
/// Refused for the default thumbnail (THUMB_ASSET_IS_DEFAULT).
api::Call thumbDelete(const QString &thumbId);
/// Uploads an image file as a new thumbnail (multipart `fileData`).
api::Call thumbAddFromImage(const QString &entryId, const QString &imagePath);
/// A thumbnail captured from the video at `seconds` (video entries only).
api::Call thumbGenerate(const QString &entryId, double seconds);
/// The address of a thumbnail's image (READY thumbnails only).
api::Call thumbGetUrl(const QString &thumbId);

} // namespace calls

} // namespace minikmc::assets
