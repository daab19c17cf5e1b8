// RuleTab: layout, the current rule across refreshes, the empty states.
#include "ruletab.h"

#include "rulesmodel.h"
#include "shell/errorbanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace wf::ui::rules {

using integration::RuleKind;

RuleTab::RuleTab(
    integration::RuleService *service, RuleKind kind, const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_kind(kind)
    , m_model(new RulesModel(service, kind, this))
    , m_banner(new ErrorBanner(this))
    , m_bar(new QHBoxLayout)
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QString(prefix + u"Tab"));
    m_banner->setObjectName(QString(prefix + u"Banner"));
    m_table->setObjectName(QString(prefix + u"Table"));
    m_empty->setObjectName(QString(prefix + u"Empty"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    m_bar->setSpacing(6);
    m_bar->addStretch(1);
    layout->addLayout(m_bar);
    layout->addWidget(m_stack, 1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(false); // automation rules show in run order
    m_table->verticalHeader()->hide();
    m_table->installEventFilter(this);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_stack->addWidget(m_table);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const QString name = m_model->nameAt(current.row());
            if (name == m_current)
                return;
            m_current = name;
            Q_EMIT currentChanged(name);
        });
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT activated(m_model->nameAt(index.row())); });
    // The same rule stays current when the list is read again or its rows move.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QString keep = m_current;
        if (!selectName(keep) && !keep.isEmpty()) {
            m_current.clear();
            Q_EMIT currentChanged(QString());
        }
        updateEmpty(); // first: the table may only now be shown
        fitColumns();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        Q_EMIT currentChanged(m_current); // its state (enabled, pending) may have changed
    });
    connect(service, &integration::RuleService::changed, this, [this](RuleKind k) {
        if (k == m_kind)
            updateEmpty();
    });
    connect(service, &integration::RuleService::loaded, this, [this](RuleKind k) {
        if (k != m_kind)
            return;
        if (m_service->loadError(k).isEmpty())
            m_banner->hide();
        updateEmpty();
        fitColumns();
    });
    connect(service, &integration::RuleService::failed, this,
        [this](RuleKind k, const QString &, const QString &sentence) {
            if (k == m_kind)
                m_banner->showMessage(sentence);
        });
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        m_banner->hide();
        m_service->refresh(m_kind);
    });
    fitColumns();
    updateEmpty();
}

QPushButton *RuleTab::addButton(const QString &objectName, bool trailing)
{
    auto *b = new QPushButton(this);
    b->setObjectName(objectName);
    if (trailing) {
        m_bar->addWidget(b);
    } else {
        m_bar->insertWidget(m_leadingButtons++, b);
    }
    return b;
}

bool RuleTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        Q_EMIT deleteRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool RuleTab::selectName(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
    return true;
}

void RuleTab::setEmptyTexts(const QString &loading, const QString &empty, const QString &failed)
{
    m_loadingText = loading;
    m_emptyText = empty;
    m_failedText = failed;
    updateEmpty();
}

void RuleTab::updateEmpty()
{
    const bool rows = m_model->rowCount() > 0;
    m_stack->setCurrentWidget(rows ? static_cast<QWidget *>(m_table) : m_empty);
    if (rows)
        return;
    if (m_service->isLoading(m_kind) && !m_service->isLoaded(m_kind))
        m_empty->setText(m_loadingText);
    else if (!m_service->isLoaded(m_kind) && !m_service->loadError(m_kind).isEmpty())
        m_empty->setText(m_failedText);
    else if (m_service->isLoaded(m_kind))
        m_empty->setText(m_emptyText);
    else
        m_empty->setText(m_loadingText);
}

void RuleTab::fitColumns()
{
    // Short columns as wide as their text; long ones (names, summaries) capped so that the
    // last one, which stretches, keeps room.
    QHeaderView *h = m_table->horizontalHeader();
    // The tab's width, not the table's: a table still hidden behind the empty state has none.
    const int cap = qMax(160, width() / 3);
    for (int c = 0; c + 1 < m_model->columnCount(); ++c) {
        m_table->resizeColumnToContents(c);
        if (h->sectionSize(c) > cap)
            h->resizeSection(c, cap);
    }
}

} // namespace wf::ui::rules
