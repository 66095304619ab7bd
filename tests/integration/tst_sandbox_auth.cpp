// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: to be written (issue 3).
#include <QTest>

class TestSandboxauth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TestSandboxauth)
#include "tst_sandbox_auth.moc"
