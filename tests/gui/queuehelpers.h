// Helpers for GUI tests that drive queue pages (full or embedded) against the in-process
// server: typing into the search box, showing every row, reading an item from the server.
// (tst_queues keeps its own copies for now; new tests use these.)
#pragma once

#include "queue/queuepagecore.h"
#include "session/session.h"

#include <QJsonDocument>
#include <QLineEdit>
#include <QTest>

namespace wf::guitest {

// Types `text` into the page's search box and waits for the debounced filter to take it.
inline void typeSearch(ui::queue::QueuePageCore *page, const QString &text)
{
    auto *box = page->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QVERIFY(box);
    box->clear();
    QTest::keyClicks(box, text);
    QTRY_COMPARE(page->model()->filter().search, text.trimmed());
}

// A queue page's view with no time range: every row the store holds.
inline void showAll(ui::queue::QueuePageCore *page)
{
    ui::queue::SavedView all;
    all.rangeDays = 0;
    page->setView(all);
}

// GET `path` on the session's Graph base ("security/alerts_v2/<id>"); empty on timeout.
inline QJsonObject serverItem(session::Session *session, const QString &path)
{
    QJsonObject out;
    bool done = false;
    net::RestCall *call = session->graph()->get(path);
    QObject::connect(call, &net::RestCall::finished, call, [&](const net::RestResult &r) {
        out = QJsonDocument::fromJson(r.body).object();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return {};
    return out;
}

} // namespace wf::guitest
