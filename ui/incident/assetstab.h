// The incident page's Assets tab: every entity its alerts name, in sections (cloud
// resources, devices, accounts, IPs, other entities), each row with its alerts in this
// incident and how many other incidents it was seen in.
#pragma once

#include "domain/entities.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace wf::session {
class Session;
}

namespace wf::ui {

// The assets tab's sections, in the order they are shown.
enum class AssetSection { CloudResources, Devices, Accounts, Ips, Others };
inline constexpr int AssetSectionCount = int(AssetSection::Others) + 1;
AssetSection assetSectionOf(EntityType type);
// The entity's roles worth saying ("Compromised, Attacker"); "unknown" left out.
QString entityRolesText(const EntityInfo &entity);

struct AssetRow
{
    EntityInfo entity;
    int alertsHere = 0; // alerts of this incident naming the entity
    int otherIncidents = 0; // incidents other than this one holding an alert naming it; -1 not looked up
};

// One section's rows. Every section has every column; the tab hides those a section
// does not use. Sorting happens here, on SortRole.
class AssetsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Kind, // the entity type (other entities only)
        Provider,
        ResourceType,
        Subscription, // Azure subscription, AWS account or GCP project
        Region,
        ResourceId,
        Roles,
        AlertsHere,
        OtherIncidents,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, KeyRole };

    explicit AssetsModel(QObject *parent = nullptr);

    void setRows(const QList<AssetRow> &rows);
    const AssetRow &rowAt(int row) const { return m_rows.at(row); }
    // Entity marks are tinted for the palette the view uses.
    void setPalette(const QPalette &palette);
    // Columns this section shows.
    static QList<Column> columnsOf(AssetSection section);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    // "Seen in 3 other incidents", "Only in this incident".
    static QString otherIncidentsText(int n);

private:
    QVariant sortValue(const AssetRow &row, int column) const;
    QString text(const AssetRow &row, int column) const;

    QList<AssetRow> m_rows;
    QIcon m_typeIcons[EntityTypeCount];
    QIcon m_providerIcons[4];
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

class AssetsTab : public QWidget
{
    Q_OBJECT
public:
    AssetsTab(session::Session *session, QWidget *parent = nullptr);

    // Shows the entities of `alerts` (the incident's alerts, decoded); the counts of other
    // incidents come from the session's store at this moment.
    void setIncident(qint64 incidentId, const QList<Alert> &alerts);
    qint64 incidentId() const { return m_incidentId; }

    AssetsModel *model(AssetSection section) const { return m_sections[int(section)].model; }
    QTreeView *view(AssetSection section) const { return m_sections[int(section)].view; }
    int entityCount() const;
    // The context menu of a section's current row (tests trigger its actions).
    QMenu *contextMenuFor(AssetSection section);

Q_SIGNALS:
    void entityActivated(const wf::EntityInfo &entity);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Section
    {
        QToolButton *header = nullptr;
        QLabel *none = nullptr;
        QTreeView *view = nullptr;
        AssetsModel *model = nullptr;
    };

    void retranslateUi();
    void applyPalette();
    void fitHeights();
    void activate(AssetSection section, const QModelIndex &index);
    void copyResourceId(AssetSection section);

    QPointer<session::Session> m_session;
    qint64 m_incidentId = 0;
    Section m_sections[AssetSectionCount];
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_summary = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace wf::ui
