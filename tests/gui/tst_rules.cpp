// The Rules page against the real watchfloor-server, in-process on a loopback port: the
// demo's incident-creation rule disabled through the page and read back from the server; a
// rule from the Defender for Cloud template; an automation rule made in the editor that
// closes the Sentinel incident of a simulated alert; run order changed with Move up; delete
// behind its confirmation; alert tuning with its impact preview checked against the server's
// preview and a brute-force count over alerts_v2; a refusal's sentence; write access; the
// models under QAbstractItemModelTester; retranslation; and PNGs of each tab (light and dark)
// in /tmp/rules-*.png to look at.
#include "demosession.h"
#include "integration/ruleservice.h"
#include "markingtranslator.h"
#include "palettes.h"
#include "rules/automationeditor.h"
#include "rules/conditionlist.h"
#include "rules/incidentruleeditor.h"
#include "rules/rulesmodel.h"
#include "rules/rulespage.h"
#include "rules/tuningeditor.h"
#include "serverhost.h"
#include "session/session.h"
#include "shell/errorbanner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace wf;
using integration::RuleKind;
using ui::RulesPage;
using ui::rules::RulesModel;

namespace {

constexpr int kTimeoutMs = 30000;
const QSize kPageSize(1280, 720);

struct Reply
{
    int status = 0;
    QJsonObject json;
    QString sentence;
};

// One ARM / Graph call through the session's own client, waited for.
Reply call(net::GraphClient *client, const QByteArray &method, const QString &path,
    const QJsonObject &body = {})
{
    net::RestCall *c = method == "GET" ? client->get(path)
        : method == "PUT"              ? client->put(path, body)
        : method == "POST"             ? client->post(path, body)
                                       : client->del(path);
    Reply out;
    bool done = false;
    QObject::connect(c, &net::RestCall::finished, [&](const net::RestResult &r) {
        out.status = r.status;
        out.json = QJsonDocument::fromJson(r.body).object();
        out.sentence = r.error.ok() ? QString() : r.error.sentence();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kTimeoutMs))
        qWarning("no answer to %s %s", method.constData(), qPrintable(path));
    return out;
}

// Every item of a collection, all pages.
QList<QJsonObject> listAll(net::GraphClient *client, const QString &path, int top = 0)
{
    QList<QJsonObject> out;
    bool done = false;
    net::Pager *p = client->list(path, {}, top);
    QObject::connect(
        p, &net::Pager::page, [&](const QByteArray &, const QJsonArray &items, qint64) {
            for (const QJsonValue &v : items)
                out << v.toObject();
        });
    QObject::connect(p, &net::Pager::finished, [&](const net::ApiError &e, qint64) {
        if (!e.ok())
            qWarning("list %s: %s", qPrintable(path), qPrintable(e.sentence()));
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 120000))
        qWarning("no end to the list %s", qPrintable(path));
    return out;
}

QJsonObject props(const QJsonObject &o)
{
    return o.value(u"properties").toObject();
}

} // namespace

class RulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void readsTheWorkspaceRules();
    void disableIncidentCreationRule();
    void staleEditIsRefused();
    void editorKeepsWhatItCannotEdit();
    void createFromTemplateAndEdit();
    void automationRuleClosesMatchingIncidents();
    void reorderAutomationRules();
    void deleteAfterConfirmation();
    void tuningPreviewMatchesServerAndBruteForce();
    void tuningRuleSaved();
    void refusalShowsServerSentence();
    void writeAccessDisablesWriteControls();
    void screenshots();
    void retranslates();

private:
    QString workspaceRules(const char *collection) const;
    QTableView *table(const char *name) const;
    RulesModel *model(const char *tableName) const;
    bool select(const char *tableName, const QString &ruleName);
    QPushButton *button(const char *name) const;
    bool settled() const;
    // A Defender for Cloud subscription whose alerts reach SecurityAlert (legacy connector
    // on) with a plan on; `plan` gets the plan.
    QString connectedSubscription(QString *plan);
    // Raises one alert; returns the Defender for Cloud alert's JSON.
    QJsonObject simulate(const QString &sub, const QString &plan);
    bool tuningRoutesExist();

    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerHost> m_host;
    server::ServerInfo m_info;
    std::unique_ptr<session::Session> m_session;
    RulesPage *m_page = nullptr;
    QList<std::shared_ptr<QAbstractItemModelTester>> m_testers;
    QString m_workspace;
    QString m_templateRule; // made by createFromTemplateAndEdit
    QString m_automationRule; // made by automationRuleClosesMatchingIncidents
};

// ---- set-up

void RulesTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale::c());
    server::ServerConfig config;
    config.dbPath = m_dir.filePath(u"tenant.sqlite"_s);
    config.port = 0;
    config.demo = true;
    config.demoOptions.alerts = 800;
    config.demoOptions.days = 3;
    config.syncDelayMs = 200;
    QVERIFY(Timestamp::parse(u"2026-11-20T00:00:00Z", &config.demoOptions.end));
    m_host = std::make_unique<server::ServerHost>();
    QString error;
    QVERIFY2(m_host->start(config, &error), qPrintable(error));
    m_info = m_host->info();

    // The admin: Global Administrator, Owner of the subscriptions (simulate), workspace
    // read/write. The session is not started: the page needs its ARM client only.
    m_session = testsupport::demoSession(m_info, u"admin"_s, m_dir.filePath(u"cache"_s));
    QVERIFY(m_session);
    const Reply settings
        = call(m_session->arm(), "GET", u"providers/Watchfloor.Simulator/tenantSettings/default"_s);
    QCOMPARE(settings.status, 200);
    m_workspace = props(settings.json).value(u"workspaceResourceId").toString();
    QVERIFY(!m_workspace.isEmpty());

    // The profile names no workspace: the page asks the tenant settings for it.
    m_page = static_cast<RulesPage *>(ui::createRulesPage(m_session.get(), nullptr));
    QVERIFY(qobject_cast<RulesPage *>(m_page));
    for (const char *name : {"analyticsTable", "automationTable", "tuningTable"})
        m_testers << std::make_shared<QAbstractItemModelTester>(
            model(name), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(kPageSize);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->service()->isLoaded(RuleKind::IncidentCreation)
            && m_page->service()->isLoaded(RuleKind::Automation),
        kTimeoutMs);
    QCOMPARE(m_page->service()->workspaceResourceId(), m_workspace);
}

void RulesTest::cleanupTestCase()
{
    m_testers.clear();
    delete m_page;
    m_session.reset();
    m_host.reset();
}

// ---- helpers

QString RulesTest::workspaceRules(const char *collection) const
{
    return m_workspace + u"/providers/Microsoft.SecurityInsights/"_s
        + QLatin1StringView(collection);
}

