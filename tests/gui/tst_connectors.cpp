// The connector pages against the real watchfloor-server, in-process on a loopback port:
// an admin toggles a subscription, bulk-connects three, switches a bi-directional sync
// drop-down, and each change is checked on the server through its own ARM API; a Security
// Reader finds every control disabled with the missing role in its tooltip; the duplicate
// doctor finds planted duplicates, counts them and removes them in one click; and the whole
// migration the documentation recommends (legacy connector + analytics rule -> tenant-based
// connector + Defender XDR incidents, no duplicates) is done from the console, with each
// step's effect on the data checked.
#include "demosession.h"
#include "../api/apiclient.h"
#include "common/toggleswitch.h"
#include "connectors/connectorsarea.h"
#include "connectors/legacyconnectorpage.h"
#include "connectors/tenantpages.h"
#include "hunting/huntingpage.h"
#include "item/queryresultmodel.h"
#include "rules/rulespage.h"
#include "serverhost.h"
#include "session/session.h"
#include "shell/embeddedtenant.h"
#include "shell/errorbanner.h"
#include "shell/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wf;
using apitest::bearer;
using apitest::Client;
using apitest::Headers;
using apitest::Reply;
using ui::MainWindow;

namespace {

constexpr int kTimeoutMs = 60000;
const QString kApi = u"?api-version=2024-09-01"_s;

QtMessageHandler s_previousHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"does not support propagateSizeHints"))
        return;
    s_previousHandler(type, context, message);
}

ui::EmbeddedTenant tenantOf(const server::ServerInfo &info)
{
    ui::EmbeddedTenant t;
    t.baseUrl = QUrl(info.baseUrl);
    t.tenantId = info.tenantId;
    t.tenantName = info.tenantName;
    t.domain = info.domain;
    for (const auto &c : info.credentials)
        t.principals.append({c.login, c.secret, c.roles, c.description});
    return t;
}

// Clicks Yes in the confirmation the doctor opens.
void acceptConfirmation()
{
    QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QCOMPARE(box->objectName(), u"confirmFixDialog"_s);
    box->button(QMessageBox::Yes)->click();
}

} // namespace

class ConnectorsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void overviewShowsConnectors();
    void nextStepsRunSampleInHunting();
    void toggleOneSubscription();
    void bulkConnectThree();
    void switchBidirectionalSync();
    void refusedChangeGoesBack();
    void enableAllPlans();
    void readerSeesEveryControlDisabled();
    void doctorRemovesPlantedDuplicates();
    void migrationToRecommendedSetup();

private:
    std::unique_ptr<MainWindow> openAs(const char *user);
    ui::ConnectorsArea *area(MainWindow *w);
    QString token(const char *user, const QString &resource);
    Reply arm(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QString workspacePath();
    bool legacyConnectedOnServer(const QString &sub);
    bool syncOnServer(const QString &sub);
    QStringList eligibleSubscriptions(integration::SetupService *setup);
    QString simulate(const QString &sub);
    qint64 count(const QString &kql);
    QStringList sentinelIncidentProviders(const QString &dfcName);
    void setLegacyOnServer(const QString &sub, bool on);

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerHost> m_host;
    server::ServerInfo m_info;
    ui::EmbeddedTenant m_tenant;
    Client m_client;
    QHash<QString, QString> m_tokens;
    QJsonObject m_settings;
    int m_windows = 0;
};

void ConnectorsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    s_previousHandler = qInstallMessageHandler(quietHandler);
    testsupport::isolateSettings(m_dir.path());
    server::ServerConfig config;
    config.dbPath = m_dir.filePath(u"tenant.db"_s);
    config.port = 0;
    config.demo = true;
    config.demoOptions.alerts = 800;
    config.syncDelayMs = 200;
    m_host = std::make_unique<server::ServerHost>();
    QString error;
    QVERIFY2(m_host->start(config, &error), qPrintable(error));
    m_info = m_host->info();
    m_tenant = tenantOf(m_info);
    m_client.setBaseUrl(m_info.baseUrl);
    const Reply s = arm("GET", u"/providers/Watchfloor.Simulator/tenantSettings/default"_s + kApi);
    QVERIFY2(s.status == 200, s.describe());
    m_settings = s.json().value(u"properties").toObject();
}

void ConnectorsTest::cleanupTestCase()
{
    m_host.reset();
}

// ---- helpers

