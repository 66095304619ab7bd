// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "upload/UploadCalls.h"
#include "views/EntryEditor.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace minikmc::ui {

/// The sheet of an upload: name (one file only), description, tags and a category, set before
/// the files are queued (for all of them at once) or while one uploads (sent as a partial update
/// of its entry).
class UploadDetailsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadDetailsDialog)

public:
    enum class Purpose { NewUploads, ExistingUpload };

    /// files: the files it is for (their count and, for one, its name is shown).
    UploadDetailsDialog(Purpose purpose, const QStringList &files,
        const QList<EntryEditor::CategoryChoice> &categories, QWidget *parent = nullptr);

    void setMetadata(const upload::UploadMetadata &metadata);
    /// The name is left empty for several files (each gets its file's name).
    upload::UploadMetadata metadata() const;

private:
    void validate();

    bool m_single;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_problem = nullptr;
    QStringList m_moreCategories; ///< beyond the first (set elsewhere); kept as they are
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace minikmc::ui
