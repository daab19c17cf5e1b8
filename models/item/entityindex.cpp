// Finding an entity's alerts and incidents in the queue store.
#include "entityindex.h"

#include "session/session.h"
#include "store/queuestore.h"
#include "wire/codec.h"
#include "wire/jsonscan.h"
#include "wire/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace wf::item {

namespace {

// Where an entity's candidates come from.
enum class Source { SearchText, AssetName, RawBytes };

struct Needle
{
    Source source = Source::RawBytes;
    QByteArray bytes; // lower-cased UTF-8 (search text, assets), else verbatim
    bool caseInsensitive = false; // raw bytes: compare lower-cased
};

bool isSha256(QStringView s)
{
    if (s.size() != 64)
        return false;
    return std::all_of(
        s.begin(), s.end(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

// The longest run of characters JSON writes as they are and that cannot be split by an
// escape: a token of the name that is sure to appear verbatim in the alert's bytes.
QByteArray verbatimToken(const QString &name)
{
    auto plain = [](QChar c) {
        return c.unicode() < 0x80 && c.unicode() != u'"' && c.unicode() != u'\\'
            && c.unicode() != u'/' && c.unicode() >= 0x20;
    };
    qsizetype bestFrom = 0, bestLen = 0;
    for (qsizetype i = 0; i < name.size();) {
        qsizetype j = i;
        while (j < name.size() && plain(name.at(j)))
            ++j;
        if (j - i > bestLen) {
            bestFrom = i;
            bestLen = j - i;
        }
        i = j + 1;
    }
    return name.mid(bestFrom, bestLen).toUtf8();
}

Needle needleOf(const EntityInfo &e)
{
    const QString &key = e.key;
    const QString value = key.section(u':', 1);
    auto prefixed = [&](const char *p) { return key.startsWith(QLatin1StringView(p)); };
    Needle n;
    if (prefixed("res:") || prefixed("ip:") || prefixed("acct:") || prefixed("url:")
        || (prefixed("file:") && isSha256(value))) {
        // The store keeps exactly these values (resource ids, IPs, UPNs/account names,
        // URLs, SHA-256) as lower-cased parts of the row's search text.
        n.source = Source::SearchText;
        n.bytes = value.toLower().toUtf8();
    } else if (prefixed("host:")) {
        n.source = Source::AssetName;
        n.bytes = value.toLower().toUtf8();
    } else {
        n.source = Source::RawBytes;
        n.bytes = verbatimToken(e.name);
        if (n.bytes.size() < 3) {
            // No usable name (an OAuth app known by its id, say): the key's value, which
            // the evidence may spell in another case.
            n.bytes = verbatimToken(value.toLower()).toLower();
            n.caseInsensitive = true;
        }
    }
    return n;
}

} // namespace

bool isIndexed(const EntityInfo &entity)
{
    return !entity.key.isEmpty() && needleOf(entity).source != Source::RawBytes;
}

QList<EntityInfo> indexedOnly(const QList<EntityInfo> &entities)
{
    QList<EntityInfo> out;
    for (const EntityInfo &e : entities) {
        if (isIndexed(e))
            out << e;
    }
    return out;
}

namespace {

using NeedleMap = std::unordered_map<std::string_view, QList<int>>;

void addNeedle(NeedleMap &map, const QByteArray &bytes, int index)
{
    map[std::string_view(bytes.constData(), size_t(bytes.size()))].append(index);
}

} // namespace

QStringList evidenceKeys(QByteArrayView alertJson)
{
    // What describeEntity() makes an identity of, for any evidence type. Each evidence
    // object is read with these members alone (the scanner skips the rest of the alert),
    // then decoded and described as always: the one rule, at a fraction of the cost of
    // parsing and decoding the whole alert. tst_entities holds this list to the rule.
    static const std::array<QByteArrayView, 29> identity {{"@odata.type", "resourceId",
        "amazonResourceId", "fullResourceName", "hostName", "deviceDnsName", "vmMetadata",
        "mdeDeviceId", "ipAddress", "userAccount", "upn", "primaryAddress", "displayName",
        "processId", "processCommandLine", "processCreationDateTime", "imageFile", "fileDetails",
        "url", "appId", "instanceName", "registryHive", "registryKey", "registryValueName",
        "objectId", "securityGroupId", "activeDirectoryObjectGuid", "sid", "friendlyName"}};
    auto wanted = [](QByteArrayView member) {
        return std::any_of(
            identity.begin(), identity.end(), [&](QByteArrayView name) { return name == member; });
    };
    QStringList keys;
    wire::JsonScanner s(alertJson);
    if (!s.beginObject())
        return keys;
    QByteArrayView member;
    while (s.nextKey(&member)) {
        if (!wire::isKey(member, "evidence") || s.peek() != '[') {
            s.skip();
            continue;
        }
        s.beginArray();
        while (s.nextElement()) {
            if (s.peek() != '{') {
                s.skip();
                continue;
            }
            QByteArray object = "{";
            s.beginObject();
            QByteArrayView name;
            while (s.nextKey(&name)) {
                if (!wanted(name)) {
                    s.skip();
                    continue;
                }
                if (object.size() > 1)
                    object += ',';
                object.append('"').append(name).append("\":").append(s.valueBytes());
            }
            object += '}';
            const std::optional<Evidence> evidence
                = wire::decode<Evidence>(QJsonDocument::fromJson(object).object());
            if (evidence)
                keys << describeEntity(*evidence).key;
        }
    }
    return keys;
}

QHash<QString, EntityHits> findEntities(const store::QueueStore &store,
    const AlertBytesFn &alertBytes, const QList<EntityInfo> &entities, EntityLookupStats *stats)
{
    QHash<QString, EntityHits> result;
    QList<Needle> needles;
    QList<QString> keys;
    for (const EntityInfo &e : entities) {
        if (e.key.isEmpty() || result.contains(e.key))
            continue;
        result.insert(e.key, {});
        keys << e.key;
        needles << needleOf(e);
    }
    if (needles.isEmpty())
        return result;

    const store::AlertTable &alerts = store.alerts();
    const int rows = alerts.size();
    QList<bool> candidate(rows, false);

    // The needles by source; string views point into `needles`, which no longer changes.
    NeedleMap searchNeedles, assetNeedles;
    QList<int> rawNeedles;
    for (int i = 0; i < needles.size(); ++i) {
        switch (needles[i].source) {
        case Source::SearchText:
            addNeedle(searchNeedles, needles[i].bytes, i);
            break;
        case Source::AssetName:
            addNeedle(assetNeedles, needles[i].bytes, i);
            break;
        case Source::RawBytes:
            rawNeedles << i;
            break;
        }
    }

    // Pool ids of the asked host names (the pool keeps each name lower-cased once).
    QSet<int> hostIds;
    if (!assetNeedles.empty()) {
        const store::StringPool &pool = store.pool();
        for (int id = 1; id < pool.size(); ++id) {
            const QByteArray lower = pool.lowerAt(id).toUtf8();
            if (assetNeedles.count(std::string_view(lower.constData(), size_t(lower.size()))))
                hostIds.insert(id);
        }
    }

    // The one pass: each row's search parts and asset names against every needle at once.
    if (!searchNeedles.empty() || !hostIds.isEmpty()) {
        for (int row = 0; row < rows; ++row) {
            if (!searchNeedles.empty()) {
                const QByteArrayView text = alerts.search.get(row);
                const char *p = text.data(), *end = p + text.size();
                while (p < end) {
                    const char *stop = p;
                    while (stop < end && *stop != 0x1f && *stop != 0x1e)
                        ++stop;
                    if (stop > p && searchNeedles.count(std::string_view(p, size_t(stop - p)))) {
                        candidate[row] = true;
                        break;
                    }
                    p = stop + 1;
                }
            }
            if (!candidate[row] && !hostIds.isEmpty())
                candidate[row]
                    = alerts.assets.any(row, [&](int id) { return hostIds.contains(id); });
        }
    }

    const auto byCacheRef = [&](int a, int b) {
        const store::CacheRef &ra = alerts.cacheRef[a], &rb = alerts.cacheRef[b];
        return ra.segment != rb.segment ? ra.segment < rb.segment : ra.offset < rb.offset;
    };

    // Entities the store has no column for: their name's token in the alert's bytes, read
    // in cache order so each cached page is decompressed once.
    int rawScanned = 0;
    if (!rawNeedles.isEmpty()) {
        QList<int> order(rows);
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), byCacheRef);
        const bool anyInsensitive = std::any_of(rawNeedles.cbegin(), rawNeedles.cend(),
            [&](int i) { return needles[i].caseInsensitive; });
        for (int row : std::as_const(order)) {
            if (candidate[row])
                continue;
            const QByteArray bytes = alertBytes(row);
            ++rawScanned;
            const QByteArray lower = anyInsensitive ? bytes.toLower() : QByteArray();
            for (int i : std::as_const(rawNeedles)) {
                const Needle &n = needles[i];
                const QByteArray &hay = n.caseInsensitive ? lower : bytes;
                if (memmem(hay.constData(), size_t(hay.size()), n.bytes.constData(),
                        size_t(n.bytes.size()))) {
                    candidate[row] = true;
                    break;
                }
            }
        }
    }

    // Confirm: each candidate's evidence identities, read in cache order so that
    // neighbours share the chunks unpacked (updated alerts live in newer pages).
    QList<int> candidates;
    for (int row = 0; row < rows; ++row) {
        if (candidate[row])
            candidates << row;
    }
    std::sort(candidates.begin(), candidates.end(), byCacheRef);
    int decoded = 0;
    for (int row : std::as_const(candidates)) {
        ++decoded;
        QSet<QString> seen;
        for (const QString &key : evidenceKeys(alertBytes(row))) {
            const auto it = result.find(key);
            if (it == result.end() || seen.contains(key))
                continue;
            seen.insert(key);
            EntityHits &hits = *it;
            hits.alertIds << alerts.id[row];
            const qint64 incident = alerts.incident[row];
            if (incident > 0 && !hits.incidentIds.contains(incident))
                hits.incidentIds << incident;
            const qint64 first
                = alerts.firstActivity[row] ? alerts.firstActivity[row] : alerts.created[row];
            const qint64 last = qMax(alerts.lastActivity[row], first);
            hits.firstSeenMs = hits.firstSeenMs ? qMin(hits.firstSeenMs, first) : first;
            hits.lastSeenMs = qMax(hits.lastSeenMs, last);
        }
    }
    for (EntityHits &hits : result)
        std::sort(hits.incidentIds.begin(), hits.incidentIds.end());
    if (stats) {
        stats->candidates = decoded;
        stats->rawScanned = rawScanned;
    }
    return result;
}

QHash<QString, EntityHits> findEntities(
    const session::Session &session, const QList<EntityInfo> &entities, EntityLookupStats *stats)
{
    const store::QueueStore &store = *session.store();
    const store::LocalCache &cache = *session.cache();
    return findEntities(
        store, [&](int row) { return cache.itemBytes(store.alerts().cacheRef[row]); }, entities,
        stats);
}

QList<Alert> decodeAlerts(const QList<QJsonObject> &json)
{
    QList<Alert> out;
    out.reserve(json.size());
    for (const QJsonObject &o : json) {
        if (std::optional<Alert> a = wire::decode<Alert>(o))
            out.append(std::move(*a));
    }
    return out;
}

QList<EntityInfo> entitiesOf(const QList<Alert> &alerts)
{
    QList<EntityInfo> out;
    QHash<QString, qsizetype> at;
    for (const Alert &alert : alerts) {
        for (const Evidence &e : alert.evidence.value()) {
            EntityInfo info = describeEntity(e);
            if (info.key.isEmpty())
                continue;
            const auto it = at.constFind(info.key);
            if (it == at.constEnd()) {
                at.insert(info.key, out.size());
                out << info;
                continue;
            }
            // One identity, two kinds of evidence (the user and the mailbox of one UPN):
            // the kind that sorts first names it, and the roles add up.
            EntityInfo &known = out[*it];
            for (const auto &role : std::as_const(info.roles)) {
                if (!known.roles.contains(role))
                    known.roles << role;
            }
            if (int(info.type) < int(known.type)) {
                info.roles = known.roles;
                known = info;
            }
        }
    }
    return out;
}

QList<EntityInfo> impactedAssets(const QList<EntityInfo> &entities)
{
    QList<EntityInfo> resources, devices;
    for (const EntityInfo &e : entities) {
        if (e.type == EntityType::CloudResource)
            resources << e;
    }
    for (const EntityInfo &e : entities) {
        if (e.type == EntityType::Device
            && std::none_of(resources.cbegin(), resources.cend(),
                            [&](const EntityInfo &r) { return isMachineOf(e, r); }))
            devices << e;
    }
    return resources + devices;
}

} // namespace wf::item
