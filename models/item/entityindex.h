// Which alerts and incidents hold an entity: candidates from the store's per-row search
// text and asset names, confirmed by the evidence's own identity (describeEntity().key).
#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace wf::session {
class Session;
}

namespace wf::store {
class QueueStore;
}

namespace wf::item {

struct EntityHits
{
    QStringList alertIds; // in store row order
    QList<qint64> incidentIds; // distinct, ascending; alerts with no incident add none
    qint64 firstSeenMs = 0; // earliest first activity of those alerts (0: no alerts)
    qint64 lastSeenMs = 0; // latest last activity
};

// What a lookup cost, for the benchmark and the tests.
struct EntityLookupStats
{
    int candidates = 0; // alert rows decoded to confirm
    int rawScanned = 0; // alert rows whose bytes were read for entities without a needle
};

// The JSON bytes of the alert at a store row (empty when not known).
using AlertBytesFn = std::function<QByteArray(int row)>;

// For each entity (by its key; entities with an empty key are skipped), the alerts whose
// evidence describes an entity with that key, and their incidents. One pass over the
// alert table serves every entity asked:
//  - cloud resources, VMs by resource id, IPs, accounts, URLs and files by hash are
//    matched against the exact lower-cased parts of each row's search text;
//  - devices by host name against the row's pooled asset names;
//  - the rest (processes, registry, cloud and OAuth apps, groups) have no column of their
//    own, so their candidates come from a scan of the alerts' cached bytes for a token
//    of the entity's name (slower; only done when such an entity is asked).
// Every candidate is then decoded and kept only if describeEntity() gives the same key,
// so "10.0.0.1" never counts for an alert about 10.0.0.12.
QHash<QString, EntityHits> findEntities(const store::QueueStore &store,
    const AlertBytesFn &alertBytes, const QList<EntityInfo> &entities,
    EntityLookupStats *stats = nullptr);
// The same over the session's store and local cache.
QHash<QString, EntityHits> findEntities(const session::Session &session,
    const QList<EntityInfo> &entities, EntityLookupStats *stats = nullptr);

// describeEntity(*e).key of each evidence item of an alert's JSON that decodes, in order:
// what a lookup confirms its candidates by, read without parsing the whole alert.
QStringList evidenceKeys(QByteArrayView alertJson);

// Whether the store has a column that finds the entity (cloud resources, devices, IPs,
// accounts, URLs, files by hash): its lookup costs one pass over the rows, not a scan of
// every alert's cached bytes.
bool isIndexed(const EntityInfo &entity);
// Those of `entities` that are indexed, in order: what the Assets tab looks up.
QList<EntityInfo> indexedOnly(const QList<EntityInfo> &entities);

// The typed alerts of cached JSON objects (session::alertsOfIncidentJson() and the like),
// in the same order; objects that do not decode are left out.
QList<Alert> decodeAlerts(const QList<QJsonObject> &json);

// The distinct entities (by key, first description wins; keyless ones dropped) of a list
// of alerts' evidence, in order of first appearance.
QList<EntityInfo> entitiesOf(const QList<Alert> &alerts);

// An incident's impacted assets among its entities: cloud resources first, then devices;
// a device that is a VM already listed as a cloud resource (same name or resource id) is
// not listed again. The incident page and the queue's detail pane both show these.
QList<EntityInfo> impactedAssets(const QList<EntityInfo> &entities);

} // namespace wf::item
