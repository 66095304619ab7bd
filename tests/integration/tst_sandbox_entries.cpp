// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: to be written (issue 3).
#include <QTest>

class TestSandboxentries : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TestSandboxentries)
#include "tst_sandbox_entries.moc"