QString ConnectorsTest::token(const char *user, const QString &resource)
{
    const QString login = QLatin1StringView(user) + u'@' + m_info.domain;
    const QString key = login + resource;
    if (m_tokens.contains(key))
        return m_tokens.value(key);
    QString secret;
    for (const auto &c : m_info.credentials) {
        if (c.login == login)
            secret = c.secret;
    }
    const Reply r = m_client.send("POST", u'/' + m_info.tenantId + u"/oauth2/v2.0/token"_s,
                                  apitest::encodeQuery({{u"grant_type"_s, u"password"_s},
                                                        {u"username"_s, login},
                                                        {u"password"_s, secret},
                                                        {u"scope"_s, resource + u"/.default"_s}})
                                      .mid(1)
                                      .toLatin1(),
                                  {{"Content-Type", "application/x-www-form-urlencoded"}});
    const QString t = r.json().value(u"access_token").toString();
    m_tokens.insert(key, t);
    return t;
}

// The checks read the server as the admin, through its public API: not through the
// console's own client.
Reply ConnectorsTest::arm(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    Headers h = bearer(token("admin", u"https://management.azure.com"_s));
    if (!body.isEmpty())
        h.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return m_client.send(method, path, body.isEmpty() ? QByteArray() : apitest::json(body), h);
}

QString ConnectorsTest::workspacePath()
{
    return m_settings.value(u"workspaceResourceId").toString() + u"/providers/Microsoft.SecurityInsights"_s;
}

bool ConnectorsTest::legacyConnectedOnServer(const QString &sub)
{
    const Reply r = arm("GET", workspacePath() + u"/dataConnectors/asc-"_s + sub + kApi);
    return r.status == 200
        && r.json().value(u"properties").toObject().value(u"dataTypes").toObject().value(u"alerts").toObject().value(u"state").toString()
        == u"Enabled"_s;
}

bool ConnectorsTest::syncOnServer(const QString &sub)
{
    const Reply r = arm("GET", u"/subscriptions/"_s + sub + u"/providers/Microsoft.Security/settings/Sentinel"_s + kApi);
    return r.json().value(u"properties").toObject().value(u"enabled").toBool();
}

void ConnectorsTest::setLegacyOnServer(const QString &sub, bool on)
{
    const QString path = workspacePath() + u"/dataConnectors/asc-"_s + sub + kApi;
    const Reply r = on ? arm("PUT", path,
                             {{u"kind"_s, u"AzureSecurityCenter"_s},
                              {u"properties"_s,
                               QJsonObject{{u"subscriptionId"_s, sub},
                                           {u"dataTypes"_s, QJsonObject{{u"alerts"_s, QJsonObject{{u"state"_s, u"Enabled"_s}}}}}}}})
                       : arm("DELETE", path);
    QVERIFY2(r.status / 100 == 2, r.describe());
}

QStringList ConnectorsTest::eligibleSubscriptions(integration::SetupService *setup)
{
    QStringList out;
    for (const integration::SubscriptionSetup &s : setup->subscriptions()) {
        if (!s.otherTenant && s.insightsRegistered.value_or(true) && s.coverage() != integration::SubscriptionSetup::Coverage::None)
            out << s.id;
    }
    return out;
}

// Raises one Defender for Cloud alert on `sub` (its VirtualMachines plan, or any plan that
// is on) and returns its name.
QString ConnectorsTest::simulate(const QString &sub)
{
    const QString base = u"/subscriptions/"_s + sub + u"/providers/Microsoft.Security"_s;
    QString plan;
    for (const QJsonValue &v : arm("GET", base + u"/pricings"_s + kApi).json().value(u"value").toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"properties").toObject().value(u"pricingTier").toString() == u"Standard"_s
            && (plan.isEmpty() || p.value(u"name").toString() == u"VirtualMachines"_s))
            plan = p.value(u"name").toString();
    }
    QSet<QString> known;
    for (const QJsonValue &v : arm("GET", base + u"/alerts"_s + kApi).json().value(u"value").toArray())
        known.insert(v.toObject().value(u"name").toString());
    const Reply r = arm("POST", base + u"/locations/centralus/alerts/default/simulate"_s + kApi,
                        {{u"properties"_s, QJsonObject{{u"kind"_s, u"Bundles"_s}, {u"bundles"_s, QJsonArray{plan}}}}});
    if (r.status != 202)
        return {};
    for (const QJsonValue &v : arm("GET", base + u"/alerts"_s + kApi).json().value(u"value").toArray()) {
        const QString name = v.toObject().value(u"name").toString();
        if (!known.contains(name))
            return name;
    }
    return {};
}

qint64 ConnectorsTest::count(const QString &kql)
{
    Headers h = bearer(token("admin", u"https://api.loganalytics.io"_s));
    h.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    const Reply r = m_client.send("POST", u"/v1/workspaces/"_s + m_settings.value(u"workspaceId").toString() + u"/query"_s,
                                  apitest::json({{u"query"_s, kql}}), h);
    if (r.status != 200)
        return -1;
    return r.json().value(u"tables").toArray().at(0).toObject().value(u"rows").toArray().at(0).toArray().at(0).toInteger();
}