QTableView *RulesTest::table(const char *name) const
{
    return m_page->findChild<QTableView *>(QLatin1StringView(name));
}

RulesModel *RulesTest::model(const char *tableName) const
{
    QTableView *t = table(tableName);
    return t ? qobject_cast<RulesModel *>(t->model()) : nullptr;
}

bool RulesTest::select(const char *tableName, const QString &ruleName)
{
    RulesModel *m = model(tableName);
    const int row = m ? m->rowOf(ruleName) : -1;
    if (row < 0)
        return false;
    table(tableName)->setCurrentIndex(m->index(row, 1));
    return true;
}

QPushButton *RulesTest::button(const char *name) const
{
    return m_page->findChild<QPushButton *>(QLatin1StringView(name));
}

bool RulesTest::settled() const
{
    const integration::RuleService *s = m_page->service();
    return s->pending(RuleKind::IncidentCreation).isEmpty()
        && s->pending(RuleKind::Automation).isEmpty() && s->pending(RuleKind::Tuning).isEmpty();
}

QString RulesTest::connectedSubscription(QString *plan)
{
    const QList<QJsonObject> connectors
        = listAll(m_session->arm(), workspaceRules("dataConnectors"));
    for (const QJsonObject &c : connectors) {
        if (c.value(u"kind").toString() != u"AzureSecurityCenter"_s)
            continue;
        const QString sub = props(c).value(u"subscriptionId").toString();
        const QList<QJsonObject> pricings = listAll(m_session->arm(),
            u"subscriptions/"_s + sub + u"/providers/Microsoft.Security/pricings"_s);
        for (const QJsonObject &p : pricings) {
            if (props(p).value(u"pricingTier").toString() == u"Standard"_s) {
                *plan = p.value(u"name").toString();
                return sub;
            }
        }
    }
    return {};
}

QJsonObject RulesTest::simulate(const QString &sub, const QString &plan)
{
    const QString base = u"subscriptions/"_s + sub + u"/providers/Microsoft.Security"_s;
    QSet<QString> known;
    for (const QJsonObject &a : listAll(m_session->arm(), base + u"/alerts"_s))
        known.insert(a.value(u"name").toString());
    const Reply r
        = call(m_session->arm(), "POST", base + u"/locations/centralus/alerts/default/simulate"_s,
            {{u"properties"_s,
                QJsonObject {{u"kind"_s, u"Bundles"_s}, {u"bundles"_s, QJsonArray {plan}}}}});
    if (r.status != 202)
        qWarning("simulate: %d %s", r.status, qPrintable(r.sentence));
    for (const QJsonObject &a : listAll(m_session->arm(), base + u"/alerts"_s)) {
        if (!known.contains(a.value(u"name").toString()))
            return a;
    }
    return {};
}

bool RulesTest::tuningRoutesExist()
{
    const Reply r
        = call(m_session->arm(), "GET", QString::fromLatin1(integration::RuleService::kTuningPath));
    return r.status == 200;
}

// ---- tests

void RulesTest::readsTheWorkspaceRules()
{
    // The demo: the Defender for Cloud template rule, enabled, High and Medium; one
    // automation rule closing low-severity incidents.
    RulesModel *analytics = model("analyticsTable");
    QVERIFY(analytics->rowCount() >= 1);
    const QList<QJsonObject> serverRules = listAll(m_session->arm(), workspaceRules("alertRules"));
    QCOMPARE(analytics->rowCount(), int(serverRules.size()));
    bool demo = false;
    for (int r = 0; r < analytics->rowCount(); ++r) {
        if (analytics->index(r, RulesModel::AnalyticsProduct).data().toString()
            == u"Azure Security Center"_s) {
            demo = true;
            QCOMPARE(analytics->index(r, RulesModel::AnalyticsSeverities).data().toString(),
                u"High, Medium"_s);
            QCOMPARE(
                analytics->index(r, RulesModel::AnalyticsState).data().toString(), u"Enabled"_s);
        }
    }
    QVERIFY(demo);
    RulesModel *automation = model("automationTable");
    QCOMPARE(automation->rowCount(),
        int(listAll(m_session->arm(), workspaceRules("automationRules")).size()));
    QVERIFY(automation->rowCount() >= 1);
    // In run order.
    for (int r = 1; r < automation->rowCount(); ++r)
        QVERIFY(automation->index(r - 1, 0).data(RulesModel::SortRole).toLongLong()
            <= automation->index(r, 0).data(RulesModel::SortRole).toLongLong());
    QVERIFY(!automation->index(0, RulesModel::AutomationWhen).data().toString().isEmpty());
    QVERIFY(
        automation->index(0, RulesModel::AutomationThen).data().toString().contains(u"Closed"_s));
}

void RulesTest::disableIncidentCreationRule()
{
    const QList<QJsonObject> serverRules = listAll(m_session->arm(), workspaceRules("alertRules"));
    QString name;
    for (const QJsonObject &r : serverRules) {
        if (props(r).value(u"productFilter").toString() == u"Azure Security Center"_s
            && props(r).value(u"enabled").toBool())
            name = r.value(u"name").toString();
    }
    QVERIFY(!name.isEmpty());
    m_page->showTab(RulesPage::AnalyticsTab);
    QVERIFY(select("analyticsTable", name));
    QPushButton *toggle = button("toggleAnalyticsButton");
    QVERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text(), u"Disable"_s);
    QSignalSpy changed(m_page, &RulesPage::incidentCreationRulesChanged);
    toggle->click();
    // Shown at once, pending until the server answers.
    RulesModel *m = model("analyticsTable");
    const int row = m->rowOf(name);
    QVERIFY(m->index(row, 0).data(RulesModel::PendingRole).toBool());
    QCOMPARE(m->index(row, RulesModel::AnalyticsState).data().toString(), u"Saving…"_s);
    QTRY_VERIFY_WITH_TIMEOUT(settled(), kTimeoutMs);
    QCOMPARE(m->index(m->rowOf(name), RulesModel::AnalyticsState).data().toString(), u"Disabled"_s);
    QCOMPARE(changed.count(), 1);
    Reply r = call(m_session->arm(), "GET", workspaceRules("alertRules") + u'/' + name);
    QCOMPARE(r.status, 200);
    QCOMPARE(props(r.json).value(u"enabled").toBool(true), false);
    // Unchanged besides: the template, the product and the severities stay.
    QCOMPARE(props(r.json).value(u"alertRuleTemplateName").toString(),
        QString::fromLatin1(IncidentCreationRule::kDefenderForCloudTemplate));
    QCOMPARE(props(r.json).value(u"severitiesFilter").toArray().size(), 2);

    // And on again; the etag the first answer brought makes the second PUT valid.
    QCOMPARE(toggle->text(), u"Enable"_s);
    toggle->click();
    QTRY_VERIFY_WITH_TIMEOUT(settled(), kTimeoutMs);
    r = call(m_session->arm(), "GET", workspaceRules("alertRules") + u'/' + name);
    QCOMPARE(props(r.json).value(u"enabled").toBool(false), true);

    // Two clicks before the server answers: the second PUT waits for the etag the first
    // brings back (no 409), and the rule ends where it began.
    QSignalSpy failed(m_page->service(), &integration::RuleService::failed);
    toggle->click();
    QCOMPARE(toggle->text(), u"Enable"_s); // the pending copy is disabled
    toggle->click();
    QTRY_VERIFY_WITH_TIMEOUT(settled(), kTimeoutMs);
    QCOMPARE(failed.count(), 0);
    r = call(m_session->arm(), "GET", workspaceRules("alertRules") + u'/' + name);
    QCOMPARE(props(r.json).value(u"enabled").toBool(false), true);
    QCOMPARE(m->index(m->rowOf(name), RulesModel::AnalyticsState).data().toString(), u"Enabled"_s);
    QVERIFY(m_page->findChild<ui::ErrorBanner *>(u"analyticsBanner"_s)->isHidden());
}

