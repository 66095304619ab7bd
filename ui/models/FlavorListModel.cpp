// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FlavorListModel.h"

#include "Colors.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

using assets::Flavor;
using assets::FlavorStatus;

bool FlavorListModel::isInProgress(FlavorStatus status)
{
    return status == FlavorStatus::Queued || status == FlavorStatus::Converting
        || status == FlavorStatus::WaitForConvert || status == FlavorStatus::Importing
        || status == FlavorStatus::Validating || status == FlavorStatus::Temp;
}

QString FlavorListModel::statusText(FlavorStatus status)
{
    switch (status) {
    case FlavorStatus::Error:
        return tr("Failed");
    case FlavorStatus::Queued:
        return tr("Queued");
    case FlavorStatus::Converting:
        return tr("Converting");
    case FlavorStatus::Ready:
        return tr("Ready");
    case FlavorStatus::Deleted:
        return tr("Deleted");
    case FlavorStatus::NotApplicable:
        return tr("Not applicable");
    case FlavorStatus::Temp:
        return tr("Temporary");
    case FlavorStatus::WaitForConvert:
        return tr("Waiting to convert");
    case FlavorStatus::Importing:
        return tr("Importing");
    case FlavorStatus::Validating:
        return tr("Validating");
    case FlavorStatus::Exporting:
        return tr("Exporting");
    }
    return tr("Unknown (%1)").arg(int(status));
}

bool FlavorListModel::anyInProgress() const
{
    return std::any_of(m_flavors.cbegin(), m_flavors.cend(),
        [](const Flavor &f) { return isInProgress(f.status); });
}

void FlavorListModel::setFlavors(const QList<Flavor> &flavors)
{
    const bool sameRows = flavors.size() == m_flavors.size()
        && std::equal(flavors.cbegin(), flavors.cend(), m_flavors.cbegin(),
            [](const Flavor &a, const Flavor &b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_flavors = flavors;
        endResetModel();
        return;
    }
    m_flavors = flavors;
    if (!m_flavors.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FlavorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flavors.size());
}

int FlavorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlavorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Flavor &f = m_flavors.at(index.row());
    const QLocale locale;
    if (role == FlavorIdRole)
        return f.id;
    if (role == StatusColorRole) {
        using colors::Tone;
        if (f.status == FlavorStatus::Ready)
            return colors::tone(Tone::Good);
        if (f.status == FlavorStatus::Error)
            return colors::tone(Tone::Bad);
        return colors::tone(isInProgress(f.status) ? Tone::Busy : Tone::Neutral);
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return colors::readable(
            data(index, StatusColorRole).value<QColor>(), QGuiApplication::palette());
    if (role == RawValueRole) {
        switch (index.column()) {
        case FlavorColumn:
            return f.flavorParamsId;
        case FormatColumn:
            return f.containerFormat;
        case ResolutionColumn:
            return f.width * f.height;
        case FrameRateColumn:
            return f.frameRate;
        case BitrateColumn:
            return f.bitrateKbps;
        case SizeColumn:
            return f.sizeBytes;
        case StatusColumn:
            return int(f.status);
        case MarkersColumn:
            return int(f.isOriginal) * 2 + int(f.isWeb);
        case TagsColumn:
            return f.tags;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == FrameRateColumn || index.column() == BitrateColumn
            || index.column() == SizeColumn;
        return QVariant::fromValue((number ? Qt::AlignRight : Qt::AlignLeading) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        // Everything about the rendition at once (the narrow panel hides some columns).
        QStringList lines;
        for (int column = 0; column < ColumnCount; ++column) {
            const QString value
                = data(this->index(index.row(), column), Qt::DisplayRole).toString();
            if (!value.isEmpty())
                lines.append(headerData(column, Qt::Horizontal).toString() + u": "_s + value);
        }
        lines.append(tr("ID: %1").arg(f.id));
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FlavorColumn:
        return f.flavorParamsId == 0 ? tr("Source") : tr("Flavor %1").arg(f.flavorParamsId);
    case FormatColumn:
        return f.videoCodecId.isEmpty() ? f.containerFormat
                                        : u"%1 · %2"_s.arg(f.containerFormat, f.videoCodecId);
    case ResolutionColumn:
        return f.width > 0 ? u"%1×%2"_s.arg(f.width).arg(f.height) : QString();
    case FrameRateColumn:
        return f.frameRate > 0 ? locale.toString(f.frameRate, 'f', 2) : QString();
    case BitrateColumn:
        return f.bitrateKbps > 0 ? tr("%1 kbit/s").arg(locale.toString(f.bitrateKbps)) : QString();
    case SizeColumn:
        return locale.formattedDataSize(f.sizeBytes, 1, QLocale::DataSizeTraditionalFormat);
    case StatusColumn:
        return statusText(f.status);
    case MarkersColumn: {
        QStringList markers;
        if (f.isOriginal)
            markers.append(tr("original"));
        if (f.isWeb)
            markers.append(tr("web-playable"));
        return markers.join(u", "_s);
    }
    case TagsColumn:
        return f.tags.join(u", "_s);
    default:
        return {};
    }
}

QVariant FlavorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FlavorColumn:
        return tr("Flavor");
    case FormatColumn:
        return tr("Format");
    case ResolutionColumn:
        return tr("Resolution");
    case FrameRateColumn:
        return tr("Frame rate");
    case BitrateColumn:
        return tr("Bitrate");
    case SizeColumn:
        return tr("Size");
    case StatusColumn:
        return tr("Status");
    case MarkersColumn:
        return tr("Kind");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

} // namespace minikmc::ui
