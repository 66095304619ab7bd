// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/EntryEditor.h"

#include "Colors.h"
#include "models/EntryEditModel.h"
#include "models/EntryListModel.h"
#include "views/EntrySummary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

using entries::Field;

namespace {

/// Completes the tag being typed at the end of a comma-separated list.
class TagCompleter final : public QCompleter {
public:
    using QCompleter::QCompleter;
    QStringList splitPath(const QString &path) const override
    {
        return {path.section(u',', -1).trimmed()};
    }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *edit = qobject_cast<QLineEdit *>(widget());
        const QString text = edit ? edit->text() : QString();
        const qsizetype comma = text.lastIndexOf(u',');
        const QString before = comma < 0 ? QString() : text.left(comma + 1) + u' ';
        return before + QCompleter::pathFromIndex(index);
    }
};

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &t : text.split(u',', Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            tags.append(t.trimmed());
    }
    return tags;
}

QDateTimeEdit *dateTimeEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    edit->setDateTime(QDateTime::currentDateTime());
    return edit;
}

QString fieldTitle(Field field)
{
    switch (field) {
    case Field::Name:
        return EntryEditor::tr("Name");
    case Field::Description:
        return EntryEditor::tr("Description");
    case Field::Tags:
        return EntryEditor::tr("Tags");
    case Field::ReferenceId:
        return EntryEditor::tr("Reference ID");
    case Field::Categories:
        return EntryEditor::tr("Categories");
    case Field::StartDate:
        return EntryEditor::tr("Available from");
    case Field::EndDate:
        return EntryEditor::tr("Available until");
    }
    return {};
}

} // namespace

EntryEditor::EntryEditor(EntryEditModel *model, ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new EntrySummary)
{
    setObjectName(u"entryEditor"_s);
    m_summary->setThumbnailCache(thumbnails);
    buildForm();
    connectEdits();
    connect(m_model, &EntryEditModel::changed, this, &EntryEditor::refresh);
    connect(m_model, &EntryEditModel::stateChanged, this, &EntryEditor::refresh);
    connect(m_model, &EntryEditModel::failed, this, &EntryEditor::refresh);
    connect(m_model, &EntryEditModel::conflicted, this, &EntryEditor::showConflicts);
    refresh();
}

EntryEditor::~EntryEditor() = default;