void RulesTest::staleEditIsRefused()
{
    // The editor holds the rule as read; someone changes it on the server meanwhile. Save is
    // refused (409) with the server's sentence, the editor keeps the edits, and the list
    // shows the other person's version.
    RulesModel *m = model("automationTable");
    const QString name = m->nameAt(0);
    m_page->showTab(RulesPage::AutomationTab);
    QVERIFY(select("automationTable", name));
    button("editAutomationButton")->click();
    auto *editor = qobject_cast<ui::rules::AutomationEditor *>(m_page->openEditor());
    QVERIFY(editor);
    Reply r = call(m_session->arm(), "GET", workspaceRules("automationRules") + u'/' + name);
    QJsonObject other = r.json;
    QJsonObject p = props(other);
    const QString original = p.value(u"displayName").toString();
    p.insert(u"displayName"_s, u"Renamed by someone else"_s);
    other.insert(u"properties"_s, p);
    QCOMPARE(call(m_session->arm(), "PUT", workspaceRules("automationRules") + u'/' + name, other)
                 .status,
        200);

    editor->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Renamed in the editor"_s);
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), kTimeoutMs);
    QVERIFY2(editor->errorText().contains(u"New version of resource"_s),
        qPrintable(editor->errorText()));
    QCOMPARE(m_page->openEditor(), editor); // still open, the edits kept
    QCOMPARE(editor->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Renamed in the editor"_s);
    QVERIFY(editor->saveButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(
        m->index(m->rowOf(name), RulesModel::AutomationName).data().toString(),
        u"Renamed by someone else"_s, kTimeoutMs);
    editor->reject();

    // Put the demo's name back, through the page's own editor this time.
    QVERIFY(select("automationTable", name));
    button("editAutomationButton")->click();
    editor = qobject_cast<ui::rules::AutomationEditor *>(m_page->openEditor());
    QVERIFY(editor);
    editor->findChild<QLineEdit *>(u"nameEdit"_s)->setText(original);
    QPointer<QDialog> guard(editor);
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!guard, kTimeoutMs);
    r = call(m_session->arm(), "GET", workspaceRules("automationRules") + u'/' + name);
    QCOMPARE(props(r.json).value(u"displayName").toString(), original);
}

void RulesTest::editorKeepsWhatItCannotEdit()
{
    // A rule made elsewhere with a Boolean condition, a playbook, a task and a member this
    // console does not know: the editor names what it keeps, and a rename sends all of it
    // back unchanged.
    const QString name = u"kept-parts"_s;
    const QJsonObject inner1 {{u"conditionType"_s, u"Property"_s},
        {u"conditionProperties"_s,
            QJsonObject {{u"propertyName"_s, u"IncidentSeverity"_s}, {u"operator"_s, u"Equals"_s},
                {u"propertyValues"_s, QJsonArray {u"Low"_s}}}}};
    QJsonObject inner2 = inner1;
    inner2.insert(u"conditionProperties"_s,
        QJsonObject {{u"propertyName"_s, u"IncidentSeverity"_s}, {u"operator"_s, u"Equals"_s},
            {u"propertyValues"_s, QJsonArray {u"Informational"_s}}});
    const QJsonArray conditions {QJsonObject {{u"conditionType"_s, u"Property"_s},
                                     {u"conditionProperties"_s,
                                         QJsonObject {{u"propertyName"_s, u"IncidentTitle"_s},
                                             {u"operator"_s, u"Contains"_s},
                                             {u"propertyValues"_s, QJsonArray {u"scan"_s}}}}},
        QJsonObject {{u"conditionType"_s, u"Boolean"_s},
            {u"conditionProperties"_s,
                QJsonObject {{u"operator"_s, u"Or"_s},
                    {u"innerConditions"_s, QJsonArray {inner1, inner2}}}}}};
    const QJsonArray actions {
        QJsonObject {{u"order"_s, 1}, {u"actionType"_s, u"RunPlaybook"_s},
            {u"actionConfiguration"_s,
                QJsonObject {
                    {u"logicAppResourceId"_s,
                        u"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Logic/workflows/notify"_s},
                    {u"tenantId"_s, m_info.tenantId}}}},
        QJsonObject {{u"order"_s, 2}, {u"actionType"_s, u"ModifyProperties"_s},
            {u"actionConfiguration"_s,
                QJsonObject {{u"severity"_s, u"Informational"_s}, {u"futureKnob"_s, 3}}}},
        QJsonObject {{u"order"_s, 3}, {u"actionType"_s, u"AddIncidentTask"_s},
            {u"actionConfiguration"_s, QJsonObject {{u"title"_s, u"Check the scanner"_s}}}}};
    const QJsonObject body {{u"properties"_s,
        QJsonObject {{u"displayName"_s, u"Made elsewhere"_s}, {u"order"_s, 900},
            {u"triggeringLogic"_s,
                QJsonObject {{u"isEnabled"_s, false}, {u"triggersOn"_s, u"Incidents"_s},
                    {u"triggersWhen"_s, u"Created"_s}, {u"conditions"_s, conditions}}},
            {u"actions"_s, actions}}}};
    QCOMPARE(
        call(m_session->arm(), "PUT", workspaceRules("automationRules") + u'/' + name, body).status,
        201);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model("automationTable")->rowOf(name) >= 0, kTimeoutMs);
    RulesModel *m = model("automationTable");
    QCOMPARE(
        m->index(m->rowOf(name), RulesModel::AutomationState).data().toString(), u"Disabled"_s);
    QVERIFY(m->index(m->rowOf(name), RulesModel::AutomationThen)
                .data()
                .toString()
                .contains(u"Run playbook"_s));

    m_page->showTab(RulesPage::AutomationTab);
    QVERIFY(select("automationTable", name));
    button("editAutomationButton")->click();
    auto *editor = qobject_cast<ui::rules::AutomationEditor *>(m_page->openEditor());
    QVERIFY(editor);
    QCOMPARE(editor->conditions()->count(), 1); // the Property condition; the Boolean one is kept
    auto *keptConditions = editor->findChild<QLabel *>(u"keptConditionsLabel"_s);
    QVERIFY(!keptConditions->isHidden());
    QVERIFY2(keptConditions->text().contains(
                 u"(Incident severity equals Low or Incident severity equals Informational)"_s),
        qPrintable(keptConditions->text()));
    QVERIFY(editor->findChild<QLabel *>(u"keptActionsLabel"_s)->text().contains(u"Run playbook"_s));
    QVERIFY(editor->findChild<QLabel *>(u"keptActionsLabel"_s)->text().contains(u"Add task"_s));
    QCOMPARE(editor->actionCount(), 1); // the severity change
    QCOMPARE(editor->findChild<QComboBox *>(u"actionSeverity_0"_s)->currentData().toString(),
        u"Informational"_s);
    editor->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Renamed here"_s);
    QPointer<QDialog> guard(editor);
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!guard, kTimeoutMs);
    const QJsonObject p = props(
        call(m_session->arm(), "GET", workspaceRules("automationRules") + u'/' + name).json);
    QCOMPARE(p.value(u"displayName").toString(), u"Renamed here"_s);
    QCOMPARE(p.value(u"order").toInt(), 900);
    QCOMPARE(p.value(u"triggeringLogic").toObject().value(u"isEnabled").toBool(true), false);
    QCOMPARE(p.value(u"triggeringLogic").toObject().value(u"conditions").toArray(), conditions);
    QCOMPARE(p.value(u"actions").toArray(), actions);
    QCOMPARE(
        call(m_session->arm(), "DELETE", workspaceRules("automationRules") + u'/' + name).status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(
        (m_page->refresh(), model("automationTable")->rowOf(name) < 0), kTimeoutMs);
}