// The providers of the Sentinel incidents that hold the Defender for Cloud alert `dfcName`.
QStringList ConnectorsTest::sentinelIncidentProviders(const QString &dfcName)
{
    QStringList out;
    const Reply list = arm("GET", workspacePath() + u"/incidents"_s + kApi + u"&$top=40"_s);
    for (const QJsonValue &v : list.json().value(u"value").toArray()) {
        const QJsonObject incident = v.toObject();
        const Reply alerts = arm("POST", workspacePath() + u"/incidents/"_s + incident.value(u"name").toString() + u"/alerts"_s + kApi);
        for (const QJsonValue &a : alerts.json().value(u"value").toArray()) {
            if (a.toObject().value(u"properties").toObject().value(u"providerAlertId").toString() == dfcName) {
                out << incident.value(u"properties").toObject().value(u"providerName").toString();
                break;
            }
        }
    }
    out.sort();
    return out;
}

std::unique_ptr<MainWindow> ConnectorsTest::openAs(const char *user)
{
    auto w = std::make_unique<MainWindow>();
    w->setCacheDir(m_dir.filePath(u"cache-%1"_s.arg(++m_windows)));
    w->setEmbeddedTenant(m_tenant);
    w->resize(1400, 1000);
    w->show();
    QString secret;
    const session::Profile p = m_tenant.profileFor(QLatin1StringView(user) + u'@' + m_info.domain, &secret);
    if (!w->openProfile(p, secret))
        return nullptr;
    w->showPage(MainWindow::Page::Connectors);
    integration::SetupService *setup = w->session()->setup();
    if (!QTest::qWaitFor([&] { return setup->hasLoaded() && !setup->isLoading(); }, kTimeoutMs))
        return nullptr;
    return w;
}

ui::ConnectorsArea *ConnectorsTest::area(MainWindow *w)
{
    return qobject_cast<ui::ConnectorsArea *>(w->page(MainWindow::Page::Connectors));
}

// ---- tests

void ConnectorsTest::overviewShowsConnectors()
{
    auto w = openAs("admin");
    QVERIFY(w);
    ui::ConnectorsArea *a = area(w.get());
    QVERIFY(a);
    QCOMPARE(a->currentPage(), ui::ConnectorsArea::Page::Overview);
    // Volumes come from the workspace's tables: the same figure a query gives.
    QTRY_VERIFY_WITH_TIMEOUT(!a->volumes()->isReading() && a->volumes()->volume(integration::ConnectorId::Legacy).perDay.size() == 14,
                             kTimeoutMs);
    QVERIFY2(a->volumes()->error().isEmpty(), qPrintable(a->volumes()->error()));
    const integration::ConnectorVolume legacy = a->volumes()->volume(integration::ConnectorId::Legacy);
    // The window is today and the 13 days before it (UTC).
    const QString since = QDateTime::currentDateTimeUtc().date().addDays(-13).toString(Qt::ISODate);
    const qint64 expected = count(u"SecurityAlert | where ProductName == \"Azure Security Center\" and ProviderName == "
                                  "\"Azure Security Center\" and TimeGenerated >= datetime(%1) | count"_s.arg(since));
    QCOMPARE(legacy.total(), expected);
    QVERIFY(legacy.lastReceived.isValid());
    const auto lastLabels = a->findChildren<QLabel *>(u"connectorCardLastData"_s);
    QCOMPARE(lastLabels.size(), 3);
    QVERIFY2(lastLabels.first()->text().startsWith(u"Last data received"), qPrintable(lastLabels.first()->text()));
    // The demo starts with the documented duplicate incident: the doctor finds it.
    auto *doctor = a->findChild<QWidget *>(u"doctorPanel"_s);
    QVERIFY(doctor);
    QTRY_VERIFY_WITH_TIMEOUT(!w->session()->doctor()->isExamining() && !w->session()->doctor()->findings().isEmpty(), kTimeoutMs);
    a->findChild<QPushButton *>(u"openConnectorPage0"_s)->click();
    QCOMPARE(a->currentPage(), ui::ConnectorsArea::Page::Legacy);
    a->legacyPage()->findChild<QPushButton *>(u"backButton"_s)->click();
    QCOMPARE(a->currentPage(), ui::ConnectorsArea::Page::Overview);
}