void EntryEditor::buildForm()
{
    m_name = new QLineEdit;
    m_name->setObjectName(u"editName"_s);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(u"editDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(72);
    m_description->setMaximumHeight(140);
    m_tags = new QLineEdit;
    m_tags->setObjectName(u"editTags"_s);
    m_tags->setPlaceholderText(tr("tag, another tag"));
    m_addTags = new QLineEdit;
    m_addTags->setObjectName(u"editAddTags"_s);
    m_addTags->setPlaceholderText(tr("tags to add to every entry"));
    m_removeTags = new QLineEdit;
    m_removeTags->setObjectName(u"editRemoveTags"_s);
    m_removeTags->setPlaceholderText(tr("tags to remove from every entry"));
    // One list of known tags behind the three tag fields' completers.
    m_knownTags = new QStringListModel(this);
    for (QLineEdit *field : {m_tags, m_addTags, m_removeTags}) {
        auto *completer = new TagCompleter(m_knownTags, field);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        field->setCompleter(completer);
    }
    m_referenceId = new QLineEdit;
    m_referenceId->setObjectName(u"editReferenceId"_s);
    m_categories = new QListWidget;
    m_categories->setObjectName(u"editCategories"_s);
    m_categories->setMaximumHeight(64);
    m_categories->setToolTip(tr("Untick a category to take the entry out of it"));
    m_addCategory = new QComboBox;
    m_addCategory->setObjectName(u"editAddCategory"_s);
    m_hasStart = new QCheckBox;
    m_hasStart->setAccessibleName(tr("Has a start"));
    m_start = dateTimeEdit(this);
    m_start->setObjectName(u"editStart"_s);
    m_hasEnd = new QCheckBox;
    m_hasEnd->setAccessibleName(tr("Has an end"));
    m_end = dateTimeEdit(this);
    m_end->setObjectName(u"editEnd"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this, form](Field field, QWidget *editor) {
        auto *label = new QLabel(fieldTitle(field));
        label->setBuddy(editor);
        editor->setAccessibleName(fieldTitle(field));
        auto *message = new QLabel;
        message->setWordWrap(true);
        colors::markAsError(message);
        message->hide();
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(editor);
        column->addWidget(message);
        form->addRow(label, column);
        m_labels.insert(field, label);
        m_messages.insert(field, message);
    };
    addRow(Field::Name, m_name);
    addRow(Field::Description, m_description);
    auto *tagsBox = new QWidget;
    auto *tagsLayout = new QVBoxLayout(tagsBox);
    tagsLayout->setContentsMargins(0, 0, 0, 0);
    tagsLayout->addWidget(m_tags);
    tagsLayout->addWidget(m_addTags);
    tagsLayout->addWidget(m_removeTags);
    addRow(Field::Tags, tagsBox);
    addRow(Field::ReferenceId, m_referenceId);
    auto *categoriesBox = new QWidget;
    auto *categoriesLayout = new QVBoxLayout(categoriesBox);
    categoriesLayout->setContentsMargins(0, 0, 0, 0);
    categoriesLayout->addWidget(m_categories);
    categoriesLayout->addWidget(m_addCategory);
    addRow(Field::Categories, categoriesBox);
    for (auto [box, edit, field] : {std::tuple {m_hasStart, m_start, Field::StartDate},
             std::tuple {m_hasEnd, m_end, Field::EndDate}}) {
        auto *row = new QWidget;
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(box);
        rowLayout->addWidget(edit, 1);
        addRow(field, row);
    }
    // Fields inside a row's box are named themselves, for screen readers.
    m_tags->setAccessibleName(fieldTitle(Field::Tags));
    m_addTags->setAccessibleName(tr("Tags to add"));
    m_removeTags->setAccessibleName(tr("Tags to remove"));
    m_categories->setAccessibleName(fieldTitle(Field::Categories));
    m_start->setAccessibleName(fieldTitle(Field::StartDate));
    m_end->setAccessibleName(fieldTitle(Field::EndDate));

    m_multiNote = new QLabel;
    m_multiNote->setWordWrap(true);
    m_multiNote->setObjectName(u"multiEditNote"_s);
    m_error = new QLabel;
    m_error->setObjectName(u"editError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    colors::markAsError(m_error);
    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(u"saveButton"_s);
    m_save->setToolTip(tr("Save the changed fields (Ctrl+S)"));
    m_save->setDefault(true);
    m_revert = new QPushButton(tr("Revert"));
    m_revert->setObjectName(u"revertButton"_s);
    m_revert->setToolTip(tr("Back to the values on the server"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->addWidget(m_summary);
    column->addWidget(m_multiNote);
    column->addLayout(form);
    column->addWidget(m_error);
    column->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, m_model, &EntryEditModel::save);
    connect(m_save, &QPushButton::clicked, m_model, &EntryEditModel::save);
    connect(m_revert, &QPushButton::clicked, m_model, &EntryEditModel::revert);
}

void EntryEditor::connectEdits()
{
    const auto edit = [this](Field field, const QVariant &value) {
        if (!m_refreshing)
            m_model->setValue(field, value);
    };
    connect(m_name, &QLineEdit::textEdited, this,
        [edit](const QString &text) { edit(Field::Name, text); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
        [this, edit] { edit(Field::Description, m_description->toPlainText()); });
    connect(m_tags, &QLineEdit::textEdited, this,
        [edit](const QString &text) { edit(Field::Tags, splitTags(text)); });
    connect(m_addTags, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_refreshing)
            m_model->setTagsToAdd(splitTags(text));
    });
    connect(m_removeTags, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_refreshing)
            m_model->setTagsToRemove(splitTags(text));
    });
    connect(m_referenceId, &QLineEdit::textEdited, this,
        [edit](const QString &text) { edit(Field::ReferenceId, text); });
    connect(m_categories, &QListWidget::itemChanged, this, [this, edit] {
        QStringList ids;
        for (int i = 0; i < m_categories->count(); ++i) {
            if (m_categories->item(i)->checkState() == Qt::Checked)
                ids.append(m_categories->item(i)->data(Qt::UserRole).toString());
        }
        edit(Field::Categories, ids);
    });
    connect(m_addCategory, &QComboBox::activated, this, [this, edit](int index) {
        const QString id = m_addCategory->itemData(index).toString();
        if (id.isEmpty())
            return;
        QStringList ids = m_model->value(Field::Categories).toStringList();
        if (!ids.contains(id))
            ids.append(id);
        m_addCategory->setCurrentIndex(0);
        edit(Field::Categories, ids);
    });
    for (auto [box, dateEdit, field] : {std::tuple {m_hasStart, m_start, Field::StartDate},
             std::tuple {m_hasEnd, m_end, Field::EndDate}}) {
        const auto apply = [box = box, dateEdit = dateEdit, field = field, edit] {
            edit(field, box->isChecked() ? QVariant(dateEdit->dateTime().toUTC()) : QVariant());
        };
        connect(box, &QCheckBox::toggled, this, apply);
        connect(dateEdit, &QDateTimeEdit::dateTimeChanged, this, [box = box, apply] {
            if (box->isChecked())
                apply();
        });
    }
}