void RulesTest::createFromTemplateAndEdit()
{
    m_page->createFromDefenderForCloudTemplate();
    QCOMPARE(m_page->currentTab(), RulesPage::AnalyticsTab);
    auto *editor = qobject_cast<ui::rules::IncidentRuleEditor *>(m_page->openEditor());
    QVERIFY(editor);
    QCOMPARE(editor->objectName(), u"incidentRuleEditor"_s);
    QCOMPARE(editor->findChild<QComboBox *>(u"productCombo"_s)->currentData().toString(),
        u"Azure Security Center"_s);
    auto *name = editor->findChild<QLineEdit *>(u"nameEdit"_s);
    name->clear();
    QVERIFY(!editor->saveButton()->isEnabled()); // a rule needs a name
    QVERIFY(!editor->findChild<QLabel *>(u"problemLabel"_s)->text().isEmpty());
    QTest::keyClicks(name, u"All Defender for Cloud alerts (rules test)"_s);
    // Every severity: the automation test's alert may be any.
    for (const char *s : {"severityHigh", "severityMedium", "severityLow", "severityInformational"})
        editor->findChild<QCheckBox *>(QLatin1StringView(s))->setChecked(true);
    QVERIFY2(editor->saveButton()->isEnabled(), qPrintable(editor->problem()));
    QPointer<QDialog> guard(editor);
    editor->saveButton()->click();
    QVERIFY(editor->isSaving());
    QTRY_VERIFY_WITH_TIMEOUT(!guard, kTimeoutMs); // closed once the server accepted
    QTRY_VERIFY(settled());
    m_templateRule.clear();
    for (const QJsonObject &r : listAll(m_session->arm(), workspaceRules("alertRules"))) {
        if (props(r).value(u"displayName").toString()
            == u"All Defender for Cloud alerts (rules test)"_s) {
            m_templateRule = r.value(u"name").toString();
            QCOMPARE(r.value(u"kind").toString(), u"MicrosoftSecurityIncidentCreation"_s);
            QCOMPARE(props(r).value(u"alertRuleTemplateName").toString(),
                u"90586451-7ba8-4c1e-9904-7d1b7c3cc4d6"_s);
            QCOMPARE(props(r).value(u"productFilter").toString(), u"Azure Security Center"_s);
            QCOMPARE(props(r).value(u"severitiesFilter").toArray().size(), 4);
            QVERIFY(props(r).value(u"enabled").toBool());
        }
    }
    QVERIFY(!m_templateRule.isEmpty());
    QVERIFY(model("analyticsTable")->rowOf(m_templateRule) >= 0);

    // The connector page's way in: editIncidentCreationRule(name).
    m_page->showTab(RulesPage::AutomationTab);
    m_page->editIncidentCreationRule(m_templateRule);
    QCOMPARE(m_page->currentTab(), RulesPage::AnalyticsTab);
    editor = qobject_cast<ui::rules::IncidentRuleEditor *>(m_page->openEditor());
    QVERIFY(editor);
    QCOMPARE(editor->findChild<QLineEdit *>(u"nameEdit"_s)->text(),
        u"All Defender for Cloud alerts (rules test)"_s);
    editor->findChild<QLineEdit *>(u"excludeNamesEdit"_s)->setText(u"Test alert; Another"_s);
    guard = editor;
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!guard, kTimeoutMs);
    const Reply r
        = call(m_session->arm(), "GET", workspaceRules("alertRules") + u'/' + m_templateRule);
    QCOMPARE(props(r.json).value(u"displayNamesExcludeFilter").toArray(),
        (QJsonArray {u"Test alert"_s, u"Another"_s}));
    // The editor sent the rule back whole: the server's own members came back too.
    QVERIFY(props(r.json).contains(u"lastModifiedUtc"));

    // An unknown name says so instead of opening nothing.
    m_page->editIncidentCreationRule(u"no-such-rule"_s);
    QVERIFY(!m_page->openEditor());
    QVERIFY(m_page->findChild<ui::ErrorBanner *>(u"analyticsBanner"_s)
                ->message()
                .contains(u"no-such-rule"_s));
    m_page->findChild<ui::ErrorBanner *>(u"analyticsBanner"_s)->hide();
}

