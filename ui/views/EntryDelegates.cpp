// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/EntryDelegates.h"

#include "Colors.h"
#include "models/EntryListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace minikmc::ui {

namespace {

constexpr int kPadding = 6;
constexpr qreal kRadius = 4.0;

/// The picture fitted in rect, or a placeholder panel when there is none (yet).
void paintThumbnail(
    QPainter *painter, const QRect &rect, const QVariant &decoration, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath clip;
    clip.addRoundedRect(QRectF(rect), kRadius, kRadius);
    painter->setClipPath(clip);
    const QPixmap pixmap = decoration.value<QPixmap>();
    if (pixmap.isNull()) {
        painter->fillRect(rect, palette.color(QPalette::Midlight));
    } else {
        const QSizeF logical = pixmap.deviceIndependentSize();
        const QSizeF fitted = logical.scaled(QSizeF(rect.size()), Qt::KeepAspectRatio);
        QRectF target(QPointF(), fitted);
        target.moveCenter(QRectF(rect).center());
        painter->fillRect(rect, palette.color(QPalette::Dark));
        painter->drawPixmap(target, pixmap, QRectF(pixmap.rect()));
    }
    painter->restore();
}

/// A rounded badge with text in the badge's colour on a light tint of it; returns its width.
int paintBadge(QPainter *painter, const QRect &area, const QString &text, const QColor &color,
    Qt::Alignment alignment)
{
    const QFontMetrics metrics(painter->font());
    const int width = metrics.horizontalAdvance(text) + 2 * kPadding + 2;
    const int height = metrics.height() + 2;
    QRect badge(0, 0, std::min(width, area.width()), height);
    badge.moveTop(area.top() + (area.height() - height) / 2);
    if (alignment & Qt::AlignRight)
        badge.moveRight(area.right());
    else
        badge.moveLeft(area.left());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlphaF(0.16F);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(badge), height / 2.0, height / 2.0);
    painter->setPen(color);
    painter->drawText(badge, Qt::AlignCenter,
        metrics.elidedText(text, Qt::ElideRight, badge.width() - 2 * kPadding));
    painter->restore();
    return badge.width();
}

/// The badge colour readable on the view's background (lighter on dark themes) or on the
/// selection.
QColor badgeColor(const QModelIndex &index, const QStyleOptionViewItem &option)
{
    const QPalette &palette = option.palette;
    if (option.state & QStyle::State_Selected)
        return palette.color(QPalette::HighlightedText);
    return colors::readable(index.data(EntryListModel::StatusColorRole).value<QColor>(), palette);
}

} // namespace

void EntryCellDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int column = index.column();
    if (column != EntryListModel::ThumbnailColumn && column != EntryListModel::StatusColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as for any cell (the view's option has the state and the
    // alternating-row flag), then the picture or badge on top. initStyleOption() is not called:
    // it would fetch the row's thumbnail a second time for nothing.
    QStyleOptionViewItem background = option;
    background.index = index;
    background.text.clear();
    background.icon = QIcon();
    background.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QRect area = option.rect.adjusted(kPadding, 2, -kPadding, -2);
    if (column == EntryListModel::ThumbnailColumn) {
        const QSize size = index.data(Qt::SizeHintRole).toSize().boundedTo(area.size());
        QRect box(QPoint(), size);
        box.moveCenter(area.center());
        paintThumbnail(painter, box, index.data(Qt::DecorationRole), option.palette);
    } else {
        painter->save();
        painter->setFont(option.font);
        paintBadge(painter, area, index.data(Qt::DisplayRole).toString(), badgeColor(index, option),
            Qt::AlignLeft);
        painter->restore();
    }
}

QSize EntryCellDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == EntryListModel::ThumbnailColumn)
        return index.data(Qt::SizeHintRole).toSize() + QSize(2 * kPadding, 4);
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == EntryListModel::StatusColumn)
        size.rwidth() += 2 * kPadding + 4;
    return size;
}

