// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace minikmc::ui {

/// Table cells of the entry list that are more than text: the thumbnail (the picture, or a
/// neutral placeholder while it loads or when there is none) and the status (a coloured badge).
class EntryCellDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryCellDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// One tile of the grid (icon) mode: thumbnail with the duration on it, name (two lines at
/// most) and status badge. The index is the row's thumbnail cell.
class EntryTileDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryTileDelegate)

public:
    explicit EntryTileDelegate(QSize thumbnailSize, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QSize m_thumbnailSize;
};

} // namespace minikmc::ui