void RulesTest::automationRuleClosesMatchingIncidents()
{
    QVERIFY2(!m_templateRule.isEmpty(), "createFromTemplateAndEdit made the all-severities rule");
    QString plan;
    const QString sub = connectedSubscription(&plan);
    QVERIFY2(!sub.isEmpty(), "a subscription in the legacy connector with a plan on");
    // The simulator raises the same detection for a subscription and plan each time: learn
    // its title and severity from a first one.
    const QJsonObject first = simulate(sub, plan);
    QVERIFY(!first.isEmpty());
    const QString title = props(first).value(u"alertDisplayName").toString();
    const QString severity = props(first).value(u"severity").toString();
    QVERIFY(!title.isEmpty() && !severity.isEmpty());

    m_page->showTab(RulesPage::AutomationTab);
    button("newAutomationButton")->click();
    auto *editor = qobject_cast<ui::rules::AutomationEditor *>(m_page->openEditor());
    QVERIFY(editor);
    QCOMPARE(editor->objectName(), u"automationRuleEditor"_s);
    QTest::keyClicks(
        editor->findChild<QLineEdit *>(u"nameEdit"_s), u"Close the rules test's alert"_s);
    editor->findChild<QSpinBox *>(u"orderSpin"_s)->setValue(1);
    auto *conditions = editor->conditions();
    conditions->addButton()->click();
    conditions->addButton()->click();
    QCOMPARE(conditions->count(), 2);
    auto setCombo = [editor](const QString &name, const QString &value) {
        auto *c = editor->findChild<QComboBox *>(name);
        QVERIFY2(c, qPrintable(name));
        const int at = c->findData(value);
        QVERIFY2(at >= 0, qPrintable(name + u": " + value));
        c->setCurrentIndex(at);
    };
    setCombo(u"conditionProperty_0"_s, u"IncidentTitle"_s);
    setCombo(u"conditionOperator_0"_s, u"Equals"_s);
    editor->findChild<QLineEdit *>(u"conditionValues_0"_s)->setText(title);
    setCombo(u"conditionProperty_1"_s, u"IncidentSeverity"_s);
    setCombo(u"conditionOperator_1"_s, u"Equals"_s);
    // Typed in lower case: the editor writes the API's spelling.
    editor->findChild<QLineEdit *>(u"conditionValues_1"_s)->setText(severity.toLower());
    QVERIFY(!editor->saveButton()->isEnabled()); // no action yet
    QCOMPARE(editor->findChild<QLabel *>(u"problemLabel"_s)->text(), u"Add at least one action."_s);

    editor->findChild<QPushButton *>(u"addActionButton"_s)->click();
    QCOMPARE(editor->actionCount(), 1);
    QCOMPARE(
        editor->findChild<QComboBox *>(u"actionStatus_0"_s)->currentData().toString(), u"Closed"_s);
    // Closing needs a classification (and its reason).
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY(editor->problem().contains(u"classification"_s));
    setCombo(u"actionClassification_0"_s, u"BenignPositive"_s);
    QCOMPARE(editor->findChild<QComboBox *>(u"actionReason_0"_s)->currentData().toString(),
        u"SuspiciousButExpected"_s);
    editor->findChild<QLineEdit *>(u"actionComment_0"_s)->setText(u"Expected in the rules test"_s);
    editor->findChild<QPushButton *>(u"addActionButton"_s)->click();
    editor->findChild<QComboBox *>(u"actionKind_1"_s)
        ->setCurrentIndex(ui::rules::AutomationEditor::AddTags);
    editor->findChild<QLineEdit *>(u"actionTags_1"_s)->setText(u"rules-test"_s);
    QVERIFY2(editor->saveButton()->isEnabled(), qPrintable(editor->problem()));
    const AutomationRule sent = editor->rule();
    const auto &cond = sent.props().triggeringLogic->conditions.value();
    QCOMPARE(cond.at(1).conditionProperties->propertyValues.value(), QStringList {severity});
    QPointer<QDialog> guard(editor);
    editor->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!guard, kTimeoutMs);
    QTRY_VERIFY(settled());
    for (const QJsonObject &r : listAll(m_session->arm(), workspaceRules("automationRules"))) {
        if (props(r).value(u"displayName").toString() == u"Close the rules test's alert"_s)
            m_automationRule = r.value(u"name").toString();
    }
    QVERIFY(!m_automationRule.isEmpty());
    // Order 1: among the first to run (rules of equal order run in the server's order).
    RulesModel *automation = model("automationTable");
    const int row = automation->rowOf(m_automationRule);
    QCOMPARE(automation->index(row, RulesModel::AutomationOrder).data().toString(), u"1"_s);
    QCOMPARE(automation->index(row, RulesModel::AutomationState).data().toString(), u"Enabled"_s);
    QVERIFY(automation->index(row, RulesModel::AutomationThen)
                .data()
                .toString()
                .contains(u"rules-test"_s));

    // A new alert of the same kind: its Sentinel incidents are closed by the rule.
    QSet<QString> existing;
    for (const QJsonObject &i : listAll(m_session->arm(), workspaceRules("incidents")))
        existing.insert(i.value(u"name").toString());
    const QJsonObject second = simulate(sub, plan);
    QVERIFY(!second.isEmpty());
    QCOMPARE(props(second).value(u"alertDisplayName").toString(), title);
    QList<QJsonObject> made;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            made.clear();
            for (const QJsonObject &i : listAll(m_session->arm(), workspaceRules("incidents"))) {
                const QJsonObject p = props(i);
                if (!existing.contains(i.value(u"name").toString())
                    && p.value(u"providerName").toString() == u"Azure Sentinel"_s
                    && p.value(u"title").toString() == title)
                    made << i;
            }
            return !made.isEmpty();
        }(),
        kTimeoutMs);
    // The demo's rule (High, Medium) and the test's (every severity) each made one.
    QCOMPARE(made.size(), severity == u"High"_s || severity == u"Medium"_s ? 2 : 1);
    for (const QJsonObject &i : std::as_const(made)) {
        const QJsonObject p = props(i);
        QCOMPARE(p.value(u"status").toString(), u"Closed"_s);
        QCOMPARE(p.value(u"classification").toString(), u"BenignPositive"_s);
        QCOMPARE(p.value(u"classificationReason").toString(), u"SuspiciousButExpected"_s);
        QStringList labels;
        for (const QJsonValue &l : p.value(u"labels").toArray())
            labels << l.toObject().value(u"labelName").toString();
        QVERIFY2(labels.contains(u"rules-test"_s), qPrintable(labels.join(u", ")));
    }
}

