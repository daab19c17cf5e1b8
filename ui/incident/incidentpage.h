// One incident's own page, opened as a tab: a header with the manage actions and their
// keys, the tabs Attack story | Alerts | Assets, and a side panel with the summary and
// the manage form. It reads the incident and its alerts from the local cache and
// follows live refresh.
#pragma once

#include "domain/alert.h"
#include "domain/entities.h"
#include "queue/managepane.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QShortcut;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace wf::session {
class Session;
}

namespace wf::ui {

namespace queue {
class EditTracker;
class ManagePane;
class QueuePageCore;
} // namespace queue

class AttackStoryView;
class AssetsTab;

class IncidentPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { StoryTab = 0, AlertsTab, AssetsTab_ };

    IncidentPage(session::Session *session, qint64 incidentId, QWidget *parent = nullptr);
    ~IncidentPage() override;

    qint64 incidentId() const { return m_id; }
    // "#1234 Multi-stage incident …" for the tab; the full name is the tooltip.
    QString title() const;
    bool isLoaded() const { return m_loaded; }
    // Loaded, and the attack story laid out: what a screenshot waits for.
    bool isReady() const;
    const QList<wf::Alert> &alerts() const { return m_alerts; }
    // What the summary's impacted assets list (cloud resources and devices, once each).
    const QList<wf::EntityInfo> &impactedAssets() const { return m_impacted; }

    void showTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }
    queue::QueuePageCore *alertList() const { return m_alertList; }
    queue::ManagePane *managePane() const { return m_manage; }
    AttackStoryView *storyView() const { return m_story; }
    AssetsTab *assetsTab() const { return m_assets; }

    // Manage actions (the header's buttons and their keys): the incident itself.
    void assignToMe();
    void setStatus(const QString &wireStatus);

Q_SIGNALS:
    void titleChanged(const QString &title);
    void entityActivated(const wf::EntityInfo &entity);
    void openIncidentRequested(qint64 incidentId);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void reload();
    void updateHeader();
    void updateSummary();
    void updateShortcuts();
    void showShortcuts();
    void onEditFinished(int done, int total, int failed);
    // Every change to the incident: through the durable edit queue, followed here.
    void submit(const queue::ManagePane::Request &request);

    QPointer<session::Session> m_session;
    qint64 m_id;
    bool m_loaded = false;
    bool m_storyDone = false;
    QJsonObject m_incident;
    QList<QJsonObject> m_alertJson;
    QList<wf::Alert> m_alerts;
    QList<wf::EntityInfo> m_impacted;
    QString m_version; // of the alerts: the story's layout cache key
    QTimer m_reloadTimer;

    QLabel *m_name = nullptr, *m_facts = nullptr, *m_editState = nullptr;
    QToolButton *m_assignMe = nullptr, *m_inProgress = nullptr, *m_resolve = nullptr,
                *m_classify = nullptr, *m_tag = nullptr, *m_comment = nullptr, *m_keys = nullptr,
                *m_summaryToggle = nullptr;
    QList<QShortcut *> m_actionKeys; // off while the Alerts tab has the keys
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    AttackStoryView *m_story = nullptr;
    queue::QueuePageCore *m_alertList = nullptr;
    AssetsTab *m_assets = nullptr;
    QTextBrowser *m_summary = nullptr;
    queue::ManagePane *m_manage = nullptr;
    queue::EditTracker *m_tracker = nullptr;
};

} // namespace wf::ui
