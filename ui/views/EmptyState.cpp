// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/EmptyState.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace minikmc::ui {

namespace {

QColor mix(const QColor &a, const QColor &b, float t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t, a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace

EmptyState::EmptyState(Size size, QWidget *parent)
    : QFrame(parent)
    , m_size(size)
    , m_iconLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_column(new QWidget(this))
{
    const bool large = m_size == Size::Large;

    // The panel stands where a view (table, form, player) will be: same frame and background.
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_iconLabel->setAlignment(Qt::AlignCenter);
    m_iconLabel->hide();

    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * (large ? 1.45 : 1.1));
    m_titleLabel->setFont(titleFont);

    for (QLabel *label : {m_titleLabel, m_textLabel}) {
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_textLabel->hide();
    m_actionButton->hide();
    connect(m_actionButton, &QPushButton::clicked, this, &EmptyState::actionTriggered);

    // A centred column that is at most maxWidth wide and otherwise as wide as the panel. The
    // labels are added without an alignment so that their height follows their wrapped width.
    auto *column = new QVBoxLayout;
    column->setSpacing(large ? 10 : 6);
    column->addWidget(m_iconLabel);
    column->addSpacing(large ? 4 : 0);
    column->addWidget(m_titleLabel);
    column->addWidget(m_textLabel);
    column->addSpacing(large ? 6 : 2);
    column->addWidget(m_actionButton, 0, Qt::AlignHCenter);
    column->setContentsMargins(0, 0, 0, 0);
    m_column->setLayout(column);
    m_column->setMaximumWidth(large ? 440 : 260);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_column, 100);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    // Slightly above the middle, where the eye goes first.
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    updateColors();
}

void EmptyState::setIcon(const QIcon &icon)
{
    m_icon = icon;
    updateIcon();
}

void EmptyState::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
}

void EmptyState::setText(const QString &text)
{
    m_textLabel->setText(text);
    m_textLabel->setVisible(!text.isEmpty());
}

void EmptyState::setMaximumTextWidth(int width)
{
    m_column->setMaximumWidth(width);
}

void EmptyState::setActionText(const QString &text)
{
    m_actionButton->setText(text);
    m_actionButton->setVisible(!text.isEmpty());
}

QString EmptyState::actionText() const
{
    return m_actionButton->isHidden() ? QString() : m_actionButton->text();
}

QString EmptyState::title() const
{
    return m_titleLabel->text();
}

QString EmptyState::text() const
{
    return m_textLabel->text();
}

void EmptyState::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColors();
}

void EmptyState::updateIcon()
{
    if (m_icon.isNull()) {
        m_iconLabel->hide();
        return;
    }
    const int extent = m_size == Size::Large ? 72 : 40;
    // Disabled mode greys the icon out: it illustrates, it is not something to click.
    m_iconLabel->setPixmap(
        m_icon.pixmap(QSize(extent, extent), devicePixelRatioF(), QIcon::Disabled));
    m_iconLabel->show();
}

void EmptyState::updateColors()
{
    // Secondary text: between the text and the background colour, readable in light and dark
    // themes.
    const QPalette pal = palette();
    const QColor muted = mix(pal.color(QPalette::WindowText), pal.color(QPalette::Window), 0.40F);
    QPalette textPal = m_textLabel->palette();
    textPal.setColor(QPalette::WindowText, muted);
    m_textLabel->setPalette(textPal);
    QPalette titlePal = m_titleLabel->palette();
    titlePal.setColor(QPalette::WindowText,
        mix(pal.color(QPalette::WindowText), pal.color(QPalette::Window), 0.15F));
    m_titleLabel->setPalette(titlePal);
    updateIcon();
}

} // namespace minikmc::ui