void RulesTest::reorderAutomationRules()
{
    RulesModel *m = model("automationTable");
    QVERIFY(m->rowCount() >= 2);
    const QString a = m->nameAt(0), b = m->nameAt(1);
    auto orderOnServer = [this](const QString &name) {
        return props(
            call(m_session->arm(), "GET", workspaceRules("automationRules") + u'/' + name).json)
            .value(u"order")
            .toInt();
    };
    const int orderA = orderOnServer(a), orderB = orderOnServer(b);
    QVERIFY(orderA <= orderB);
    m_page->showTab(RulesPage::AutomationTab);
    QVERIFY(select("automationTable", b));
    QVERIFY(!button("moveDownButton")->isEnabled() || m->rowCount() > 2);
    QVERIFY(button("moveUpButton")->isEnabled());
    button("moveUpButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(settled(), kTimeoutMs);
    const int newA = orderOnServer(a), newB = orderOnServer(b);
    QVERIFY2(newB < newA, qPrintable(u"%1 %2"_s.arg(newB).arg(newA)));
    if (orderA != orderB) {
        // The two traded their numbers.
        QCOMPARE(newB, orderA);
        QCOMPARE(newA, orderB);
    }
    QCOMPARE(m->nameAt(0), b);
    QCOMPARE(m->nameAt(1), a);
    // The moved rule stays selected: Move down puts it back.
    QCOMPARE(table("automationTable")->currentIndex().row(), 0);
    QVERIFY(!button("moveUpButton")->isEnabled());
    button("moveDownButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(settled(), kTimeoutMs);
    QCOMPARE(m->nameAt(0), a);
    QCOMPARE(m->nameAt(1), b);
    QVERIFY(orderOnServer(a) < orderOnServer(b));
}

void RulesTest::deleteAfterConfirmation()
{
    for (const auto &[tableName, tab, name, collection] :
        {std::tuple(
             "automationTable", RulesPage::AutomationTab, m_automationRule, "automationRules"),
            std::tuple("analyticsTable", RulesPage::AnalyticsTab, m_templateRule, "alertRules")}) {
        QVERIFY(!name.isEmpty());
        m_page->showTab(tab);
        QVERIFY(select(tableName, name));
        const char *deleteButton
            = tab == RulesPage::AutomationTab ? "deleteAutomationButton" : "deleteAnalyticsButton";
        // Cancel first (the Delete key asks the same): nothing happens.
        table(tableName)->setFocus();
        QTest::keyClick(table(tableName), Qt::Key_Delete);
        auto *box = m_page->findChild<QMessageBox *>(u"confirmDeleteBox"_s);
        QVERIFY(box);
        box->findChild<QPushButton *>(u"cancelDeleteButton"_s)->click();
        QTRY_VERIFY(!m_page->findChild<QMessageBox *>(u"confirmDeleteBox"_s));
        QCOMPARE(
            call(m_session->arm(), "GET", workspaceRules(collection) + u'/' + name).status, 200);
        button(deleteButton)->click();
        box = m_page->findChild<QMessageBox *>(u"confirmDeleteBox"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"rules test"_s));
        box->findChild<QPushButton *>(u"confirmDeleteButton"_s)->click();
        QCOMPARE(model(tableName)
                     ->index(model(tableName)->rowOf(name), 1)
                     .data(RulesModel::PendingRole)
                     .toBool(),
            true);
        QTRY_VERIFY_WITH_TIMEOUT(model(tableName)->rowOf(name) < 0, kTimeoutMs);
        QCOMPARE(
            call(m_session->arm(), "GET", workspaceRules(collection) + u'/' + name).status, 404);
    }
}

void RulesTest::tuningPreviewMatchesServerAndBruteForce()
{
    if (!tuningRoutesExist())
        QSKIP("the server has no alert tuning routes yet");
    QTRY_VERIFY_WITH_TIMEOUT(m_page->service()->isLoaded(RuleKind::Tuning), kTimeoutMs);
    // Every alert the admin sees, and a count of the rule's conditions over them: the title
    // contains a word; a cloud resource of the evidence has a name.
    const QList<QJsonObject> alerts = listAll(m_session->graph(), u"security/alerts_v2"_s, 500);
    QVERIFY(alerts.size() > 100);
    auto resourceNames = [](const QJsonObject &a) {
        QStringList out;
        for (const QJsonValue &v : a.value(u"evidence").toArray()) {
            const QJsonObject e = v.toObject();
            const QString type = e.value(u"@odata.type").toString().section(u'.', -1);
            if (type.compare(u"azureResourceEvidence"_s, Qt::CaseInsensitive) == 0
                || type.compare(u"amazonResourceEvidence"_s, Qt::CaseInsensitive) == 0
                || type.compare(u"googleCloudResourceEvidence"_s, Qt::CaseInsensitive) == 0)
                out << e.value(u"resourceName").toString();
        }
        return out;
    };
    auto bruteForce = [&](const QString &word, const QString &resource) {
        int n = 0;
        for (const QJsonObject &a : alerts) {
            if (a.value(u"serviceSource").toString() != u"microsoftDefenderForCloud"_s
                || !a.value(u"title").toString().contains(word, Qt::CaseInsensitive))
                continue;
            if (!resource.isEmpty() && !resourceNames(a).contains(resource, Qt::CaseInsensitive))
                continue;
            ++n;
        }
        return n;
    };
    const QString needle = u"suspicious"_s;
    QVERIFY(bruteForce(needle, {}) > 1);
    // The resource named most often among those alerts.
    QHash<QString, int> byResource;
    for (const QJsonObject &a : alerts) {
        if (a.value(u"serviceSource").toString() == u"microsoftDefenderForCloud"_s
            && a.value(u"title").toString().contains(needle, Qt::CaseInsensitive)) {
            for (const QString &r : resourceNames(a))
                ++byResource[r];
        }
    }
    QString resource;
    for (auto it = byResource.cbegin(); it != byResource.cend(); ++it) {
        if (resource.isEmpty() || it.value() > byResource.value(resource))
            resource = it.key();
    }
    QVERIFY(!resource.isEmpty());

    m_page->showTab(RulesPage::TuningTab);
    button("newTuningButton")->click();
    auto *editor = qobject_cast<ui::rules::TuningEditor *>(m_page->openEditor());
    QVERIFY(editor);
    QCOMPARE(editor->objectName(), u"tuningRuleEditor"_s);
    QTest::keyClicks(
        editor->findChild<QLineEdit *>(u"nameEdit"_s), u"Hide suspicious (rules test)"_s);
    editor->conditions()->addButton()->click();
    auto setCombo = [editor](const QString &name, const QString &value) {
        auto *c = editor->findChild<QComboBox *>(name);
        QVERIFY2(c, qPrintable(name));
        c->setCurrentIndex(c->findData(value));
        QCOMPARE(c->currentData().toString(), value);
    };
    setCombo(u"conditionProperty_0"_s, u"alertTitle"_s);
    setCombo(u"conditionOperator_0"_s, u"Contains"_s);
    QSignalSpy updated(editor, &ui::rules::TuningEditor::previewUpdated);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"conditionValues_0"_s), needle);
    // Debounced: one question after the last key, not one per key; Save waits for it.
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY(editor->previewText().contains(u"Counting"_s));
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, kTimeoutMs);
    QTest::qWait(ui::rules::TuningEditor::kPreviewDelayMs + 100);
    QCOMPARE(updated.count(), 1);
    // What the page shows = the server's own preview of the same rule = the count over
    // every alert.
    auto serverPreview = [&] {
        const Reply r = call(m_session->arm(), "POST",
            QString::fromLatin1(integration::RuleService::kTuningPath) + u"/preview"_s,
            encodeRule(editor->rule()));
        return r.status == 200 ? qint64(r.json.value(u"matchingAlerts").toInteger()) : -1;
    };
    qint64 shown = editor->previewCount();
    QCOMPARE(shown, qint64(bruteForce(needle, {})));
    QCOMPARE(serverPreview(), shown);
    QCOMPARE(editor->previewText(), u"%1 alerts would match."_s.arg(shown));
    QVERIFY(editor->saveButton()->isEnabled());

    // A condition on the evidence narrows it.
    editor->conditions()->addButton()->click();
    QVERIFY(editor->previewCount() < 0); // counting again
    setCombo(u"conditionProperty_1"_s, u"resourceName"_s);
    setCombo(u"conditionOperator_1"_s, u"Equals"_s);
    editor->findChild<QLineEdit *>(u"conditionValues_1"_s)->setText(resource);
    QTRY_VERIFY_WITH_TIMEOUT(editor->previewCount() >= 0, kTimeoutMs);
    shown = editor->previewCount();
    QCOMPARE(shown, qint64(bruteForce(needle, resource)));
    QVERIFY(shown > 0 && shown <= bruteForce(needle, {}));
    QCOMPARE(serverPreview(), shown);

    // Nothing matches a title no alert has.
    editor->findChild<QLineEdit *>(u"conditionValues_0"_s)->setText(u"no alert has this title"_s);
    QVERIFY(editor->previewCount() < 0);
    QTRY_VERIFY_WITH_TIMEOUT(editor->previewCount() >= 0, kTimeoutMs);
    QCOMPARE(editor->previewCount(), 0);
    QCOMPARE(editor->previewText(), u"No alerts would match."_s);
    // A severity the API does not have is caught before the server is asked.
    setCombo(u"conditionProperty_1"_s, u"severity"_s);
    editor->findChild<QLineEdit *>(u"conditionValues_1"_s)->setText(u"critical"_s);
    QVERIFY(editor->problem().contains(u"critical"_s));
    QVERIFY(!editor->saveButton()->isEnabled());
    editor->reject();
}

