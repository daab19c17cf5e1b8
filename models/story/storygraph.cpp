// Builds the attack story graph from an incident's alerts and filters it for display.
#include "storygraph.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace wf::story {

namespace {

Timestamp alertTime(const Alert &a)
{
    if (a.firstActivityDateTime.hasValue())
        return *a.firstActivityDateTime;
    return a.createdDateTime.valueOr({});
}

// Entities in order of appearance in the story, then by type and key: dot keeps the
// input order within a rank, so this order is what the analyst reads top to bottom.
bool entityBefore(const StoryNode &a, const StoryNode &b)
{
    if (a.time != b.time)
        return a.time < b.time;
    if (a.entity.type != b.entity.type)
        return a.entity.type < b.entity.type;
    return a.key < b.key;
}

void addRoles(QList<Enum<EvidenceRole>> &into, const QList<Enum<EvidenceRole>> &roles)
{
    for (const auto &r : roles) {
        if (!into.contains(r))
            into.append(r);
    }
}

// Device keys that stand for a cloud VM named by resource evidence in the same alert, and
// the host names of those VMs.
struct VmAliases
{
    QHash<QString, QString> resourceOf; // device key -> resource key
    QHash<QString, QString> hostName; // resource key -> host name
};

VmAliases findVmAliases(const QList<Alert> &alerts)
{
    VmAliases aliases;
    for (const Alert &alert : alerts) {
        const QList<Evidence> &evidence = alert.evidence.value();
        QList<EntityInfo> resources;
        for (const Evidence &e : evidence) {
            if (e.as<AzureResourceEvidence>() || e.as<AmazonResourceEvidence>()
                || e.as<GoogleCloudResourceEvidence>()) {
                EntityInfo info = describeEntity(e);
                if (!info.key.isEmpty())
                    resources.append(std::move(info));
            }
        }
        if (resources.isEmpty())
            continue;
        for (const Evidence &e : evidence) {
            const auto *device = e.as<DeviceEvidence>();
            if (!device)
                continue;
            const EntityInfo info = describeEntity(e);
            for (const EntityInfo &r : resources) {
                if (!isMachineOf(info, r))
                    continue;
                for (const QString &k : entityKeys(e))
                    aliases.resourceOf.insert(k, r.key);
                if (!info.key.isEmpty())
                    aliases.resourceOf.insert(info.key, r.key);
                aliases.hostName.insert(r.key, info.name);
                break;
            }
        }
    }
    return aliases;
}

// Puts alerts first (in the given order) and the rest sorted, and renumbers the edges.
StoryGraph assemble(
    QList<StoryNode> alerts, QList<StoryNode> entities, const QList<StoryEdge> &edges)
{
    QList<int> order(entities.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return entityBefore(entities.at(a), entities.at(b)); });
    QList<int> position(entities.size());
    const int offset = int(alerts.size());
    for (int i = 0; i < order.size(); ++i)
        position[order.at(i)] = offset + i;

    StoryGraph g;
    g.nodes = std::move(alerts);
    g.nodes.reserve(offset + entities.size());
    for (int i : std::as_const(order))
        g.nodes.append(std::move(entities[i]));
    g.edges.reserve(edges.size());
    for (const StoryEdge &e : edges)
        g.edges.append({e.alert, position.at(e.entity), e.roles});
    g.finish();
    return g;
}

} // namespace

QString alertKey(const QString &alertId)
{
    return QLatin1StringView("alert:") + alertId;
}

void StoryGraph::finish()
{
    std::sort(edges.begin(), edges.end(), [](const StoryEdge &a, const StoryEdge &b) {
        return a.alert != b.alert ? a.alert < b.alert : a.entity < b.entity;
    });
    m_index.clear();
    m_index.reserve(nodes.size());
    m_alertCount = 0;
    for (int i = 0; i < nodes.size(); ++i) {
        m_index.insert(nodes.at(i).key, i);
        if (nodes.at(i).isAlert())
            ++m_alertCount;
    }
    m_adjacent = QList<QList<int>>(nodes.size());
    for (const StoryEdge &e : std::as_const(edges)) {
        m_adjacent[e.alert].append(e.entity);
        m_adjacent[e.entity].append(e.alert);
    }
}

