// An entity's page (a VM, a cloud resource, an account, an IP ...): who it is, every alert
// and incident that names it (with the queues' triage), and its alerts per day.
#pragma once

#include "domain/entities.h"
#include "item/entityindex.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QTabWidget;
class QToolButton;

namespace wf::session {
class Session;
}

namespace wf::ui {

namespace queue {
class QueuePageCore;
}
class ActivityChart;

class EntityPage : public QWidget
{
    Q_OBJECT
public:
    EntityPage(session::Session *session, const EntityInfo &entity, QWidget *parent = nullptr);

    // For the tab that holds the page: the entity's name, shortened.
    QString title() const;
    const EntityInfo &entity() const { return m_entity; }
    // What the page shows now (refreshed ~300 ms after the store changes).
    const item::EntityHits &hits() const { return m_hits; }

    queue::QueuePageCore *alertList() const { return m_alerts; }
    queue::QueuePageCore *incidentList() const { return m_incidents; }
    ActivityChart *activityChart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }
    // Recomputes at once (the store's changes wait for a short debounce).
    void refresh();

Q_SIGNALS:
    void openIncidentRequested(qint64 incidentId);
    void statusMessage(const QString &text);
    // After each refresh (tests wait for it).
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void applyPalette();
    void updateIdentity();
    void updateChart();
    QString subscriptionLabel() const;

    QPointer<session::Session> m_session;
    EntityInfo m_entity;
    item::EntityHits m_hits;
    QTimer m_refreshTimer;

    QLabel *m_typeMark = nullptr, *m_name = nullptr, *m_kind = nullptr, *m_providerMark = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_resourceTypeLabel = nullptr, *m_resourceType = nullptr;
    QLabel *m_resourceIdLabel = nullptr;
    QLineEdit *m_resourceId = nullptr;
    QToolButton *m_copyId = nullptr;
    QWidget *m_resourceIdRow = nullptr;
    QLabel *m_subscriptionLabel = nullptr, *m_subscription = nullptr;
    QLabel *m_regionLabel = nullptr, *m_region = nullptr;
    QLabel *m_seenLabel = nullptr, *m_seen = nullptr;
    QLabel *m_countsLabel = nullptr, *m_counts = nullptr;
    QTabWidget *m_tabs = nullptr;
    queue::QueuePageCore *m_alerts = nullptr;
    queue::QueuePageCore *m_incidents = nullptr;
    ActivityChart *m_chart = nullptr;
};

} // namespace wf::ui
