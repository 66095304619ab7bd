// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entries/Entry.h"

#include <QWidget>

class QLabel;

namespace minikmc::ui {

class ThumbnailCache;

/// The facts of one entry at a glance: its name, thumbnail, id, type, duration, status, plays
/// and dates (the head of the details panel, above the form).
class EntrySummary final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntrySummary)

public:
    explicit EntrySummary(QWidget *parent = nullptr);
    ~EntrySummary() override;

    /// Where the picture comes from (none: no picture).
    void setThumbnailCache(ThumbnailCache *thumbnails);
    void setEntry(const entries::Entry &entry);
    entries::Entry entry() const { return m_entry; }

private:
    void updateThumbnail();

    ThumbnailCache *m_thumbnails = nullptr;
    entries::Entry m_entry;
    QLabel *m_picture;
    QLabel *m_name;
    QLabel *m_facts;
};

} // namespace minikmc::ui
