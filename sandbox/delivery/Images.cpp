// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/Images.h"

#include "store/Store.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandbox::images {

namespace {

constexpr int kDefaultWidth = 120;
constexpr int kDefaultHeight = 90;

/// Fills in a missing dimension from the aspect ratio (or the 120x90 default).
QSize targetSize(const QImage &image, const Geometry &g)
{
    if (g.width < 0 && g.height < 0)
        return {kDefaultWidth, kDefaultHeight};
    const double aspect = image.height() > 0 ? double(image.width()) / image.height() : 1;
    const double w = g.width > 0 ? g.width : qMax(1.0, g.height * aspect + 0.5);
    const double h = g.height > 0 ? g.height : qMax(1.0, g.width / aspect + 0.5);
    return {int(qMin<double>(w, kMaxSide)), int(qMin<double>(h, kMaxSide))};
}

QImage cropSource(const QImage &image, const Geometry &g)
{
    QImage base = image;
    if (g.relative.isValid() && !g.relative.isEmpty())
        base = base.scaled(g.relative.boundedTo({kMaxSide, kMaxSide}), Qt::IgnoreAspectRatio,
            Qt::SmoothTransformation);
    if (g.source.isEmpty())
        return base;
    const QRect area = g.source.intersected(base.rect());
    return area.isEmpty() ? base : base.copy(area);
}

QImage fill(const QImage &image, QSize size, bool fromTop)
{
    const QImage scaled
        = image.scaled(size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    const int x = (scaled.width() - size.width()) / 2;
    const int y = fromTop ? 0 : (scaled.height() - size.height()) / 2;
    return scaled.copy(x, y, size.width(), size.height());
}

QImage pad(const QImage &image, QSize size, const QColor &background)
{
    const QImage scaled = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QImage out(size, QImage::Format_RGB32);
    out.fill(background);
    QPainter p(&out);
    p.drawImage((size.width() - scaled.width()) / 2, (size.height() - scaled.height()) / 2, scaled);
    return out;
}

QColor hueColor(int hue, int saturation, int value, int alpha = 255)
{
    return QColor::fromHsv(hue % 360, saturation, value, alpha);
}

} // namespace

int boundedSide(qint64 side)
{
    return int(std::clamp<qint64>(side, -1, kMaxSide));
}

int boundedCoordinate(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, 65536));
}

QImage shape(const QImage &image, const Geometry &g)
{
    const QImage source = cropSource(image, g);
    if (g.width == 0 && g.height == 0)
        return source;
    const QSize size = targetSize(source, g);
    switch (g.type) {
    case 2:
        return pad(source, size, g.background);
    case 3:
        return fill(source, size, false);
    case 4:
        return fill(source, size, true);
    case 5:
        return source.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    default:
        return source.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
}

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(qBound(1, quality, 100));
    writer.write(image.convertToFormat(QImage::Format_RGB32));
    return bytes;
}

QImage placeholder(const QString &entryId)
{
    const QByteArray h = QCryptographicHash::hash(entryId.toUtf8(), QCryptographicHash::Sha1);
    auto byte = [&h](int i) { return int(quint8(h.at(i % h.size()))); };
    constexpr int w = 320;
    constexpr int ht = 180;
    QImage image(w, ht, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const int hue = byte(0) * 360 / 256;
    const int second = hue + 60 + byte(1) % 120;
    const bool vertical = byte(2) % 2;
    QLinearGradient gradient(0, 0, vertical ? 0 : w, vertical ? ht : w / 2.0);
    gradient.setColorAt(0, hueColor(hue, 150 + byte(3) % 100, 120 + byte(4) % 100));
    gradient.setColorAt(1, hueColor(second, 150 + byte(5) % 100, 90 + byte(6) % 100));
    p.fillRect(image.rect(), gradient);
    p.setPen(Qt::NoPen);
    const int shapes = 3 + byte(7) % 4;
    for (int i = 0; i < shapes; ++i) {
        const int b = 8 + i * 3;
        const QRectF box(byte(b) * w / 256.0 - 40, byte(b + 1) * ht / 256.0 - 30,
            40 + byte(b + 2) % 120, 40 + byte(b + 2) % 90);
        p.setBrush(hueColor(hue + 180 + i * 37, 90 + byte(b) % 120, 230, 140));
        switch ((byte(b + 1) + i) % 3) {
        case 0:
            p.drawEllipse(box);
            break;
        case 1:
            p.drawRoundedRect(box, 12, 12);
            break;
        default: {
            QPainterPath triangle;
            triangle.moveTo(box.center().x(), box.top());
            triangle.lineTo(box.bottomRight());
            triangle.lineTo(box.bottomLeft());
            triangle.closeSubpath();
            p.drawPath(triangle);
        }
        }
    }
    return image;
}

QByteArray cached(const QString &key, const std::function<QByteArray()> &make)
{
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex());
    const QString dir = Store::filesDir() + u"/thumbcache/"_s + hash.left(2);
    const QString path = dir + u'/' + hash + u".jpg"_s;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        return file.readAll();
    const QByteArray bytes = make();
    if (bytes.isEmpty())
        return bytes;
    // Written aside and renamed, so a parallel request never reads half a file.
    QDir().mkpath(dir);
    QFile temp(path + u'.' + Store::randomHex(4));
    if (temp.open(QIODevice::WriteOnly) && temp.write(bytes) == bytes.size()) {
        temp.close();
        if (!temp.rename(path))
            temp.remove();
    }
    return bytes;
}

} // namespace sandbox::images
