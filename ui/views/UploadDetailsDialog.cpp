// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/UploadDetailsDialog.h"

#include "Colors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

UploadDetailsDialog::UploadDetailsDialog(Purpose purpose, const QStringList &files,
    const QList<EntryEditor::CategoryChoice> &categories, QWidget *parent)
    : QDialog(parent)
    , m_single(files.size() == 1)
{
    setObjectName(u"uploadDetailsDialog"_s);
    const bool adding = purpose == Purpose::NewUploads;
    setWindowTitle(
        adding ? tr("Upload %n Files", nullptr, int(files.size())) : tr("Upload Details"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (m_single)
        intro->setText(adding ? tr("Upload <b>%1</b> as a new entry.")
                                    .arg(QFileInfo(files.first()).fileName().toHtmlEscaped())
                              : tr("Details of the entry for <b>%1</b>. Changes are saved to "
                                   "the entry at once, also while it uploads.")
                                    .arg(QFileInfo(files.first()).fileName().toHtmlEscaped()));
    else
        intro->setText(tr("Each file becomes a new entry named after the file. The details "
                          "below apply to all %n files.",
            nullptr, int(files.size())));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    if (m_single) {
        m_name = new QLineEdit(this);
        m_name->setObjectName(u"uploadName"_s);
        m_name->setText(QFileInfo(files.first()).completeBaseName());
        m_name->setAccessibleName(tr("Name"));
        form->addRow(tr("&Name:"), m_name);
        connect(m_name, &QLineEdit::textChanged, this, &UploadDetailsDialog::validate);
    }
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"uploadDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_description->setAccessibleName(tr("Description"));
    form->addRow(tr("&Description:"), m_description);
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(u"uploadTags"_s);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. lecture, biology"));
    m_tags->setAccessibleName(tr("Tags"));
    form->addRow(tr("&Tags:"), m_tags);
    m_category = new QComboBox(this);
    m_category->setObjectName(u"uploadCategory"_s);
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("None"), QString());
    for (const EntryEditor::CategoryChoice &c : categories)
        m_category->addItem(c.fullName, c.id);
    m_category->setEnabled(!categories.isEmpty());
    form->addRow(tr("&Category:"), m_category);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"uploadProblem"_s);
    colors::markAsError(m_problem);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("&Upload") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
}

void UploadDetailsDialog::setMetadata(const upload::UploadMetadata &metadata)
{
    if (m_name && !metadata.name.isEmpty())
        m_name->setText(metadata.name);
    m_description->setPlainText(metadata.description);
    m_tags->setText(metadata.tags);
    m_moreCategories = metadata.categoryIds.mid(1);
    const int index = m_category->findData(metadata.categoryIds.value(0));
    if (index >= 0) {
        m_category->setCurrentIndex(index);
    } else if (!metadata.categoryIds.isEmpty()) {
        // A category this list does not know (not loaded yet): kept, shown by its id.
        m_category->addItem(
            tr("Category %1").arg(metadata.categoryIds.first()), metadata.categoryIds.first());
        m_category->setCurrentIndex(m_category->count() - 1);
        m_category->setEnabled(true);
    }
}

upload::UploadMetadata UploadDetailsDialog::metadata() const
{
    upload::UploadMetadata m;
    if (m_name)
        m.name = m_name->text().trimmed();
    m.description = m_description->toPlainText().trimmed();
    QStringList tags;
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    }
    m.tags = tags.join(u',');
    const QString category = m_category->currentData().toString();
    if (!category.isEmpty())
        m.categoryIds = {category};
    m.categoryIds += m_moreCategories;
    return m;
}

void UploadDetailsDialog::validate()
{
    const bool ok = !m_name || !m_name->text().trimmed().isEmpty();
    m_problem->setText(ok ? QString() : tr("An entry needs a name."));
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace minikmc::ui