void ConnectorsTest::nextStepsRunSampleInHunting()
{
    auto w = openAs("analyst");
    QVERIFY(w);
    ui::ConnectorsArea *a = area(w.get());
    a->showPage(ui::ConnectorsArea::Page::Legacy);
    auto *run = a->legacyPage()->findChild<QPushButton *>(u"runSampleQuery0"_s);
    QVERIFY(run);
    run->click();
    QCOMPARE(w->currentPage(), MainWindow::Page::Hunting);
    auto *hunting = qobject_cast<ui::HuntingPage *>(w->page(MainWindow::Page::Hunting));
    QVERIFY(hunting);
    QCOMPARE(hunting->findChild<QPlainTextEdit *>(u"queryEditor"_s)->toPlainText(),
             u"SecurityAlert | where ProductName == \"Azure Security Center\""_s);
    QTRY_VERIFY_WITH_TIMEOUT(!hunting->isRunning() && hunting->model()->rowCount() > 0, kTimeoutMs);
    // The grid holds what the workspace holds over the page's time range.
    const QString timespan = hunting->timespan();
    Headers h = bearer(token("admin", u"https://api.loganalytics.io"_s));
    h.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    QJsonObject body{{u"query"_s, u"SecurityAlert | where ProductName == \"Azure Security Center\" | count"_s}};
    if (!timespan.isEmpty())
        body.insert(u"timespan"_s, timespan);
    const Reply r = m_client.send("POST", u"/v1/workspaces/"_s + m_settings.value(u"workspaceId").toString() + u"/query"_s,
                                  apitest::json(body), h);
    QCOMPARE(hunting->model()->rowCount(),
             r.json().value(u"tables").toArray().at(0).toObject().value(u"rows").toArray().at(0).toArray().at(0).toInt());
}

void ConnectorsTest::toggleOneSubscription()
{
    auto w = openAs("admin");
    QVERIFY(w);
    integration::SetupService *setup = w->session()->setup();
    const QStringList eligible = eligibleSubscriptions(setup);
    QVERIFY(!eligible.isEmpty());
    QString sub;
    for (const QString &s : eligible) {
        if (!setup->subscription(s)->legacyConnected)
            sub = s;
    }
    if (sub.isEmpty()) {
        sub = eligible.first();
        CALL(setLegacyOnServer(sub, false));
        setup->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!setup->isLoading() && !setup->subscription(sub)->legacyConnected, kTimeoutMs);
    }
    area(w.get())->showPage(ui::ConnectorsArea::Page::Legacy);
    ui::LegacyConnectorPage *page = area(w.get())->legacyPage();
    auto *toggle = page->findChild<ui::ToggleSwitch *>(u"status-"_s + sub);
    QVERIFY(toggle);
    QVERIFY(toggle->isEnabled());
    QVERIFY(!toggle->isChecked());
    QVERIFY(!legacyConnectedOnServer(sub));
    QTest::mouseClick(toggle, Qt::LeftButton);
    // Pending until the server answers: shown as asked, not usable.
    QVERIFY(toggle->isChecked());
    QVERIFY(toggle->isPending());
    QVERIFY(!toggle->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!toggle->isPending(), kTimeoutMs);
    QVERIFY(toggle->isChecked());
    QVERIFY(toggle->isEnabled());
    QVERIFY(legacyConnectedOnServer(sub));
    // And back, with a refresh of the whole set-up racing the change: the read that began
    // before the answer must not undo it, and a second click while pending sends nothing.
    QTest::mouseClick(toggle, Qt::LeftButton);
    setup->refresh();
    setup->setLegacyConnected({sub}, false);
    QCOMPARE(setup->pendingCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!toggle->isPending() && !setup->isLoading(), kTimeoutMs);
    QVERIFY(!toggle->isChecked());
    QVERIFY(!setup->subscription(sub)->legacyConnected);
    QVERIFY(!legacyConnectedOnServer(sub));
}

void ConnectorsTest::bulkConnectThree()
{
    auto w = openAs("admin");
    QVERIFY(w);
    integration::SetupService *setup = w->session()->setup();
    const QStringList eligible = eligibleSubscriptions(setup);
    QVERIFY2(eligible.size() >= 3, qPrintable(eligible.join(u',')));
    const QStringList three = eligible.mid(0, 3);
    for (const QString &sub : three)
        CALL(setLegacyOnServer(sub, false));
    setup->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!setup->isLoading() && setup->hasLoaded(), kTimeoutMs);
    area(w.get())->showPage(ui::ConnectorsArea::Page::Legacy);
    ui::LegacyConnectorPage *page = area(w.get())->legacyPage();
    auto *connect = page->findChild<QPushButton *>(u"connectMarkedButton"_s);
    auto *enableSync = page->findChild<QPushButton *>(u"enableSyncMarkedButton"_s);
    // The bar acts on marked rows only.
    QVERIFY(!connect->isEnabled());
    QVERIFY(!enableSync->isEnabled());
    for (const QString &sub : three) {
        auto *mark = page->findChild<QCheckBox *>(u"mark-"_s + sub);
        QVERIFY(mark && mark->isEnabled());
        mark->click();
    }
    QCOMPARE(page->markedSubscriptions().size(), 3);
    QVERIFY(connect->isEnabled());
    QVERIFY(enableSync->isEnabled());
    connect->click();
    QCOMPARE(setup->pendingCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(setup->pendingCount() == 0, kTimeoutMs);
    for (const QString &sub : three) {
        QVERIFY2(legacyConnectedOnServer(sub), qPrintable(sub));
        QVERIFY(page->findChild<ui::ToggleSwitch *>(u"status-"_s + sub)->isChecked());
    }
    // Other subscriptions did not move.
    for (const QString &sub : eligible.mid(3))
        QCOMPARE(legacyConnectedOnServer(sub), setup->subscription(sub)->legacyConnected);
}

