// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/EntryWindow.h"

#include "models/EntryEditModel.h"
#include "views/EntryEditor.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

EntryWindow::EntryWindow(
    api::Client *client, ThumbnailCache *thumbnails, const QString &entryId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(new EntryEditModel(client, this))
    , m_editor(new EntryEditor(m_model, thumbnails, this))
{
    setObjectName(u"entryWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Entry %1").arg(entryId));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    resize(520, 720);
    connect(m_model, &EntryEditModel::changed, this, [this] {
        const QString name = m_model->details().entry.name;
        if (!name.isEmpty())
            setWindowTitle(tr("%1 – mini-KMC").arg(name));
    });
    connect(m_model, &EntryEditModel::saved, this, &EntryWindow::saved);
    m_model->load(entryId);
}

EntryWindow::~EntryWindow() = default;

void EntryWindow::closeEvent(QCloseEvent *event)
{
    if (m_model->isDirty()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
            tr("Close without saving your changes?"), QMessageBox::Discard | QMessageBox::Cancel,
            QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    QWidget::closeEvent(event);
}

} // namespace minikmc::ui