void EntryEditor::setKnownTags(const QStringList &tags)
{
    m_knownTags->setStringList(tags);
}

void EntryEditor::setCategories(const QList<CategoryChoice> &categories)
{
    m_categoryNames.clear();
    m_addCategory->clear();
    m_addCategory->addItem(tr("Add to a category…"));
    for (const CategoryChoice &c : categories) {
        m_categoryNames.insert(c.id, c.fullName);
        m_addCategory->addItem(QString(c.fullName).replace(u'>', u" › "_s), c.id);
    }
    refresh();
}

QString EntryEditor::categoryName(const QString &id) const
{
    QString name = m_model->details().categoryNames.value(id, m_categoryNames.value(id));
    return name.isEmpty() ? tr("Category %1").arg(id) : name.replace(u'>', u" › "_s);
}

void EntryEditor::markField(Field field, QWidget *label)
{
    // A changed field: its label in bold with a dot, as editors know from documents.
    QFont font = label->font();
    font.setBold(m_model->isDirty(field));
    label->setFont(font);
    static_cast<QLabel *>(label)->setText(
        m_model->isDirty(field) ? fieldTitle(field) + u" •"_s : fieldTitle(field));
    QLabel *message = m_messages.value(field);
    const QString why = m_model->validationMessage(field);
    message->setText(why);
    message->setVisible(!why.isEmpty());
}

