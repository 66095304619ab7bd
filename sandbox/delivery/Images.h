// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QRect>
#include <QString>

#include <functional>

namespace sandbox::images {

/// How the thumbnail API and thumbAsset.generate shape an image (KALTURA-API.md §9.2, cropType
/// of §8.2): 1 resize keeping the aspect ratio (fits inside), 2 resize and pad with bgcolor,
/// 3 crop (fill, centred), 4 crop keeping the top, 5 stretch.
struct Geometry {
    int width = -1; ///< -1 = not given
    int height = -1;
    int type = 1;
    QColor background = Qt::white;
    QRect source; ///< src_x/src_y/src_w/src_h, empty = whole image
    QSize relative; ///< rel_width/rel_height: the size source is relative to
};

/// The largest width or height an image is made with (also for a side derived from the
/// aspect ratio), so that one request cannot allocate gigabytes.
constexpr int kMaxSide = 4096;
/// A requested side (-1 or less: not given) bounded to -1..kMaxSide.
int boundedSide(qint64 side);
/// A crop coordinate or size bounded to 0..65536 (beyond any source: the crop is clipped to the
/// image), so that QRect's arithmetic cannot overflow.
int boundedCoordinate(qint64 value);

/// The image shaped by g; width and height both omitted mean 120x90, both 0 the original size.
QImage shape(const QImage &image, const Geometry &g);

/// JPEG bytes at quality 1..100.
QByteArray jpeg(const QImage &image, int quality);

/// A deterministic abstract picture for an entry (colours and shapes derived from its id, no
/// text), so that entries without a thumbnail of their own still look distinct in a list.
QImage placeholder(const QString &entryId);

/// The bytes cached on disk under key (any string), made once by make(); an empty result is not
/// cached.
QByteArray cached(const QString &key, const std::function<QByteArray()> &make);

} // namespace sandbox::images
