// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/FilterPanel.h"

#include "entries/EntryQuery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

using entries::EntryStatus;
using entries::MediaType;

namespace {

constexpr int kTagsDebounceMs = 400;

/// The status choices: what an editor looks for, each one or more KalturaEntryStatus values.
struct StatusChoice {
    const char *label;
    QList<EntryStatus> statuses;
};

const QList<StatusChoice> &statusChoices()
{
    static const QList<StatusChoice> choices {
        {QT_TRANSLATE_NOOP("minikmc::ui::FilterPanel", "Any status"), {}},
        {QT_TRANSLATE_NOOP("minikmc::ui::FilterPanel", "Ready"), {EntryStatus::Ready}},
        {QT_TRANSLATE_NOOP("minikmc::ui::FilterPanel", "Importing or converting"),
            {EntryStatus::Import, EntryStatus::Preconvert}},
        {QT_TRANSLATE_NOOP("minikmc::ui::FilterPanel", "Failed"),
            {EntryStatus::ErrorImporting, EntryStatus::ErrorConverting}},
        {QT_TRANSLATE_NOOP("minikmc::ui::FilterPanel", "No media"), {EntryStatus::NoContent}},
        {QT_TRANSLATE_NOOP("minikmc::ui::FilterPanel", "Pending moderation"),
            {EntryStatus::Pending}},
    };
    return choices;
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setEnabled(false);
    return edit;
}

} // namespace