void EntryEditor::refresh()
{
    const QSignalBlocker blockCategories(m_categories);
    m_refreshing = true;
    const auto state = m_model->state();
    const bool ready = state == EntryEditModel::State::Ready;
    const bool multi = m_model->isMulti();

    if (!multi && !m_model->entryIds().isEmpty())
        m_summary->setEntry(m_model->details().entry);
    m_summary->setVisible(!multi && state != EntryEditModel::State::Empty);
    m_multiNote->setVisible(multi);
    if (multi)
        m_multiNote->setText(tr("Editing %Ln entries. Fields marked “mixed” differ between them "
                                "and stay as they are unless you change them.",
            nullptr, int(m_model->entryIds().size())));

    const auto setText = [this](QLineEdit *edit, Field field) {
        const QString text = m_model->value(field).toString();
        if (edit->text() != text) {
            edit->setText(text);
            edit->setCursorPosition(0); // the start of a long name, not its end
        }
        edit->setPlaceholderText(m_model->isMixed(field) ? tr("(mixed)") : QString());
    };
    setText(m_name, Field::Name);
    setText(m_referenceId, Field::ReferenceId);
    const QString description = m_model->value(Field::Description).toString();
    if (m_description->toPlainText() != description)
        m_description->setPlainText(description);
    m_description->setPlaceholderText(
        m_model->isMixed(Field::Description) ? tr("(mixed)") : QString());
    const QString tags = m_model->value(Field::Tags).toStringList().join(u", "_s);
    if (splitTags(m_tags->text()) != m_model->value(Field::Tags).toStringList())
        m_tags->setText(tags);
    m_tags->setVisible(!multi);
    m_addTags->setVisible(multi);
    m_removeTags->setVisible(multi);
    if (multi) {
        if (splitTags(m_addTags->text()) != m_model->tagsToAdd())
            m_addTags->setText(m_model->tagsToAdd().join(u", "_s));
        if (splitTags(m_removeTags->text()) != m_model->tagsToRemove())
            m_removeTags->setText(m_model->tagsToRemove().join(u", "_s));
    }

    m_categories->clear();
    for (const QString &id : m_model->value(Field::Categories).toStringList()) {
        auto *item = new QListWidgetItem(categoryName(id), m_categories);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }

    for (auto [box, edit, field] : {std::tuple {m_hasStart, m_start, Field::StartDate},
             std::tuple {m_hasEnd, m_end, Field::EndDate}}) {
        const QDateTime when = m_model->value(field).toDateTime();
        box->setChecked(when.isValid());
        edit->setEnabled(when.isValid() && ready);
        if (when.isValid() && edit->dateTime() != when.toLocalTime())
            edit->setDateTime(when.toLocalTime());
    }

    for (const Field field : entries::editableFields())
        markField(field, m_labels.value(field));

    for (QWidget *w : std::initializer_list<QWidget *> {m_name, m_description, m_tags, m_addTags,
             m_removeTags, m_referenceId, m_categories, m_addCategory, m_hasStart, m_hasEnd})
        w->setEnabled(ready);
    m_save->setEnabled(ready && m_model->isDirty() && m_model->isValid());
    m_save->setText(state == EntryEditModel::State::Saving ? tr("Saving…") : tr("Save"));
    m_revert->setEnabled(ready && m_model->isDirty());
    m_error->setText(m_model->errorText());
    m_error->setVisible(!m_model->errorText().isEmpty());
    m_refreshing = false;
}

void EntryEditor::showConflicts(const QList<entries::Conflict> &conflicts)
{
    QDialog dialog(this);
    dialog.setObjectName(u"conflictDialog"_s);
    dialog.setWindowTitle(tr("Changed on the Server Meanwhile"));
    auto *text = new QLabel(tr("Someone changed these fields since you opened the entry. Choose, "
                               "field by field, which value to keep. Nothing was saved yet."));
    text->setWordWrap(true);
    auto *table = new QTableWidget(int(conflicts.size()), 4);
    table->setObjectName(u"conflictTable"_s);
    table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Theirs (on the server)"), tr("Mine"), tr("Keep mine")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const auto shown = [](const QVariant &v) {
        if (v.typeId() == QMetaType::QStringList)
            return v.toStringList().join(u", "_s);
        if (v.typeId() == QMetaType::QDateTime)
            return v.toDateTime().isValid()
                ? QLocale().toString(v.toDateTime().toLocalTime(), QLocale::ShortFormat)
                : tr("(none)");
        return v.toString().isEmpty() ? tr("(empty)") : v.toString();
    };
    for (int row = 0; row < conflicts.size(); ++row) {
        const entries::Conflict &c = conflicts.at(row);
        table->setItem(row, 0, new QTableWidgetItem(fieldTitle(c.field)));
        table->setItem(row, 1, new QTableWidgetItem(shown(c.theirs)));
        table->setItem(row, 2, new QTableWidgetItem(shown(c.mine)));
        auto *keep = new QTableWidgetItem;
        keep->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        keep->setCheckState(Qt::Checked);
        table->setItem(row, 3, keep);
    }
    auto *buttons = new QDialogButtonBox;
    QPushButton *apply = buttons->addButton(tr("Save My Choices"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(u"saveChoices"_s);
    buttons->addButton(tr("Keep Editing"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(560, 260);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QMap<Field, bool> keepMine;
    for (int row = 0; row < conflicts.size(); ++row)
        keepMine.insert(conflicts.at(row).field, table->item(row, 3)->checkState() == Qt::Checked);
    m_model->resolveConflicts(keepMine);
}

} // namespace minikmc::ui