void RulesTest::tuningRuleSaved()
{
    if (!tuningRoutesExist())
        QSKIP("the server has no alert tuning routes yet");
    m_page->showTab(RulesPage::TuningTab);
    button("newTuningButton")->click();
    auto *editor = qobject_cast<ui::rules::TuningEditor *>(m_page->openEditor());
    QVERIFY(editor);
    QTest::keyClicks(
        editor->findChild<QLineEdit *>(u"nameEdit"_s), u"Hide the scanner (rules test)"_s);
    editor->conditions()->addButton()->click();
    auto *field = editor->findChild<QComboBox *>(u"conditionProperty_0"_s);
    field->setCurrentIndex(field->findData(u"ipAddress"_s));
    editor->findChild<QLineEdit *>(u"conditionValues_0"_s)->setText(u"203.0.113.7; 203.0.113.8"_s);
    QVERIFY(editor->findChild<QRadioButton *>(u"actionHide"_s)->isChecked());
    editor->findChild<QCheckBox *>(u"expiresCheck"_s)->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(editor->previewCount() >= 0, kTimeoutMs);
    QVERIFY2(editor->saveButton()->isEnabled(), qPrintable(editor->problem()));
    QPointer<QDialog> guard(editor);
    editor->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!guard, kTimeoutMs);
    QTRY_VERIFY(settled());
    QJsonObject saved;
    for (const QJsonObject &r :
        listAll(m_session->arm(), QString::fromLatin1(integration::RuleService::kTuningPath))) {
        if (props(r).value(u"displayName").toString() == u"Hide the scanner (rules test)"_s)
            saved = r;
    }
    QVERIFY(!saved.isEmpty());
    const QJsonObject p = props(saved);
    QCOMPARE(p.value(u"action").toString(), u"Hide"_s);
    QVERIFY(p.value(u"enabled").toBool());
    QCOMPARE(p.value(u"serviceSources").toArray(), QJsonArray {u"microsoftDefenderForCloud"_s});
    const QJsonObject c = p.value(u"conditions").toArray().at(0).toObject();
    QCOMPARE(c.value(u"field").toString(), u"ipAddress"_s);
    QCOMPARE(c.value(u"operator").toString(), u"Equals"_s);
    QCOMPARE(c.value(u"values").toArray(), (QJsonArray {u"203.0.113.7"_s, u"203.0.113.8"_s}));
    QVERIFY(!p.value(u"expirationTimeUtc").toString().isEmpty());
    QVERIFY(!p.value(u"applyToExistingAlerts").toBool(true));
    RulesModel *m = model("tuningTable");
    const int row = m->rowOf(saved.value(u"name").toString());
    QVERIFY(row >= 0);
    QCOMPARE(m->index(row, RulesModel::TuningActionColumn).data().toString(), u"Hide alert"_s);
    QVERIFY(
        m->index(row, RulesModel::TuningConditions).data().toString().contains(u"203.0.113.7"_s));
}

