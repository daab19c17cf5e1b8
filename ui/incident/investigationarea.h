// The open investigations: incident pages and entity pages as closable tabs, several at
// once, opened from the queues, from a graph node, an asset or another page. Opening
// what is already open switches to its tab.
#pragma once

#include "domain/entities.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedLayout;
class QTabWidget;

namespace wf::session {
class Session;
}

namespace wf::ui {

class IncidentPage;

class InvestigationArea : public QWidget
{
    Q_OBJECT
public:
    explicit InvestigationArea(session::Session *session, QWidget *parent = nullptr);

    IncidentPage *openIncident(qint64 incidentId);
    QWidget *openEntity(const wf::EntityInfo &entity);
    void closeTab(int index);
    void closeCurrent();
    int count() const;
    QTabWidget *tabs() const { return m_tabs; }
    IncidentPage *currentIncident() const;

Q_SIGNALS:
    void countChanged(int count);
    void statusMessage(const QString &text);
    // Something was opened here: the window shows this area.
    void shown();

protected:
    void changeEvent(QEvent *event) override;

private:
    int addPage(QWidget *page, const QString &key, const QString &title, const QIcon &icon);
    int indexOfKey(const QString &key) const;
    void retranslateUi();

    QPointer<session::Session> m_session;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_empty = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace wf::ui
