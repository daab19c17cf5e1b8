// One table model per kind of rule, over the RuleService's copy: rows built once per change
// (text and sort keys), a pending rule in italics with "Saving…" / "Deleting…" as its state.
#pragma once

#include "integration/ruleservice.h"

#include <QAbstractTableModel>

namespace wf::ui::rules {

class RulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole,
        NameRole, // the rule's resource name (its id in the URL)
        PendingRole,
        EnabledRole,
    };
    // Columns per kind.
    enum AnalyticsColumn {
        AnalyticsName,
        AnalyticsState,
        AnalyticsProduct,
        AnalyticsSeverities,
        AnalyticsAlertNames,
        AnalyticsColumnCount
    };
    enum AutomationColumn {
        AutomationOrder,
        AutomationName,
        AutomationState,
        AutomationExpiry,
        AutomationWhen,
        AutomationThen,
        AutomationColumnCount
    };
    enum TuningColumn {
        TuningName,
        TuningState,
        TuningActionColumn,
        TuningExpiry,
        TuningConditions,
        TuningColumnCount
    };

    RulesModel(
        integration::RuleService *service, integration::RuleKind kind, QObject *parent = nullptr);

    integration::RuleKind kind() const { return m_kind; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString nameAt(int row) const;
    int rowOf(const QString &name) const; // -1 if absent
    // Builds the rows again from the service.
    void rebuild();
    // After a language change: the rows and the header.
    void retranslate();
    // For expiry: the time "now" is (tests fix it).
    void setClock(std::function<qint64()> nowMs);

private:
    struct Row
    {
        QString name;
        QStringList text; // per column
        QVariantList sort; // per column
        bool pending = false;
        bool enabled = false;
    };
    QList<Row> buildRows() const;

    integration::RuleService *m_service;
    integration::RuleKind m_kind;
    QList<Row> m_rows;
    std::function<qint64()> m_now;
};

} // namespace wf::ui::rules
