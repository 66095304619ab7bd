// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

ShortcutsDialog::ShortcutsDialog(const QList<Shortcut> &shortcuts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(u"shortcutsTree"_s);
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Action"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::NoFocus);
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    QTreeWidgetItem *group = nullptr;
    for (const Shortcut &s : shortcuts) {
        if (!group || group->text(0) != s.group) {
            group = new QTreeWidgetItem(tree, {s.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group,
            {QString(s.description).remove(u'&').remove(u'…'),
                s.keys.toString(QKeySequence::NativeText)});
        item->setFlags(Qt::ItemIsEnabled);
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);
    layout->addWidget(tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 520);
}

} // namespace minikmc::ui