void RulesTest::refusalShowsServerSentence()
{
    // The reader may read the workspace's rules, not change them: the server's 403 sentence
    // names what is missing, and the rule comes back as it was.
    const auto reader
        = testsupport::demoSession(m_info, u"reader"_s, m_dir.filePath(u"cache-reader"_s));
    QVERIFY(reader);
    RulesPage page(reader.get());
    page.setWorkspaceResourceId(m_workspace);
    page.resize(kPageSize);
    QTRY_VERIFY_WITH_TIMEOUT(page.service()->isLoaded(RuleKind::Automation), kTimeoutMs);
    auto *t = page.findChild<QTableView *>(u"automationTable"_s);
    auto *m = qobject_cast<RulesModel *>(t->model());
    QVERIFY(m->rowCount() > 0);
    const QString name = m->nameAt(0);
    const QString state = m->index(0, RulesModel::AutomationState).data().toString();
    t->setCurrentIndex(m->index(0, 0));
    QSignalSpy failed(page.service(), &integration::RuleService::failed);
    page.findChild<QPushButton *>(u"toggleAutomationButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
    const QString sentence = failed.at(0).at(2).toString();
    auto *banner = page.findChild<ui::ErrorBanner *>(u"automationBanner"_s);
    QVERIFY(!banner->isHidden());
    QCOMPARE(banner->message(), sentence);
    QVERIFY2(sentence.contains(u"403"_s) || sentence.contains(u"workspace"_s, Qt::CaseInsensitive),
        qPrintable(sentence));
    QCOMPARE(m->index(m->rowOf(name), RulesModel::AutomationState).data().toString(), state);
    QVERIFY(!m->index(m->rowOf(name), 0).data(RulesModel::PendingRole).toBool());
}

void RulesTest::writeAccessDisablesWriteControls()
{
    const QString why
        = u"Changing rules needs read/write on the workspace (Microsoft Sentinel Contributor)."_s;
    const QString tuningWhy = u"Alert tuning needs the Security Administrator role."_s;
    m_page->showTab(RulesPage::AutomationTab);
    QVERIFY(select("automationTable", model("automationTable")->nameAt(0)));
    m_page->setWriteAccess(false, why, false, tuningWhy);
    const QList<QWidget *> controls = m_page->writeControls();
    QCOMPARE(controls.size(), 11);
    for (QWidget *w : controls) {
        QVERIFY2(!w->isEnabled(), qPrintable(w->objectName()));
        const bool tuning = w->objectName().contains(u"Tuning"_s);
        QCOMPARE(w->toolTip(), tuning ? tuningWhy : why);
    }
    // Reading stays: the editor opens to look at, its Save off with the same reason.
    QPushButton *view = button("editAutomationButton");
    QVERIFY(view->isEnabled());
    QCOMPARE(view->text(), u"View…"_s);
    view->click();
    ui::rules::RuleEditor *editor = m_page->openEditor();
    QVERIFY(editor);
    QVERIFY(!editor->saveButton()->isEnabled());
    QCOMPARE(editor->saveButton()->toolTip(), why);
    QVERIFY(m_page->writeControls().contains(editor->saveButton()));
    // Selection changes keep them off.
    QVERIFY(select("analyticsTable", model("analyticsTable")->nameAt(0)));
    QVERIFY(!button("toggleAnalyticsButton")->isEnabled());
    QCOMPARE(button("toggleAnalyticsButton")->toolTip(), why);
    m_page->setWriteAccess(true, {}, true, {});
    QVERIFY(editor->saveButton()->isEnabled());
    QVERIFY(editor->saveButton()->toolTip().isEmpty());
    editor->reject();
    QVERIFY(button("toggleAutomationButton")->isEnabled());
    QVERIFY(button("newTuningButton")->isEnabled());
    QCOMPARE(button("editAutomationButton")->text(), u"Edit…"_s);
    QVERIFY(button("toggleAutomationButton")->toolTip() != why);
}

void RulesTest::screenshots()
{
    // One picture per tab, in the default and a dark palette, for a person to look at.
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        if (dark)
            QApplication::setPalette(guitest::darkPalette());
        const QString suffix = dark ? u"-dark"_s : QString();
        for (const auto &[tab, name, tableName] :
            {std::tuple(RulesPage::AnalyticsTab, "analytics", "analyticsTable"),
                std::tuple(RulesPage::AutomationTab, "automation", "automationTable"),
                std::tuple(RulesPage::TuningTab, "tuning", "tuningTable")}) {
            m_page->showTab(tab);
            if (model(tableName)->rowCount() > 0)
                table(tableName)->setCurrentIndex(model(tableName)->index(0, 0));
            QTest::qWait(50);
            const QImage shot = m_page->grab().toImage();
            QVERIFY(shot.save(u"/tmp/rules-%1%2.png"_s.arg(QLatin1StringView(name), suffix)));
            if (dark) {
                // The table's background follows the palette.
                QTableView *t = table(tableName);
                const QPoint at = t->mapTo(m_page, QPoint(t->width() - 10, t->height() - 10));
                QVERIFY(QColor(shot.pixel(at)).lightness() < 100);
            }
        }
        // The editors, filled.
        m_page->showTab(RulesPage::AutomationTab);
        QVERIFY(select("automationTable", model("automationTable")->nameAt(0)));
        button("editAutomationButton")->click();
        ui::rules::RuleEditor *editor = m_page->openEditor();
        QVERIFY(editor);
        editor->show();
        QTest::qWait(50);
        QVERIFY(editor->grab().save(u"/tmp/rules-automation-editor%1.png"_s.arg(suffix)));
        editor->reject();
        m_page->createFromDefenderForCloudTemplate();
        editor = m_page->openEditor();
        editor->show();
        QTest::qWait(50);
        QVERIFY(editor->grab().save(u"/tmp/rules-analytics-editor%1.png"_s.arg(suffix)));
        editor->reject();
        m_page->showTab(RulesPage::TuningTab);
        button("newTuningButton")->click();
        auto *tuning = qobject_cast<ui::rules::TuningEditor *>(m_page->openEditor());
        QVERIFY(tuning);
        tuning->conditions()->addButton()->click();
        tuning->findChild<QLineEdit *>(u"conditionValues_0"_s)->setText(u"Suspicious"_s);
        QTest::keyClicks(
            tuning->findChild<QLineEdit *>(u"nameEdit"_s), u"Hide a noisy detection"_s);
        if (tuningRoutesExist())
            QTRY_VERIFY_WITH_TIMEOUT(tuning->previewCount() >= 0, kTimeoutMs);
        tuning->show();
        QTest::qWait(50);
        QVERIFY(tuning->grab().save(u"/tmp/rules-tuning-editor%1.png"_s.arg(suffix)));
        tuning->reject();
    }
    QApplication::setPalette(light);
}

void RulesTest::retranslates()
{
    guitest::MarkingTranslator marking("wf::ui::");
    QVERIFY(QCoreApplication::installTranslator(&marking));
    auto *tabs = m_page->findChild<QTabWidget *>(u"rulesTabs"_s);
    QTRY_COMPARE(tabs->tabText(RulesPage::AutomationTab), u"[Automation rules]"_s);
    QCOMPARE(button("newAutomationButton")->text(), u"[New rule…]"_s);
    QCOMPARE(
        model("automationTable")->headerData(RulesModel::AutomationWhen, Qt::Horizontal).toString(),
        u"[When]"_s);
    QVERIFY(model("automationTable")
                ->index(0, RulesModel::AutomationState)
                .data()
                .toString()
                .startsWith(u'['));
    QVERIFY(QCoreApplication::removeTranslator(&marking));
    QTRY_COMPARE(tabs->tabText(RulesPage::AutomationTab), u"Automation rules"_s);
}

QTEST_MAIN(RulesTest)
#include "tst_rules.moc"
