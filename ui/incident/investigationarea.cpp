// Tabs of incident and entity pages.
#include "investigationarea.h"

#include "session/session.h"

#include "common/entityicons.h"
#include "entitypage.h"
#include "incidentpage.h"

#include <QEvent>
#include <QLabel>
#include <QShortcut>
#include <QStackedLayout>
#include <QTabBar>
#include <QTabWidget>

namespace wf::ui {

namespace {
const char *const KeyProperty = "investigationKey";
}

InvestigationArea::InvestigationArea(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("investigationArea"));
    m_stack = new QStackedLayout(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("investigationsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("investigationTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->tabBar()->setUsesScrollButtons(true);
    m_stack->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &InvestigationArea::closeTab);
    auto *close = new QShortcut(QKeySequence::Close, this);
    close->setContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QShortcut::activated, this, &InvestigationArea::closeCurrent);
    retranslateUi();
}

int InvestigationArea::count() const
{
    return m_tabs->count();
}

IncidentPage *InvestigationArea::currentIncident() const
{
    return qobject_cast<IncidentPage *>(m_tabs->currentWidget());
}

int InvestigationArea::indexOfKey(const QString &key) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property(KeyProperty).toString() == key)
            return i;
    }
    return -1;
}

int InvestigationArea::addPage(QWidget *page, const QString &key, const QString &title, const QIcon &icon)
{
    page->setProperty(KeyProperty, key);
    const int index = m_tabs->addTab(page, icon, title);
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    Q_EMIT countChanged(m_tabs->count());
    Q_EMIT shown();
    return index;
}

IncidentPage *InvestigationArea::openIncident(qint64 incidentId)
{
    const QString key = QStringLiteral("incident:") + QString::number(incidentId);
    if (const int i = indexOfKey(key); i >= 0) {
        m_tabs->setCurrentIndex(i);
        Q_EMIT shown();
        return qobject_cast<IncidentPage *>(m_tabs->widget(i));
    }
    auto *page = new IncidentPage(m_session, incidentId, m_tabs);
    connect(page, &IncidentPage::titleChanged, this, [this, page](const QString &title) {
        if (const int i = m_tabs->indexOf(page); i >= 0) {
            m_tabs->setTabText(i, title);
            m_tabs->setTabToolTip(i, page->title());
        }
    });
    connect(page, &IncidentPage::openIncidentRequested, this, &InvestigationArea::openIncident);
    connect(page, &IncidentPage::entityActivated, this, &InvestigationArea::openEntity);
    connect(page, &IncidentPage::statusMessage, this, &InvestigationArea::statusMessage);
    addPage(page, key, page->title(), QIcon());
    page->setFocus();
    return page;
}

QWidget *InvestigationArea::openEntity(const EntityInfo &entity)
{
    const QString key = QStringLiteral("entity:") + entity.key;
    if (const int i = indexOfKey(key); i >= 0 && !entity.key.isEmpty()) {
        m_tabs->setCurrentIndex(i);
        Q_EMIT shown();
        return m_tabs->widget(i);
    }
    auto *page = new EntityPage(m_session, entity, m_tabs);
    connect(page, &EntityPage::openIncidentRequested, this, &InvestigationArea::openIncident);
    connect(page, &EntityPage::statusMessage, this, &InvestigationArea::statusMessage);
    const QIcon icon = entity.provider != CloudProvider::None ? providerIcon(entity.provider)
                                                              : entityIcon(entity.type, palette());
    const int index = addPage(page, key, page->title(), icon);
    m_tabs->setTabToolTip(index, entity.resourceId.isEmpty() ? entity.name : entity.resourceId);
    return page;
}

void InvestigationArea::closeTab(int index)
{
    QWidget *w = m_tabs->widget(index);
    if (!w)
        return;
    m_tabs->removeTab(index);
    w->deleteLater();
    if (m_tabs->count() == 0)
        m_stack->setCurrentWidget(m_empty);
    Q_EMIT countChanged(m_tabs->count());
}

void InvestigationArea::closeCurrent()
{
    closeTab(m_tabs->currentIndex());
}

void InvestigationArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InvestigationArea::retranslateUi()
{
    m_empty->setText(tr("Nothing is open. Press Enter on an incident in the incident queue, or "
                        "\"Open incident\" on an alert, to investigate it here."));
}

} // namespace wf::ui