FilterPanel::FilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_video(new QCheckBox(tr("Video"), this))
    , m_audio(new QCheckBox(tr("Audio"), this))
    , m_image(new QCheckBox(tr("Image"), this))
    , m_status(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("From"), this))
    , m_from(dateEdit(this))
    , m_toEnabled(new QCheckBox(tr("To"), this))
    , m_to(dateEdit(this))
    , m_category(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_tagsDebounce(new QTimer(this))
    , m_reset(new QPushButton(tr("Clear Filters"), this))
{
    setObjectName(u"filterPanel"_s);
    const auto notify = [this] {
        m_reset->setEnabled(isActive());
        if (!m_resetting)
            Q_EMIT changed();
    };

    auto *types = new QGroupBox(tr("Type"), this);
    auto *typesLayout = new QVBoxLayout(types);
    for (QCheckBox *box : {m_video, m_audio, m_image}) {
        typesLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, notify);
    }
    m_video->setObjectName(u"filterVideo"_s);
    m_audio->setObjectName(u"filterAudio"_s);
    m_image->setObjectName(u"filterImage"_s);
    types->setToolTip(tr("None ticked: every type"));

    m_status->setObjectName(u"filterStatus"_s);
    for (const StatusChoice &choice : statusChoices())
        m_status->addItem(tr(choice.label));
    m_status->setAccessibleName(tr("Status"));
    connect(m_status, &QComboBox::currentIndexChanged, this, notify);

    auto *created = new QGroupBox(tr("Created"), this);
    auto *createdLayout = new QFormLayout(created);
    createdLayout->addRow(m_fromEnabled, m_from);
    createdLayout->addRow(m_toEnabled, m_to);
    m_from->setObjectName(u"filterCreatedFrom"_s);
    m_to->setObjectName(u"filterCreatedTo"_s);
    m_from->setAccessibleName(tr("Created from"));
    m_to->setAccessibleName(tr("Created to"));
    for (auto [box, edit] : {std::pair {m_fromEnabled, m_from}, std::pair {m_toEnabled, m_to}}) {
        connect(box, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(box, &QCheckBox::toggled, this, notify);
        connect(edit, &QDateEdit::dateChanged, this, [edit, notify] {
            if (edit->isEnabled())
                notify();
        });
    }
    // An end before the start would match nothing: the other date follows.
    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate from) {
        if (m_to->date() < from)
            m_to->setDate(from);
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate to) {
        if (m_from->date() > to)
            m_from->setDate(to);
    });

    m_category->setObjectName(u"filterCategory"_s);
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("Loading categories…"));
    m_category->setEnabled(false);
    connect(m_category, &QComboBox::currentIndexChanged, this, notify);

    m_tags->setObjectName(u"filterTags"_s);
    m_tags->setPlaceholderText(tr("tag1, tag2"));
    m_tags->setClearButtonEnabled(true);
    m_tags->setToolTip(tr("Entries with any of these tags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tagsDebounce->setSingleShot(true);
    m_tagsDebounce->setInterval(kTagsDebounceMs);
    connect(m_tags, &QLineEdit::textChanged, m_tagsDebounce, qOverload<>(&QTimer::start));
    connect(m_tags, &QLineEdit::returnPressed, this, [this, notify] {
        if (m_tagsDebounce->isActive()) {
            m_tagsDebounce->stop();
            notify();
        }
    });
    connect(m_tagsDebounce, &QTimer::timeout, this, notify);

    m_reset->setObjectName(u"clearFilters"_s);
    m_reset->setEnabled(false);
    connect(m_reset, &QPushButton::clicked, this, &FilterPanel::reset);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Tags"), m_tags);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(types);
    layout->addLayout(form);
    layout->addWidget(created);
    layout->addWidget(m_reset, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

FilterPanel::~FilterPanel() = default;

void FilterPanel::applyTo(entries::EntryQuery *query) const
{
    query->mediaTypes.clear();
    if (m_video->isChecked())
        query->mediaTypes.append(MediaType::Video);
    if (m_audio->isChecked())
        query->mediaTypes.append(MediaType::Audio);
    if (m_image->isChecked())
        query->mediaTypes.append(MediaType::Image);
    query->statuses = statusChoices().value(m_status->currentIndex()).statuses;
    // Whole days in local time: from the start of the first to the end of the last.
    query->createdFrom = m_fromEnabled->isChecked() ? m_from->date().startOfDay() : QDateTime();
    query->createdTo = m_toEnabled->isChecked() ? m_to->date().endOfDay() : QDateTime();
    const QString category = m_category->currentData().toString();
    query->categoryIds = category.isEmpty() ? QStringList() : QStringList {category};
    query->tags.clear();
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            query->tags.append(tag.trimmed());
    }
}

bool FilterPanel::isActive() const
{
    return m_video->isChecked() || m_audio->isChecked() || m_image->isChecked()
        || m_status->currentIndex() > 0 || m_fromEnabled->isChecked() || m_toEnabled->isChecked()
        || !m_category->currentData().toString().isEmpty() || !m_tags->text().trimmed().isEmpty();
}

void FilterPanel::reset()
{
    const bool wasActive = isActive();
    m_resetting = true;
    for (QCheckBox *box : {m_video, m_audio, m_image, m_fromEnabled, m_toEnabled})
        box->setChecked(false);
    m_status->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_tags->clear();
    m_tagsDebounce->stop();
    m_resetting = false;
    m_reset->setEnabled(false);
    if (wasActive)
        Q_EMIT changed();
}

void FilterPanel::setCategories(const QList<CategoryChoice> &categories)
{
    const QString selected = m_category->currentData().toString();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("Any category"));
    for (const CategoryChoice &c : categories) {
        QString label = c.fullName;
        label.replace(u'>', u" › "_s);
        m_category->addItem(label, c.id);
        if (c.entriesCount >= 0)
            m_category->setItemData(m_category->count() - 1,
                tr("%Ln entries", nullptr, int(c.entriesCount)), Qt::ToolTipRole);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(selected)));
    m_category->setEnabled(!categories.isEmpty());
    m_category->setToolTip(categories.isEmpty() ? tr("This account has no categories") : QString());
}

void FilterPanel::setCategoriesUnavailable(const QString &why)
{
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("Categories unavailable"));
    m_category->setEnabled(false);
    m_category->setToolTip(why);
}

} // namespace minikmc::ui
