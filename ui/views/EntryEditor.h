// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entries/EntryPatch.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;

namespace minikmc::ui {

class EntryEditModel;
class EntrySummary;
class ThumbnailCache;

/// The metadata form of the details panel over an EntryEditModel: the entry's facts at the top,
/// then name, description, tags (completed from tags seen in the library), reference id,
/// categories and schedule, each marked when changed and with its validation message; Save
/// (Ctrl+S) and Revert. Conflicts open a dialog with their value and mine per field.
class EntryEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryEditor)

public:
    struct CategoryChoice {
        QString id;
        QString fullName;
    };

    EntryEditor(EntryEditModel *model, ThumbnailCache *thumbnails, QWidget *parent = nullptr);
    ~EntryEditor() override;

    /// Tags offered while typing.
    void setKnownTags(const QStringList &tags);
    /// The account's categories (for adding one and for names).
    void setCategories(const QList<CategoryChoice> &categories);

    EntryEditModel *model() const { return m_model; }

private:
    void buildForm();
    void refresh();
    void connectEdits();
    void showConflicts(const QList<entries::Conflict> &conflicts);
    QString categoryName(const QString &id) const;
    void markField(entries::Field field, QWidget *label);

    EntryEditModel *m_model;
    EntrySummary *m_summary;
    bool m_refreshing = false;
    QMap<QString, QString> m_categoryNames;
    QStringListModel *m_knownTags = nullptr;

    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_addTags = nullptr;
    QLineEdit *m_removeTags = nullptr;
    QLineEdit *m_referenceId = nullptr;
    QListWidget *m_categories = nullptr;
    QComboBox *m_addCategory = nullptr;
    QCheckBox *m_hasStart = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QMap<entries::Field, QLabel *> m_labels;
    QMap<entries::Field, QLabel *> m_messages;
    QLabel *m_multiNote = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace minikmc::ui
