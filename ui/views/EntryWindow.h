// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace minikmc::api {
class Client;
}

namespace minikmc::ui {

class EntryEditModel;
class EntryEditor;
class ThumbnailCache;

/// One entry's details in a window of its own (to compare two entries, or to keep one open
/// while browsing). It asks before closing with unsaved edits.
class EntryWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryWindow)

public:
    EntryWindow(api::Client *client, ThumbnailCache *thumbnails, const QString &entryId,
        QWidget *parent = nullptr);
    ~EntryWindow() override;

    EntryEditor *editor() const { return m_editor; }
    EntryEditModel *model() const { return m_model; }

Q_SIGNALS:
    void saved();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    EntryEditModel *m_model;
    EntryEditor *m_editor;
};

} // namespace minikmc::ui
