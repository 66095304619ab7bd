// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QIcon>

class QLabel;
class QPushButton;

namespace minikmc::ui {

/// A centred "nothing here (yet)" message: an optional icon, a short title and one explanatory
/// sentence. Used wherever a view has no data to show, so that no view ever shows placeholders
/// that look like data. Drawn as a panel on the view background colour, where the view will be.
class EmptyState final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    /// How much room the message takes: Large for the central area, Compact for docks and tabs.
    enum class Size { Large, Compact };

    explicit EmptyState(Size size = Size::Compact, QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    /// Widest the icon/title/text column gets before the text wraps (default by Size).
    void setMaximumTextWidth(int width);

    /// A button under the text (e.g. "Try Again"); an empty text removes it. Its clicks reach
    /// actionTriggered().
    void setActionText(const QString &text);
    QString actionText() const;

    QString title() const;
    QString text() const;

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();
    void updateColors();

    Size m_size;
    QIcon m_icon;
    QLabel *m_iconLabel;
    QLabel *m_titleLabel;
    QLabel *m_textLabel;
    QPushButton *m_actionButton;
    QWidget *m_column;
};

} // namespace minikmc::ui
