// RulesModel: rows from the service, one reset when the set of rules changes, one
// dataChanged when only their contents do.
#include "rulesmodel.h"

#include "rulelabels.h"

#include <QDateTime>
#include <QFont>

#include <limits>

namespace wf::ui::rules {

using integration::RuleKind;

RulesModel::RulesModel(integration::RuleService *service, RuleKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_kind(kind)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    auto follow = [this](RuleKind k) {
        if (k == m_kind)
            rebuild();
    };
    connect(service, &integration::RuleService::changed, this, follow);
    connect(service, &integration::RuleService::pendingChanged, this, follow);
    m_rows = buildRows();
}

void RulesModel::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
    rebuild();
}

int RulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RulesModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case RuleKind::IncidentCreation:
        return AnalyticsColumnCount;
    case RuleKind::Automation:
        return AutomationColumnCount;
    case RuleKind::Tuning:
        return TuningColumnCount;
    }
    return 0;
}

QString RulesModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

int RulesModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

QVariant RulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.text.value(index.column());
    case Qt::ToolTipRole: {
        const QString t = r.text.value(index.column());
        return t.size() > 40 ? t : QVariant();
    }
    case Qt::AccessibleTextRole:
        return r.text.value(index.column());
    case SortRole:
        return r.sort.value(index.column());
    case NameRole:
        return r.name;
    case PendingRole:
        return r.pending;
    case EnabledRole:
        return r.enabled;
    case Qt::FontRole:
        if (r.pending) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (m_kind == RuleKind::Automation && index.column() == AutomationOrder)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_kind) {
    case RuleKind::IncidentCreation:
        switch (section) {
        case AnalyticsName:
            return tr("Name");
        case AnalyticsState:
            return tr("State");
        case AnalyticsProduct:
            return tr("Alerts from");
        case AnalyticsSeverities:
            return tr("Severities");
        case AnalyticsAlertNames:
            return tr("Alert names");
        }
        break;
    case RuleKind::Automation:
        switch (section) {
        case AutomationOrder:
            return tr("Order");
        case AutomationName:
            return tr("Name");
        case AutomationState:
            return tr("State");
        case AutomationExpiry:
            return tr("Expires");
        case AutomationWhen:
            return tr("When");
        case AutomationThen:
            return tr("Then");
        }
        break;
    case RuleKind::Tuning:
        switch (section) {
        case TuningName:
            return tr("Name");
        case TuningState:
            return tr("State");
        case TuningActionColumn:
            return tr("Action");
        case TuningExpiry:
            return tr("Expires");
        case TuningConditions:
            return tr("Conditions");
        }
        break;
    }
    return {};
}

QList<RulesModel::Row> RulesModel::buildRows() const
{
    const Timestamp now = Timestamp::fromMSecs(m_now());
    QList<Row> rows;
    // The state column: what the server will make of the rule, or what is on its way.
    auto state = [&](Row &row, bool enabled, bool expired) {
        row.pending = m_service->isPending(m_kind, row.name);
        row.enabled = enabled;
        if (row.pending)
            return m_service->isDeleting(m_kind, row.name) ? tr("Deleting…") : tr("Saving…");
        if (!enabled)
            return tr("Disabled");
        return expired ? tr("Expired") : tr("Enabled");
    };
    switch (m_kind) {
    case RuleKind::IncidentCreation:
        for (const IncidentCreationRule &rule : m_service->incidentCreationRules()) {
            const IncidentCreationRuleProperties &p = rule.props();
            Row row;
            row.name = rule.name.valueOr({});
            const QString st = state(row, p.enabled.valueOr(false), false);
            QStringList names;
            for (const QString &n : p.displayNamesFilter.valueOr({}))
                names << tr("includes “%1”").arg(n);
            for (const QString &n : p.displayNamesExcludeFilter.valueOr({}))
                names << tr("excludes “%1”").arg(n);
            row.text = {p.displayName.valueOr(row.name), st, p.productFilter.valueOr({}),
                RuleLabels::severities(p.severitiesFilter),
                names.isEmpty() ? tr("Any") : names.join(QStringLiteral("; "))};
            row.sort
                = {row.text.at(0).toLower(), st, row.text.at(2), row.text.at(3), row.text.at(4)};
            rows.append(row);
        }
        break;
    case RuleKind::Automation:
        for (const AutomationRule &rule : m_service->automationRules()) {
            Row row;
            row.name = rule.name.valueOr({});
            const Field<Timestamp> expiry
                = rule.props().triggeringLogic.valueOr({}).expirationTimeUtc;
            const QString st = state(row, rule.isEnabled(), rule.hasExpired(now));
            row.text = {QString::number(rule.order()), rule.props().displayName.valueOr(row.name),
                st, RuleLabels::expiry(expiry), RuleLabels::when(rule), RuleLabels::then(rule)};
            row.sort = {rule.order(), row.text.at(1).toLower(), st,
                expiry.hasValue() ? expiry->ticks() : std::numeric_limits<qint64>::max(),
                row.text.at(4), row.text.at(5)};
            rows.append(row);
        }
        break;
    case RuleKind::Tuning:
        for (const AlertTuningRule &rule : m_service->tuningRules()) {
            const AlertTuningRuleProperties &p = rule.props();
            Row row;
            row.name = rule.name.valueOr({});
            const QString st = state(row, p.enabled.valueOr(false), rule.hasExpired(now));
            row.text = {p.displayName.valueOr(row.name), st,
                RuleLabels::tuningAction(p.action.valueOr({})),
                RuleLabels::expiry(p.expirationTimeUtc), RuleLabels::conditions(rule)};
            row.sort = {row.text.at(0).toLower(), st, row.text.at(2),
                p.expirationTimeUtc.hasValue() ? p.expirationTimeUtc->ticks()
                                               : std::numeric_limits<qint64>::max(),
                row.text.at(4)};
            rows.append(row);
        }
        break;
    }
    return rows;
}

void RulesModel::rebuild()
{
    QList<Row> rows = buildRows();
    bool sameRules = rows.size() == m_rows.size();
    for (int i = 0; sameRules && i < rows.size(); ++i)
        sameRules = rows.at(i).name == m_rows.at(i).name;
    if (!sameRules) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
}

void RulesModel::retranslate()
{
    rebuild();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

} // namespace wf::ui::rules