QList<int> StoryGraph::neighbours(int i) const
{
    return m_adjacent.value(i);
}

int StoryGraph::degree(int i) const
{
    return i >= 0 && i < m_adjacent.size() ? int(m_adjacent.at(i).size()) : 0;
}

StoryGraph build(const QList<Alert> &input)
{
    QList<const Alert *> alerts;
    alerts.reserve(input.size());
    for (const Alert &a : input)
        alerts.append(&a);
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert *a, const Alert *b) {
        const Timestamp ta = alertTime(*a), tb = alertTime(*b);
        return ta != tb ? ta < tb : a->id.valueOr({}) < b->id.valueOr({});
    });
    const VmAliases aliases = findVmAliases(input);

    QList<StoryNode> alertNodes, entityNodes;
    QHash<QString, int> alertIndex, entityIndex;
    // (alert, entity) -> edge, so evidence naming one entity twice gives one edge.
    std::map<std::pair<int, int>, int> edgeOf;
    QList<StoryEdge> edges;
    for (const Alert *alert : std::as_const(alerts)) {
        StoryNode a;
        a.kind = NodeKind::Alert;
        a.alertId = alert->id.valueOr({});
        a.key = alertKey(a.alertId);
        if (alertIndex.contains(a.key))
            continue; // an alert listed twice is one alert
        a.title = alert->title.valueOr({});
        a.severity = alert->severity.valueOr({});
        a.time = alertTime(*alert);
        a.alertIds = {a.alertId};
        const int ai = int(alertNodes.size());
        alertIndex.insert(a.key, ai);
        alertNodes.append(a);

        const QList<Evidence> &evidence = alert->evidence.value();
        for (int n = 0; n < evidence.size(); ++n) {
            EntityInfo info = describeEntity(evidence.at(n));
            QString key = info.key.isEmpty()
                ? QLatin1StringView("anon:") + a.alertId + u'#' + QString::number(n)
                : aliases.resourceOf.value(info.key, info.key);
            int ei = entityIndex.value(key, -1);
            if (ei < 0) {
                ei = int(entityNodes.size());
                entityIndex.insert(key, ei);
                StoryNode node;
                node.key = key;
                node.hostName = aliases.hostName.value(key);
                node.time = a.time;
                node.entity = info;
                entityNodes.append(node);
            } else if (entityNodes[ei].entity.type != EntityType::CloudResource
                && info.type == EntityType::CloudResource) {
                // The VM was first seen as a device; the resource describes it better.
                entityNodes[ei].entity = info;
            }
            StoryNode &node = entityNodes[ei];
            if (!node.alertIds.contains(a.alertId))
                node.alertIds.append(a.alertId);
            auto [it, inserted] = edgeOf.try_emplace({ai, ei}, int(edges.size()));
            if (inserted)
                edges.append({ai, ei, {}});
            addRoles(edges[it->second].roles, info.roles);
        }
    }
    return assemble(std::move(alertNodes), std::move(entityNodes), edges);
}

quint64 StoryOptions::hash() const
{
    // FNV-1a over the fields: the same options hash alike in every process.
    quint64 h = 1469598103934665603ull;
    auto mix = [&h](quint64 v) {
        for (int i = 0; i < 8; ++i) {
            h ^= (v >> (8 * i)) & 0xff;
            h *= 1099511628211ull;
        }
    };
    mix(collapse);
    mix(quint64(collapseThreshold));
    mix(hiddenTypes);
    mix(hideSparse);
    mix(hasCutoff);
    mix(hasCutoff ? quint64(cutoff.ticks()) : 0);
    return h;
}