void ConnectorsTest::switchBidirectionalSync()
{
    auto w = openAs("admin");
    QVERIFY(w);
    integration::SetupService *setup = w->session()->setup();
    QString sub;
    for (const integration::SubscriptionSetup &s : setup->subscriptions()) {
        if (!s.sync && !s.otherTenant)
            sub = s.id;
    }
    QVERIFY(!sub.isEmpty());
    QVERIFY(!syncOnServer(sub));
    area(w.get())->showPage(ui::ConnectorsArea::Page::Legacy);
    auto *combo = area(w.get())->legacyPage()->findChild<QComboBox *>(u"sync-"_s + sub);
    QVERIFY(combo && combo->isEnabled());
    QCOMPARE(combo->currentText(), u"Disabled"_s);
    // As a user does it: open the drop-down and pick Enabled.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentText(), u"Enabled"_s);
    QVERIFY(setup->isPending(u"sync:"_s + sub));
    QVERIFY(!combo->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!setup->isPending(u"sync:"_s + sub), kTimeoutMs);
    QVERIFY(syncOnServer(sub));
    QCOMPARE(combo->currentText(), u"Enabled"_s);
    QTest::keyClick(combo, Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(!setup->isPending(u"sync:"_s + sub), kTimeoutMs);
    QVERIFY(!syncOnServer(sub));
}

void ConnectorsTest::refusedChangeGoesBack()
{
    auto w = openAs("admin");
    QVERIFY(w);
    integration::SetupService *setup = w->session()->setup();
    QString sub;
    for (const QString &s : eligibleSubscriptions(setup)) {
        if (!setup->subscription(s)->legacyConnected)
            sub = s;
    }
    QVERIFY(!sub.isEmpty());
    // Another admin turns every plan off after the page was read: the server refuses.
    const QMap<QString, bool> plans = setup->subscription(sub)->plans;
    auto setPlans = [&](bool restore) {
        for (auto it = plans.cbegin(); it != plans.cend(); ++it) {
            const bool on = restore && it.value();
            const Reply r = arm("PUT", u"/subscriptions/"_s + sub + u"/providers/Microsoft.Security/pricings/"_s + it.key() + kApi,
                                {{u"properties"_s, QJsonObject{{u"pricingTier"_s, on ? u"Standard"_s : u"Free"_s}}}});
            QVERIFY2(r.status == 200, r.describe());
        }
    };
    CALL(setPlans(false));
    auto restore = qScopeGuard([&] { setPlans(true); });
    area(w.get())->showPage(ui::ConnectorsArea::Page::Legacy);
    auto *toggle = area(w.get())->legacyPage()->findChild<ui::ToggleSwitch *>(u"status-"_s + sub);
    QVERIFY(toggle->isEnabled());
    QSignalSpy failed(setup, &integration::SetupService::failed);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(toggle->isPending());
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() == 1, kTimeoutMs);
    // Back to what the server holds, and the reason said plainly.
    QVERIFY(!toggle->isPending());
    QVERIFY(!toggle->isChecked());
    QCOMPARE(failed.first().at(0).toString(), u"legacy:"_s + sub);
    QVERIFY2(failed.first().at(1).toString().contains(u"plan", Qt::CaseInsensitive), qPrintable(failed.first().at(1).toString()));
    QTRY_VERIFY(w->errorBanner()->isVisible());
    QVERIFY(!legacyConnectedOnServer(sub));
}

