// The Rules area (contract between ui/shell and ui/rules): three tabs — Sentinel's
// incident-creation analytics rules, its automation rules in run order, and Defender XDR's
// alert tuning rules — each a list with its editor. Changes show as pending until the server
// answers; a refusal shows the server's sentence.
#pragma once

#include <QWidget>

class QTabWidget;

namespace wf::session {
class Session;
}
namespace wf::integration {
class RuleService;
}

namespace wf::ui {

namespace rules {
class RuleTab;
class RuleEditor;
} // namespace rules

class RulesPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { AnalyticsTab, AutomationTab, TuningTab };

    // Reads the three lists at once; the workspace comes from the session's profile, or
    // from the tenant settings resource when the profile names none.
    explicit RulesPage(session::Session *session, QWidget *parent = nullptr);
    ~RulesPage() override;

    integration::RuleService *service() const { return m_service; }
    void showTab(Tab tab);
    Tab currentTab() const;
    // The editor open now (null when none), for the shell and for tests.
    rules::RuleEditor *openEditor() const { return m_editor; }
    // Every widget that changes something on the server (buttons and open editors' Save).
    QList<QWidget *> writeControls() const;

public Q_SLOTS:
    // The Sentinel workspace ("/subscriptions/…/workspaces/{name}"); empty: ask the tenant.
    void setWorkspaceResourceId(const QString &workspaceResourceId);
    // Shows the Analytics tab and opens the incident-creation rule's editor (once the list is
    // read, if it is not yet).
    void editIncidentCreationRule(const QString &ruleName);
    // Shows the Analytics tab and opens the editor on a new rule from the Defender for Cloud
    // template (product "Azure Security Center", template 90586451-…).
    void createFromDefenderForCloudTemplate();
    // Disables every write control, its tooltip naming the missing role (`…Why`); the
    // workspace's rules and the tenant's tuning rules are allowed separately.
    void setWriteAccess(bool workspaceWrite, const QString &workspaceWhy, bool tuningWrite,
        const QString &tuningWhy);
    void refresh();

Q_SIGNALS:
    // A short sentence for the status bar ("Rule saved", "Rule deleted").
    void statusMessage(const QString &text);
    // The server confirmed a change to an incident-creation rule (the connector page's
    // "Create incidents" switch follows it).
    void incidentCreationRulesChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildAnalyticsTab();
    void buildAutomationTab();
    void buildTuningTab();
    void retranslate();
    void updateButtons();
    void openEditor(rules::RuleEditor *editor);
    void editAnalytics(const QString &name);
    void editAutomation(const QString &name);
    void editTuning(const QString &name);
    void newAutomation();
    void newTuning();
    void toggleSelected(int tab);
    void confirmDelete(int tab);

    session::Session *m_session;
    integration::RuleService *m_service;
    QTabWidget *m_tabs;
    rules::RuleTab *m_analytics = nullptr;
    rules::RuleTab *m_automation = nullptr;
    rules::RuleTab *m_tuning = nullptr;
    rules::RuleEditor *m_editor = nullptr;
    QString m_editWhenLoaded; // editIncidentCreationRule() before the list was read
    bool m_workspaceWrite = true, m_tuningWrite = true;
    bool m_shownBefore = false;
    QString m_workspaceWhy, m_tuningWhy;
};

// Factory so the shell does not depend on the page's internals beyond this header.
QWidget *createRulesPage(session::Session *session, QWidget *parent);

} // namespace wf::ui
