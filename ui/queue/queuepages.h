// The incident queue and alert queue pages (contract between ui/shell and ui/queue).
#pragma once

#include <QWidget>

namespace wf::session {
class Session;
}

namespace wf::ui {

// Both pages show one queue of the current session; they are rebuilt when the session
// changes (switching profile or principal needs no restart).
class IncidentQueuePage;
class AlertQueuePage;

// What the shell may ask of, and hear from, either page. The factories below return
// one of these as a QWidget; `qobject_cast<wf::ui::QueuePage *>(widget)` gets it back.
class QueuePage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Incident page: makes the incident the current row and shows it in the detail pane.
    // If the filter hides it, the filter is widened (and the page says so). False when
    // the store does not hold that incident (yet). The alert page returns false.
    virtual bool selectIncident(qint64 incidentId)
    {
        Q_UNUSED(incidentId)
        return false;
    }

Q_SIGNALS:
    // Alert page: "Open incident" (button "openIncidentButton", or Enter on a row). The
    // shell switches to the incident page and calls selectIncident(incidentId) on it.
    void openIncidentRequested(qint64 incidentId);
    // Incident page: Enter / double-click on an incident; for an incident page the shell
    // may open later. The queue page itself already shows it in its detail pane.
    void incidentActivated(qint64 incidentId);
    // A short sentence for the status bar (export written, bulk action finished, ...).
    void statusMessage(const QString &text);
};

// Factories so the shell does not depend on the pages' internals.
QWidget *createIncidentQueuePage(session::Session *session, QWidget *parent);
QWidget *createAlertQueuePage(session::Session *session, QWidget *parent);

} // namespace wf::ui