void ConnectorsTest::enableAllPlans()
{
    // The Security Admin turns plans on; the row's "Enable all" does every plan at once.
    auto w = openAs("secadmin");
    QVERIFY(w);
    integration::SetupService *setup = w->session()->setup();
    QString sub;
    for (const integration::SubscriptionSetup &s : setup->subscriptions()) {
        if (!s.otherTenant && s.coverage() == integration::SubscriptionSetup::Coverage::Some)
            sub = s.id;
    }
    QVERIFY(!sub.isEmpty());
    area(w.get())->showPage(ui::ConnectorsArea::Page::Legacy);
    auto *plans = area(w.get())->legacyPage()->findChild<QLabel *>(u"plans-"_s + sub);
    QVERIFY2(plans->text().contains(u"Enable all"), qPrintable(plans->text()));
    Q_EMIT plans->linkActivated(u"enable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(setup->pendingCount() == 0, kTimeoutMs);
    QCOMPARE(plans->text(), u"All enabled"_s);
    for (const QJsonValue &v : arm("GET", u"/subscriptions/"_s + sub + u"/providers/Microsoft.Security/pricings"_s + kApi).json().value(u"value").toArray())
        QCOMPARE(v.toObject().value(u"properties").toObject().value(u"pricingTier").toString(), u"Standard"_s);
}

void ConnectorsTest::readerSeesEveryControlDisabled()
{
    auto w = openAs("reader");
    QVERIFY(w);
    ui::ConnectorsArea *a = area(w.get());
    a->showPage(ui::ConnectorsArea::Page::Legacy);
    ui::LegacyConnectorPage *legacy = a->legacyPage();
    int checked = 0;
    // Disabled, and the tooltip says why: the missing role, or a prerequisite that comes first.
    auto disabledWithRole = [&](QWidget *control) {
        QVERIFY2(control, "missing control");
        QVERIFY2(!control->isEnabled(), qPrintable(control->objectName()));
        if (!control->objectName().startsWith(u"mark-"))
            QVERIFY2(!control->toolTip().isEmpty(), qPrintable(control->objectName()));
        ++checked;
    };
    for (const integration::SubscriptionSetup &s : w->session()->setup()->subscriptions()) {
        CALL(disabledWithRole(legacy->findChild<ui::ToggleSwitch *>(u"status-"_s + s.id)));
        CALL(disabledWithRole(legacy->findChild<QComboBox *>(u"sync-"_s + s.id)));
        CALL(disabledWithRole(legacy->findChild<QCheckBox *>(u"mark-"_s + s.id)));
        // No "Enable all" link for someone who may not turn plans on.
        QVERIFY(!legacy->findChild<QLabel *>(u"plans-"_s + s.id)->text().contains(u"<a "));
    }
    QVERIFY(!legacy->findChild<QPushButton *>(u"connectMarkedButton"_s)->isEnabled());
    QVERIFY(!legacy->findChild<QPushButton *>(u"enableSyncMarkedButton"_s)->isEnabled());
    CALL(disabledWithRole(legacy->findChild<QRadioButton *>(u"createIncidentsEnabled"_s)));
    CALL(disabledWithRole(legacy->findChild<QRadioButton *>(u"createIncidentsDisabled"_s)));
    auto *tenant = a->findChild<ui::TenantConnectorPage *>();
    CALL(disabledWithRole(tenant->findChild<ui::ToggleSwitch *>(u"tenantConnectorSwitch"_s)));
    auto *xdr = a->findChild<ui::XdrConnectorPage *>();
    CALL(disabledWithRole(xdr->findChild<ui::ToggleSwitch *>(u"xdrIncidentsSwitch"_s)));
    auto *settings = w->page(MainWindow::Page::Settings);
    CALL(disabledWithRole(settings->findChild<QRadioButton *>(u"dfcAlertsAll"_s)));
    CALL(disabledWithRole(settings->findChild<QRadioButton *>(u"dfcAlertsNone"_s)));
    CALL(disabledWithRole(settings->findChild<ui::ToggleSwitch *>(u"dfcIncidentsSwitch"_s)));
    for (auto *fix : a->findChildren<QPushButton *>(u"doctorFixButton"_s))
        CALL(disabledWithRole(fix));
    // The Rules page's write controls follow the same gates.
    auto *rules = qobject_cast<ui::RulesPage *>(w->page(MainWindow::Page::Rules));
    QVERIFY(rules);
    QVERIFY(!rules->writeControls().isEmpty());
    for (QWidget *control : rules->writeControls())
        CALL(disabledWithRole(control));
    QVERIFY(checked > 10);
    // Where nothing else stands in the way, the missing roles are named.
    const QStringList eligible = eligibleSubscriptions(w->session()->setup());
    QVERIFY(!eligible.isEmpty());
    for (const QString &sub : eligible) {
        QVERIFY(legacy->findChild<ui::ToggleSwitch *>(u"status-"_s + sub)->toolTip().contains(u"Needs Contributor or Owner"));
        QVERIFY(legacy->findChild<QComboBox *>(u"sync-"_s + sub)->toolTip().contains(u"Needs Contributor or Security Admin"));
    }
    QCOMPARE(tenant->findChild<ui::ToggleSwitch *>(u"tenantConnectorSwitch"_s)->toolTip(), u"Needs the Global Administrator role."_s);
    QVERIFY(settings->findChild<QRadioButton *>(u"dfcAlertsAll"_s)->toolTip().contains(u"Global Administrator or Security Administrator"));
    QVERIFY(legacy->findChild<QRadioButton *>(u"createIncidentsEnabled"_s)->toolTip().contains(u"Microsoft Sentinel Contributor"));
}

void ConnectorsTest::doctorRemovesPlantedDuplicates()
{
    auto w = openAs("admin");
    QVERIFY(w);
    integration::SetupService *setup = w->session()->setup();
    integration::DuplicateDoctor *doctor = w->session()->doctor();
    // Plant the duplicate: the tenant-based connector beside a legacy-connected subscription
    // (through the server's API, as another admin would have done it).
    if (!m_settings.value(u"sentinelSolutionVersion").toString().startsWith(u'3')) {
        const Reply up = arm("POST", u"/providers/Watchfloor.Simulator/tenantSettings/default/upgradeSolution"_s + kApi);
        QVERIFY2(up.status == 200, up.describe());
    }
    const QStringList eligible = eligibleSubscriptions(setup);
    const QString sub = eligible.first();
    CALL(setLegacyOnServer(sub, true));
    const Reply on = arm("PUT", workspacePath() + u"/dataConnectors/MicrosoftDefenderForCloudTenantBased"_s + kApi,
                         {{u"kind"_s, u"MicrosoftDefenderForCloudTenantBased"_s},
                          {u"properties"_s, QJsonObject{{u"dataTypes"_s, QJsonObject{{u"alerts"_s, QJsonObject{{u"state"_s, u"Enabled"_s}}}}}}}});
    QVERIFY2(on.status / 100 == 2, on.describe());
    const QString name = simulate(sub);
    QVERIFY(!name.isEmpty());
    QCOMPARE(count(u"SecurityAlert | where VendorOriginalId == \"%1\" | count"_s.arg(name)), 2);

    setup->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(setup->hasLoaded() && !setup->isLoading() && !doctor->isExamining(), kTimeoutMs);
    const integration::DuplicateFinding *both = nullptr;
    for (const integration::DuplicateFinding &f : doctor->findings()) {
        if (f.kind == integration::DuplicateFinding::Kind::LegacyBesideTenant)
            both = &f;
    }
    QVERIFY(both);
    QVERIFY(both->subscriptions.contains(sub));
    // The count is what the workspace holds now, per subscription.
    QVERIFY2(both->alertsBySubscription.value(sub) >= 1, qPrintable(QString::number(both->alertsBySubscription.value(sub))));
    QVERIFY(both->duplicateAlerts >= both->alertsBySubscription.value(sub));
    const QStringList covered = both->subscriptions;

    // One click (and a confirmation) on the tenant-based connector's page.
    ui::ConnectorsArea *a = area(w.get());
    a->showPage(ui::ConnectorsArea::Page::TenantBased);
    auto *tenantPage = a->findChild<ui::TenantConnectorPage *>();
    QPushButton *fix = nullptr;
    for (auto *b : tenantPage->findChildren<QPushButton *>(u"doctorFixButton"_s))
        fix = b;
    QVERIFY(fix && fix->isEnabled());
    fix->click();
    CALL(acceptConfirmation());
    QTRY_VERIFY_WITH_TIMEOUT(setup->pendingCount() == 0, kTimeoutMs);
    for (const QString &s : covered)
        QVERIFY2(!legacyConnectedOnServer(s), qPrintable(s));
    QTRY_VERIFY_WITH_TIMEOUT(!doctor->isExamining(), kTimeoutMs);
    for (const integration::DuplicateFinding &f : doctor->findings())
        QVERIFY(f.kind != integration::DuplicateFinding::Kind::LegacyBesideTenant);
    // New alerts arrive once.
    const QString next = simulate(sub);
    QCOMPARE(count(u"SecurityAlert | where VendorOriginalId == \"%1\" | count"_s.arg(next)), 1);
}

void ConnectorsTest::migrationToRecommendedSetup()
{
    // The admin's whole journey from the console: start like the demo (legacy connector on
    // some subscriptions, the analytics rule on, Defender XDR incidents on), end with the
    // tenant-based connector, XDR incidents, and no duplicates.
    const Reply off = arm("PUT", workspacePath() + u"/dataConnectors/MicrosoftDefenderForCloudTenantBased"_s + kApi,
                          {{u"kind"_s, u"MicrosoftDefenderForCloudTenantBased"_s},
                           {u"properties"_s, QJsonObject{{u"dataTypes"_s, QJsonObject{{u"alerts"_s, QJsonObject{{u"state"_s, u"Disabled"_s}}}}}}}});
    QVERIFY2(off.status / 100 == 2, off.describe());
    auto w = openAs("admin");
    QVERIFY(w);
    integration::SetupService *setup = w->session()->setup();
    integration::DuplicateDoctor *doctor = w->session()->doctor();
    const QStringList eligible = eligibleSubscriptions(setup);
    const QString sub = eligible.first();
    CALL(setLegacyOnServer(sub, true));
    setup->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(setup->hasLoaded() && !setup->isLoading(), kTimeoutMs);
    ui::ConnectorsArea *a = area(w.get());

    // Step 0: where we start. An alert comes once through the legacy connector, and makes
    // two incidents (the rule's and XDR's).
    a->showPage(ui::ConnectorsArea::Page::Legacy);
    auto *createOn = a->legacyPage()->findChild<QRadioButton *>(u"createIncidentsEnabled"_s);
    if (!createOn->isChecked()) {
        createOn->click();
        QTRY_VERIFY_WITH_TIMEOUT(setup->pendingCount() == 0, kTimeoutMs);
    }
    QVERIFY(setup->xdrIncidents());
    const QString first = simulate(sub);
    QCOMPARE(count(u"SecurityAlert | where VendorOriginalId == \"%1\" | count"_s.arg(first)), 1);
    QStringList providers = sentinelIncidentProviders(first);
    QVERIFY2(providers.contains(u"Microsoft 365 Defender"_s), qPrintable(providers.join(u',')));

    // Step 1: connect the tenant-based connector on its page. Now alerts of a
    // legacy-connected subscription arrive twice, and the doctor says so.
    a->showPage(ui::ConnectorsArea::Page::TenantBased);
    auto *tenantPage = a->findChild<ui::TenantConnectorPage *>();
    auto *upgrade = tenantPage->findChild<QPushButton *>(u"upgradeSolutionButton"_s);
    if (upgrade->isVisible()) {
        upgrade->click();
        QTRY_VERIFY_WITH_TIMEOUT(setup->tenantConnectorListed() && !setup->isLoading(), kTimeoutMs);
    }
    auto *tenantSwitch = tenantPage->findChild<ui::ToggleSwitch *>(u"tenantConnectorSwitch"_s);
    QVERIFY(tenantSwitch->isEnabled());
    QVERIFY(!tenantSwitch->isChecked());
    QTest::mouseClick(tenantSwitch, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(setup->pendingCount() == 0, kTimeoutMs);
    QVERIFY(setup->tenantConnector());
    const QString second = simulate(sub);
    QCOMPARE(count(u"SecurityAlert | where VendorOriginalId == \"%1\" | count"_s.arg(second)), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!doctor->isExamining(), kTimeoutMs);
    QCOMPARE(doctor->findings().size(), 2); // both connectors; rule beside XDR incidents

    // Step 2: the doctor's fixes, from the overview, one per finding.
    a->showPage(ui::ConnectorsArea::Page::Overview);
    auto *overview = a->findChild<QWidget *>(u"connectorsOverview"_s);
    for (int i = 0; i < 2; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(!overview->findChildren<QPushButton *>(u"doctorFixButton"_s).isEmpty()
                                     && overview->findChildren<QPushButton *>(u"doctorFixButton"_s).first()->isEnabled(),
                                 kTimeoutMs);
        overview->findChildren<QPushButton *>(u"doctorFixButton"_s).first()->click();
        CALL(acceptConfirmation());
        QTRY_VERIFY_WITH_TIMEOUT(setup->pendingCount() == 0, kTimeoutMs);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!doctor->isExamining() && doctor->findings().isEmpty(), kTimeoutMs);
    QTRY_VERIFY(overview->findChild<QLabel *>(u"doctorAllClear"_s));
    QVERIFY(!legacyConnectedOnServer(sub));
    const Reply rules = arm("GET", workspacePath() + u"/alertRules"_s + kApi);
    for (const QJsonValue &v : rules.json().value(u"value").toArray()) {
        const QJsonObject p = v.toObject().value(u"properties").toObject();
        if (p.value(u"productFilter").toString() == u"Azure Security Center"_s)
            QVERIFY2(!p.value(u"enabled").toBool(), qPrintable(p.value(u"displayName").toString()));
    }

    // The recommended set-up: every new alert once in SecurityAlert, and one incident (XDR's).
    const QString third = simulate(sub);
    QCOMPARE(count(u"SecurityAlert | where VendorOriginalId == \"%1\" | count"_s.arg(third)), 1);
    providers = sentinelIncidentProviders(third);
    QCOMPARE(providers, QStringList{u"Microsoft 365 Defender"_s});
    QVERIFY(setup->tenantConnector());
    QVERIFY(setup->xdrIncidents());
}

QTEST_MAIN(ConnectorsTest)
#include "tst_connectors.moc"