StoryGraph visibleGraph(const StoryGraph &graph, const StoryOptions &options)
{
    const int n = int(graph.nodes.size());
    QList<bool> keep(n, true);
    for (int i = 0; i < n; ++i) {
        const StoryNode &node = graph.nodes.at(i);
        if (node.isAlert())
            keep[i] = !options.hasCutoff || node.time <= options.cutoff;
        else
            keep[i] = !options.isHidden(node.entity.type);
    }
    // Edges to kept alerts; entities without one are not in the story yet (or hidden).
    QList<int> degree(n, 0);
    auto edgeKept = [&](const StoryEdge &e) { return keep.at(e.alert) && keep.at(e.entity); };
    for (const StoryEdge &e : graph.edges) {
        if (edgeKept(e)) {
            ++degree[e.alert];
            ++degree[e.entity];
        }
    }
    for (int i = 0; i < n; ++i) {
        if (!graph.nodes.at(i).isAlert())
            keep[i] = keep.at(i) && degree.at(i) >= (options.hideSparse ? 2 : 1);
    }

    // Leaves of one type on one alert, grouped when there are enough of them.
    std::map<std::pair<int, EntityType>, QList<int>> leaves;
    if (options.collapse) {
        for (const StoryEdge &e : graph.edges) {
            if (edgeKept(e) && degree.at(e.entity) == 1)
                leaves[{e.alert, graph.nodes.at(e.entity).entity.type}].append(e.entity);
        }
    }
    QHash<int, int> groupOf; // original entity index -> index in `entities`

    QList<StoryNode> alerts, entities;
    QHash<int, int> newAlert, newEntity; // original index -> new index in its list
    for (int i = 0; i < n; ++i) {
        if (!keep.at(i))
            continue;
        const StoryNode &node = graph.nodes.at(i);
        if (node.isAlert()) {
            newAlert.insert(i, int(alerts.size()));
            alerts.append(node);
        }
    }
    for (const auto &[where, members] : leaves) {
        if (members.size() < qMax(2, options.collapseThreshold))
            continue;
        const StoryNode &alert = graph.nodes.at(where.first);
        StoryNode group;
        group.kind = NodeKind::Group;
        group.key = QLatin1StringView("group:") + alert.key + u'|' + entityTypeName(where.second);
        group.entity.type = where.second;
        group.count = int(members.size());
        group.alertIds = {alert.alertId};
        group.time = alert.time;
        for (int m : members) {
            group.members.append(graph.nodes.at(m).key);
            groupOf.insert(m, int(entities.size()));
        }
        group.members.sort();
        entities.append(group);
    }
    for (int i = 0; i < n; ++i) {
        if (!keep.at(i) || graph.nodes.at(i).isAlert() || groupOf.contains(i))
            continue;
        StoryNode node = graph.nodes.at(i);
        // Only the alerts shown so far count for "when" and "in which alerts".
        node.alertIds.clear();
        bool first = true;
        for (int a : graph.neighbours(i)) {
            if (!keep.at(a))
                continue;
            const StoryNode &alert = graph.nodes.at(a);
            node.alertIds.append(alert.alertId);
            if (first || alert.time < node.time)
                node.time = alert.time;
            first = false;
        }
        newEntity.insert(i, int(entities.size()));
        entities.append(std::move(node));
    }

    QList<StoryEdge> edges;
    std::map<std::pair<int, int>, int> edgeOf;
    for (const StoryEdge &e : graph.edges) {
        if (!edgeKept(e) || !keep.at(e.entity))
            continue;
        const int to
            = groupOf.contains(e.entity) ? groupOf.value(e.entity) : newEntity.value(e.entity);
        auto [it, inserted] = edgeOf.try_emplace({newAlert.value(e.alert), to}, int(edges.size()));
        if (inserted)
            edges.append({newAlert.value(e.alert), to, {}});
        addRoles(edges[it->second].roles, e.roles);
    }
    return assemble(std::move(alerts), std::move(entities), edges);
}

} // namespace wf::story
