// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTimer;

namespace minikmc::entries {
struct EntryQuery;
}

namespace minikmc::ui {

/// The Filters dock: media type, status, creation dates, category and tags. It edits the
/// filter part of a library query; changed() says when the list should be asked again
/// (typing in the tags field waits for a pause).
class FilterPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPanel)

public:
    struct CategoryChoice {
        QString id;
        QString fullName; ///< "Parent>Child", shown as "Parent › Child"
        qint64 entriesCount = -1;
    };

    explicit FilterPanel(QWidget *parent = nullptr);
    ~FilterPanel() override;

    /// Writes the filters into query (media types, statuses, created range, categories, tags).
    void applyTo(entries::EntryQuery *query) const;
    /// Whether any filter narrows the list.
    bool isActive() const;
    /// Back to "everything"; emits changed() once when something was set.
    void reset();

    /// The categories to choose from; categoriesUnavailable() when they could not be loaded.
    void setCategories(const QList<CategoryChoice> &categories);
    void setCategoriesUnavailable(const QString &why);

Q_SIGNALS:
    void changed();

private:
    QCheckBox *m_video;
    QCheckBox *m_audio;
    QCheckBox *m_image;
    QComboBox *m_status;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QComboBox *m_category;
    QLineEdit *m_tags;
    QTimer *m_tagsDebounce;
    QPushButton *m_reset;
    bool m_resetting = false;
};

} // namespace minikmc::ui