EntryTileDelegate::EntryTileDelegate(QSize thumbnailSize, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnailSize(thumbnailSize)
{
}

void EntryTileDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &cell, const QModelIndex &index) const
{
    // The view may give a wider cell (tiles share the row's width): the tile sits in its middle.
    QStyleOptionViewItem option = cell;
    const int tileWidth = sizeHint(cell, index).width();
    if (option.rect.width() > tileWidth) {
        option.rect.setLeft(option.rect.left() + (option.rect.width() - tileWidth) / 2);
        option.rect.setWidth(tileWidth);
    }
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    // The whole tile shows the selection (and a hover tint), not only its text.
    if (selected || (option.state & QStyle::State_MouseOver)) {
        QColor fill = option.palette.color(group, QPalette::Highlight);
        if (!selected)
            fill.setAlphaF(0.15F);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 6, 6);
        painter->restore();
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option.palette.color(group, QPalette::Highlight).darker(130), 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
        painter->restore();
    }

    const QRect inner = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    QRect thumb(inner.topLeft(), m_thumbnailSize);
    thumb.moveLeft(inner.left() + (inner.width() - m_thumbnailSize.width()) / 2);
    paintThumbnail(painter, thumb, index.data(Qt::DecorationRole), option.palette);

    // The duration on the picture's bottom-right corner, as video sites do.
    const QString duration = index.data(EntryListModel::DurationTextRole).toString();
    const QFontMetrics metrics(option.font);
    if (!duration.isEmpty()) {
        QRect tag(0, 0, metrics.horizontalAdvance(duration) + 8, metrics.height());
        tag.moveBottomRight(thumb.bottomRight() - QPoint(4, 4));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 0, 0, 170));
        painter->drawRoundedRect(QRectF(tag), 3, 3);
        painter->setPen(Qt::white);
        painter->drawText(tag, Qt::AlignCenter, duration);
        painter->restore();
    }

    const QModelIndex name = index.siblingAtColumn(EntryListModel::NameColumn);
    QRect text(inner.left(), thumb.bottom() + 4, inner.width(), 2 * metrics.lineSpacing());
    painter->save();
    painter->setPen(
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    // Two lines at most: wrapped, the second elided.
    const QString full = name.data(Qt::DisplayRole).toString();
    QString first = full;
    int fit = full.size();
    while (fit > 0 && metrics.horizontalAdvance(full.left(fit)) > text.width())
        fit = std::max(0, int(full.lastIndexOf(u' ', fit - 1)));
    if (fit <= 0 || fit == full.size()) {
        first = metrics.elidedText(full, Qt::ElideRight, text.width());
        painter->drawText(text, Qt::AlignTop | Qt::AlignHCenter, first);
    } else {
        painter->drawText(text, Qt::AlignTop | Qt::AlignHCenter, full.left(fit));
        const QString rest
            = metrics.elidedText(full.mid(fit).trimmed(), Qt::ElideRight, text.width());
        painter->drawText(
            text.translated(0, metrics.lineSpacing()), Qt::AlignTop | Qt::AlignHCenter, rest);
    }
    painter->restore();

    const QModelIndex status = index.siblingAtColumn(EntryListModel::StatusColumn);
    QRect badgeArea(inner.left(), text.bottom() + 4, inner.width(), metrics.height() + 2);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->save();
    painter->setFont(small);
    const QString statusText = status.data(Qt::DisplayRole).toString();
    const int badgeWidth = QFontMetrics(small).horizontalAdvance(statusText) + 2 * kPadding;
    badgeArea.setLeft(inner.left() + std::max(0, (inner.width() - badgeWidth) / 2));
    paintBadge(painter, badgeArea, statusText, badgeColor(index, option), Qt::AlignLeft);
    painter->restore();
}

QSize EntryTileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {m_thumbnailSize.width() + 2 * kPadding + 8,
        m_thumbnailSize.height() + 3 * metrics.lineSpacing() + 2 * kPadding + 14};
}

} // namespace minikmc::ui
