// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assets/Assets.h"

#include <QAbstractTableModel>

namespace minikmc::ui {

/// An entry's flavors (renditions) as a table (KALTURA-API.md §8.1): source or flavor params,
/// container and codec, resolution, frame rate, bitrate, size, status, markers and tags.
class FlavorListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlavorListModel)

public:
    enum Column {
        FlavorColumn,
        FormatColumn,
        ResolutionColumn,
        FrameRateColumn,
        BitrateColumn,
        SizeColumn,
        StatusColumn,
        MarkersColumn,
        TagsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1, ///< the column's value unformatted
        FlavorIdRole, ///< the row's flavor id
        StatusColorRole, ///< the colour of the status badge
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the list; rows that stay keep their place (dataChanged, not a reset).
    void setFlavors(const QList<assets::Flavor> &flavors);
    QList<assets::Flavor> flavors() const { return m_flavors; }
    assets::Flavor flavorAt(int row) const { return m_flavors.value(row); }
    /// Whether a flavor is still being made (the tab then polls).
    bool anyInProgress() const;

    static QString statusText(assets::FlavorStatus status);
    static bool isInProgress(assets::FlavorStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<assets::Flavor> m_flavors;
};

} // namespace minikmc::ui
