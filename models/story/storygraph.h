// The attack story of an incident as a graph: alerts and the entities their evidence
// names, and the view filter (collapse, hidden types, sparse nodes, time cutoff) that
// turns it into what the attack story view lays out and draws.
#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace wf::story {

enum class NodeKind : quint8 {
    Alert,
    Entity,
    Group, // several leaf entities of one type on one alert, drawn as "12 IPs"
};

struct StoryNode
{
    NodeKind kind = NodeKind::Entity;
    // Stable identity: "alert:<id>", the entity's EntityInfo::key, "anon:<alert id>#<n>"
    // for evidence with nothing to tell it apart, "group:<alert key>|<type>" for groups.
    QString key;

    // Alerts.
    QString alertId;
    QString title;
    Enum<AlertSeverity> severity;

    // Entities (the first evidence that named it); for groups only entity.type is set.
    EntityInfo entity;
    QString hostName; // a cloud VM's host name when its device evidence was merged into it

    // When the node enters the story: an alert's first activity (else its creation), an
    // entity's earliest alert.
    Timestamp time;
    // The alerts an entity appears in, by time; an alert's own id for alert nodes.
    QStringList alertIds;

    // Groups: how many entities, and their keys (sorted).
    int count = 1;
    QStringList members;

    bool isAlert() const { return kind == NodeKind::Alert; }
};

struct StoryEdge
{
    int alert = -1; // index of the alert node
    int entity = -1; // index of the entity (or group) node
    // The evidence roles, kept as enums; the view translates them (EntityText::roleName).
    QList<Enum<EvidenceRole>> roles;
};

// Nodes in a deterministic order: alerts by (time, id), then entities by (first time,
// type, key); edges by (alert, entity). Equal input gives equal output, so layouts of it
// are reproducible.
struct StoryGraph
{
    QList<StoryNode> nodes;
    QList<StoryEdge> edges;

    int indexOf(const QString &key) const { return m_index.value(key, -1); }
    const StoryNode *node(const QString &key) const
    {
        const int i = indexOf(key);
        return i < 0 ? nullptr : &nodes.at(i);
    }
    int alertCount() const { return m_alertCount; }
    // Indices of the nodes linked to node `i`.
    QList<int> neighbours(int i) const;
    int degree(int i) const;
    // Recomputes the key index, the alert count and the edge order after nodes/edges
    // were filled in (build() and visibleGraph() call it).
    void finish();

private:
    QHash<QString, int> m_index;
    QList<QList<int>> m_adjacent;
    int m_alertCount = 0;
};

// One node per alert and per entity key; within an alert, device evidence for the VM a
// cloud resource evidence names (same host name, case-insensitive, or the same resource
// id in vmMetadata) joins the resource's node, and so does that device in other alerts.
StoryGraph build(const QList<Alert> &alerts);

// The alert key of an alert id ("alert:<id>").
QString alertKey(const QString &alertId);

struct StoryOptions
{
    bool collapse = true;
    int collapseThreshold = 3; // leaves of one type on one alert, from this many on
    quint32 hiddenTypes = 0; // bit (1 << int(EntityType))
    bool hideSparse = false; // entities with fewer than two links (alerts stay)
    bool hasCutoff = false;
    Timestamp cutoff; // with hasCutoff: alerts at or before it, and what they bring

    bool isHidden(EntityType type) const { return hiddenTypes & (1u << int(type)); }
    void setHidden(EntityType type, bool hidden)
    {
        hiddenTypes = hidden ? hiddenTypes | (1u << int(type)) : hiddenTypes & ~(1u << int(type));
    }
    // A stable hash (not seeded per process), for layout cache keys.
    quint64 hash() const;
    bool operator==(const StoryOptions &) const = default;
};

// The graph as the options show it. Applied in this order: time cutoff, hidden types,
// sparse nodes, collapse. Keys stay those of `graph` (groups get their own).
StoryGraph visibleGraph(const StoryGraph &graph, const StoryOptions &options);

} // namespace wf::story
