// Parsing Graph JSON into queue records, and the column tables' upserts.
#include "queuestore.h"

#include "wire/jsonscan.h"

#include <array>

#include <algorithm>
#include <cstring>
#include <string.h>

namespace wf::store {

namespace {

using wire::JsonScanner;
using wire::JsonString;
using wire::isKey;

// Gives back spare capacity when it is more than a quarter of the size (a live refresh
// that adds a row or two does not reallocate every column).
template<class C>
void trim(C &c)
{
    if (c.capacity() > c.size() + c.size() / 4 + 16)
        c.squeeze();
}

// Enum ordinal by wire name: exact hash hit first, case-insensitive scan as fallback.
template<class E>
qint8 ordinal(const JsonString &v, qint8 missing)
{
    if (v.null)
        return missing;
    static const QHash<QByteArray, int> exact = [] {
        QHash<QByteArray, int> h;
        const EnumNames &names = EnumInfo<E>::names();
        for (int i = 0; i < names.size(); ++i)
            h.insert(names.name(i).toUtf8(), i);
        return h;
    }();
    if (!v.escaped) {
        const auto hit = exact.constFind(QByteArray::fromRawData(v.raw.data(), v.raw.size()));
        if (hit != exact.cend())
            return qint8(*hit);
    }
    const int ci = EnumInfo<E>::names().ordinalOf(v.toString());
    return qint8(ci >= 0 ? ci : EnumInfo<E>::fallbackOrdinal());
}

qint64 msecsAndText(const JsonString &v, RecordText *text)
{
    *text = v.bytes();
    Timestamp t;
    return !v.null && Timestamp::parse(QByteArrayView(*text), &t) ? t.toMSecs() : 0;
}

qint64 msecs(const JsonString &v)
{
    RecordText text;
    return msecsAndText(v, &text);
}

RecordText text(JsonScanner &s)
{
    return s.string().bytes();
}

void addUnique(RecordTexts &list, const RecordText &s)
{
    if (!s.isEmpty() && !list.contains(s))
        list.append(s);
}

void addStrings(JsonScanner &s, RecordTexts &list)
{
    if (s.peek() != '[') {
        s.skip();
        return;
    }
    s.beginArray();
    while (s.nextElement())
        addUnique(list, text(s));
}

// Names of string members to read from an object, "outer.inner" for one level down.
template<size_t N>
struct Wanted
{
    struct Name
    {
        QByteArrayView outer, inner; // inner empty: a member of the object itself
    };
    std::array<Name, N> names;

    explicit Wanted(const std::array<const char *, N> &paths)
    {
        for (size_t i = 0; i < N; ++i) {
            const QByteArrayView path(paths[i]);
            const qsizetype dot = path.indexOf('.', 1); // "@odata.type" is one name
            const bool nested = dot > 0 && path[0] != '@';
            names[i] = nested ? Name{path.first(dot), path.sliced(dot + 1)} : Name{path, {}};
        }
    }
};

bool same(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

// Reads the wanted string members of the object at the scanner into `out`; the rest is
// skipped.
template<size_t N>
void readMembers(JsonScanner &s, const Wanted<N> &wanted, std::array<JsonString, N> &out,
                 QByteArrayView outer = {})
{
    if (s.peek() != '{') {
        s.skip();
        return;
    }
    s.beginObject();
    QByteArrayView key;
    while (s.nextKey(&key)) {
        bool taken = false;
        for (size_t i = 0; i < N && !taken; ++i) {
            const auto &w = wanted.names[i];
            if (outer.isEmpty() && !w.inner.isEmpty() && same(w.outer, key)) {
                readMembers(s, wanted, out, key);
                taken = true;
            } else if (outer.isEmpty() ? w.inner.isEmpty() && same(w.outer, key)
                                       : same(w.outer, outer) && same(w.inner, key)) {
                out[i] = s.string();
                taken = true;
            }
        }
        if (!taken)
            s.skip();
    }
}

// "/subscriptions/<id>/..." gives <id>.
RecordText subscriptionOfAzureId(const JsonString &resourceId)
{
    constexpr QByteArrayView prefix("/subscriptions/");
    const QByteArrayView raw = resourceId.raw;
    if (resourceId.null || resourceId.escaped || raw.size() <= prefix.size()
        || qstrnicmp(raw.data(), prefix.data(), prefix.size()) != 0)
        return resourceId.escaped ? resourceId.toString().section(u'/', 2, 2).toUtf8()
                                  : RecordText();
    const QByteArrayView rest = raw.sliced(prefix.size());
    const qsizetype slash = rest.indexOf('/');
    const QByteArrayView id = slash < 0 ? rest : rest.first(slash);
    return QByteArray::fromRawData(id.data(), id.size());
}

enum class EvidenceKind { Other, AzureResource, AmazonResource, GoogleCloudResource, Device, Ip, User, Mailbox, Url, File };

// The evidence's kind from its "@odata.type" ("#microsoft.graph.security.ipEvidence"): the
// last dotted part, any case. Read from the bytes: this runs for every evidence of every alert.
EvidenceKind evidenceKind(const JsonString &type)
{
    static const std::array<std::pair<QByteArrayView, EvidenceKind>, 9> names{{
        {"azureResourceEvidence", EvidenceKind::AzureResource},
        {"amazonResourceEvidence", EvidenceKind::AmazonResource},
        {"googleCloudResourceEvidence", EvidenceKind::GoogleCloudResource},
        {"deviceEvidence", EvidenceKind::Device},
        {"ipEvidence", EvidenceKind::Ip},
        {"userEvidence", EvidenceKind::User},
        {"mailboxEvidence", EvidenceKind::Mailbox},
        {"urlEvidence", EvidenceKind::Url},
        {"fileEvidence", EvidenceKind::File},
    }};
    if (type.null)
        return EvidenceKind::Other;
    const QByteArray unescaped = type.escaped ? type.toString().toUtf8() : QByteArray();
    QByteArrayView name = type.escaped ? QByteArrayView(unescaped) : type.raw;
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0)
        name = name.sliced(dot + 1);
    for (const auto &[known, kind] : names) {
        if (name.size() == known.size() && qstrnicmp(name.data(), known.data(), known.size()) == 0)
            return kind;
    }
    return EvidenceKind::Other;
}

// What the queue takes from one evidence object.
void readEvidence(JsonScanner &s, AlertRecord &r, RecordText &subscriptionId)
{
    enum { Type, ResourceName, ResourceId, AmazonResourceId, AmazonAccountId, FullResourceName, ProjectId,
           HostName, VmResourceId, IpAddress, Upn, AccountName, MailboxUpn, Url, FileName, Sha256, Count };
    static const Wanted<Count> wanted({
        "@odata.type", "resourceName", "resourceId", "amazonResourceId", "amazonAccountId",
        "fullResourceName", "projectId", "hostName", "vmMetadata.resourceId", "ipAddress",
        "userAccount.userPrincipalName", "userAccount.accountName", "upn", "url",
        "fileDetails.fileName", "fileDetails.sha256"});
    std::array<JsonString, Count> v;
    readMembers(s, wanted, v);
    auto add = [](RecordTexts &list, const JsonString &value) { addUnique(list, value.bytes()); };
    switch (evidenceKind(v[Type])) {
    case EvidenceKind::AzureResource:
        r.clouds |= CloudAzure;
        add(r.assets, v[ResourceName]);
        add(r.searchIds, v[ResourceId]);
        if (subscriptionId.isEmpty())
            subscriptionId = subscriptionOfAzureId(v[ResourceId]);
        break;
    case EvidenceKind::AmazonResource:
        r.clouds |= CloudAws;
        add(r.assets, v[ResourceName]);
        add(r.searchIds, v[AmazonResourceId]);
        if (subscriptionId.isEmpty())
            subscriptionId = v[AmazonAccountId].bytes();
        break;
    case EvidenceKind::GoogleCloudResource:
        r.clouds |= CloudGcp;
        add(r.assets, v[ResourceName]);
        add(r.searchIds, v[FullResourceName]);
        if (subscriptionId.isEmpty())
            subscriptionId = v[ProjectId].bytes();
        break;
    case EvidenceKind::Device:
        add(r.assets, v[HostName]);
        add(r.searchIds, v[VmResourceId]);
        break;
    case EvidenceKind::Ip:
        add(r.searchIds, v[IpAddress]);
        break;
    case EvidenceKind::User:
        add(r.searchIds, v[Upn]);
        add(r.searchIds, v[AccountName]);
        break;
    case EvidenceKind::Mailbox:
        add(r.searchIds, v[MailboxUpn]);
        break;
    case EvidenceKind::Url:
        add(r.searchIds, v[Url]);
        break;
    case EvidenceKind::File:
        add(r.searchIds, v[FileName]);
        add(r.searchIds, v[Sha256]);
        break;
    case EvidenceKind::Other:
        break;
    }
}

} // namespace

namespace {

// The members incidents and alerts share; false when `key` is none of them.
template<class Status>
bool readShared(JsonScanner &s, QByteArrayView key, RecordBase &r)
{
    if (isKey(key, "id"))
        r.id = text(s);
    else if (isKey(key, "assignedTo"))
        r.assignedTo = text(s);
    else if (isKey(key, "@odata.etag"))
        r.etag = text(s);
    else if (isKey(key, "severity"))
        r.severity = ordinal<AlertSeverity>(s.string(), 0);
    else if (isKey(key, "status"))
        r.status = ordinal<Status>(s.string(), 0);
    else if (isKey(key, "classification"))
        r.classification = ordinal<AlertClassification>(s.string(), -1);
    else if (isKey(key, "determination"))
        r.determination = ordinal<AlertDetermination>(s.string(), -1);
    else if (isKey(key, "createdDateTime"))
        r.created = msecs(s.string());
    else if (isKey(key, "lastUpdateDateTime"))
        r.lastUpdate = msecsAndText(s.string(), &r.lastUpdateText);
    else
        return false;
    return true;
}

// Reads the object at the scanner into `r`: the shared members, and the rest through
// `member(key)`, which returns false for members it does not take.
template<class Status, class F>
bool readRecord(JsonScanner &s, RecordBase &r, F member)
{
    if (s.peek() != '{') {
        s.skip();
        return false;
    }
    s.beginObject();
    QByteArrayView key;
    while (s.nextKey(&key)) {
        if (!readShared<Status>(s, key, r) && !member(key))
            s.skip();
    }
    return s.ok() && !r.id.isEmpty();
}

template<class R>
R recordFromJson(QByteArrayView json, bool *ok)
{
    JsonScanner s(json);
    bool good = false;
    R r = R::read(s, &good);
    if (ok)
        *ok = good && s.atEnd();
    return r;
}

} // namespace

AlertRecord AlertRecord::fromJson(QByteArrayView json, bool *ok)
{
    return recordFromJson<AlertRecord>(json, ok);
}

IncidentRecord IncidentRecord::fromJson(QByteArrayView json, bool *ok)
{
    return recordFromJson<IncidentRecord>(json, ok);
}

AlertRecord AlertRecord::read(JsonScanner &s, bool *ok)
{
    AlertRecord r;
    RecordText subscriptionId;
    *ok = readRecord<AlertStatus>(s, r, [&](QByteArrayView key) {
        if (isKey(key, "incidentId"))
            r.incidentId = text(s);
        else if (isKey(key, "title"))
            r.title = text(s);
        else if (isKey(key, "category"))
            r.category = text(s);
        else if (isKey(key, "productName"))
            r.productName = text(s);
        else if (isKey(key, "serviceSource"))
            r.serviceSource = ordinal<ServiceSource>(s.string(), 0);
        else if (isKey(key, "detectionSource"))
            r.detectionSource = ordinal<DetectionSource>(s.string(), 0);
        else if (isKey(key, "firstActivityDateTime"))
            r.firstActivity = msecs(s.string());
        else if (isKey(key, "lastActivityDateTime"))
            r.lastActivity = msecs(s.string());
        else if (isKey(key, "systemTags"))
            addStrings(s, r.tags);
        else if (isKey(key, "additionalData")) {
            static const Wanted<2> wanted({"SubscriptionName", "SubscriptionId"});
            std::array<JsonString, 2> v;
            readMembers(s, wanted, v);
            r.subscription = v[0].bytes();
            if (!v[1].null)
                subscriptionId = v[1].bytes();
        } else if (isKey(key, "evidence") && s.peek() == '[') {
            s.beginArray();
            while (s.nextElement())
                readEvidence(s, r, subscriptionId);
        } else {
            return false;
        }
        return true;
    });
    if (!r.firstActivity)
        r.firstActivity = r.created;
    if (!r.lastActivity)
        r.lastActivity = r.created;
    if (r.subscription.isEmpty())
        r.subscription = subscriptionId;
    return r;
}

IncidentRecord IncidentRecord::read(JsonScanner &s, bool *ok)
{
    IncidentRecord r;
    RecordTexts systemTags;
    *ok = readRecord<IncidentStatus>(s, r, [&](QByteArrayView key) {
        if (isKey(key, "displayName"))
            r.displayName = text(s);
        else if (isKey(key, "redirectIncidentId"))
            r.redirectTo = text(s);
        else if (isKey(key, "customTags"))
            addStrings(s, r.tags);
        else if (isKey(key, "systemTags"))
            addStrings(s, systemTags);
        else
            return false;
        return true;
    });
    for (const RecordText &t : std::as_const(systemTags)) // custom tags first
        addUnique(r.tags, t);
    return r;
}

namespace {
// UTF-8 lower-cased onto `out`: ASCII byte by byte, anything else through QString.
void appendLower(QByteArray &out, QByteArrayView utf8)
{
    const qsizetype at = out.size();
    out.resize(at + utf8.size());
    char *d = out.data() + at;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (uchar(c) >= 0x80) {
            out.truncate(at);
            out.append(QString::fromUtf8(utf8).toLower().toUtf8());
            return;
        }
        d[i] = c >= 'A' && c <= 'Z' ? char(c + 32) : c;
    }
}
} // namespace

void SearchText::set(int row, const Parts &parts)
{
    if (m_start.size() <= row) {
        m_start.resize(row + 1, -1);
        m_length.resize(row + 1);
    }
    QByteArray text;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i)
            text.append(char(0x1f));
        appendLower(text, parts[i]);
    }
    const qsizetype old = m_start[row];
    if (old >= 0 && m_length[row] >= text.size()) {
        // Fits where it was: overwrite, pad with separators.
        char *dst = m_text.data() + old;
        std::memcpy(dst, text.constData(), size_t(text.size()));
        std::memset(dst + text.size(), 0x1f, size_t(m_length[row] - text.size()));
        return;
    }
    if (old >= 0) // the old span stays as dead text; blank it so it never matches
        std::memset(m_text.data() + old, 0x1e, m_length[row]);
    m_start[row] = m_text.size();
    m_length[row] = quint32(text.size());
    m_spanStart.append(m_text.size());
    m_rowAt.append(row);
    m_text.append(text);
    m_text.append(char(0x1e));
}

QByteArrayView SearchText::get(int row) const
{
    if (row >= m_start.size() || m_start[row] < 0)
        return {};
    return QByteArrayView(m_text.constData() + m_start[row], m_length[row]);
}

QStringList SearchText::parts(int row) const
{
    const QByteArrayView v = get(row);
    if (v.isEmpty())
        return {};
    QStringList out = QString::fromUtf8(v).split(QChar(0x1f), Qt::SkipEmptyParts);
    return out;
}

QBitArray SearchText::rowsContaining(const QByteArray &needle, int rows) const
{
    QBitArray hits(rows);
    if (needle.isEmpty())
        return hits;
    qsizetype from = 0;
    const char *base = m_text.constData();
    for (;;) {
        // glibc's memmem is a vectorised two-way search: several times QByteArray::indexOf.
        const void *found = memmem(base + from, size_t(m_text.size() - from), needle.constData(), size_t(needle.size()));
        if (!found)
            break;
        const qsizetype at = static_cast<const char *>(found) - base;
        // The span holding `at`: the last span that starts at or before it.
        const auto it = std::upper_bound(m_spanStart.cbegin(), m_spanStart.cend(), qint64(at));
        const qsizetype span = (it - m_spanStart.cbegin()) - 1;
        if (span >= 0) {
            const int row = m_rowAt[span];
            if (row < rows && m_start[row] == m_spanStart[span])
                hits.setBit(row);
            // Go on after this span: one hit per row is enough.
            from = span + 1 < m_spanStart.size() ? m_spanStart[span + 1] : m_text.size();
        } else {
            from = at + 1;
        }
    }
    return hits;
}

void SearchText::squeeze()
{
    trim(m_text);
    trim(m_start);
    trim(m_length);
    trim(m_rowAt);
    trim(m_spanStart);
}

void SearchText::clear()
{
    m_text.clear();
    m_start.clear();
    m_length.clear();
    m_rowAt.clear();
    m_spanStart.clear();
}

void RefLists::set(int row, const QList<int> &ids)
{
    if (m_start.size() <= row) {
        m_start.resize(row + 1);
        m_count.resize(row + 1);
    }
    // Rewrites append; the old slot is left behind (rare: only when a row changes).
    if (m_count[row] >= ids.size() && m_count[row] > 0) {
        for (qsizetype i = 0; i < ids.size(); ++i)
            m_refs[m_start[row] + i] = ids[i];
    } else {
        m_start[row] = m_refs.size();
        m_refs.append(ids);
    }
    m_count[row] = quint16(qMin<qsizetype>(ids.size(), 65535));
}

QList<int> RefLists::get(int row) const
{
    if (row >= m_start.size())
        return {};
    return m_refs.mid(m_start[row], m_count[row]);
}

bool RefLists::contains(int row, int id) const
{
    return any(row, [id](int x) { return x == id; });
}

void RefLists::squeeze()
{
    trim(m_refs);
    trim(m_start);
    trim(m_count);
}

void RefLists::clear()
{
    m_refs.clear();
    m_start.clear();
    m_count.clear();
}

namespace {
QList<int> internAll(StringPool &pool, const RecordTexts &list)
{
    QList<int> ids;
    ids.reserve(list.size());
    for (const RecordText &s : list)
        ids.append(pool.intern(QByteArrayView(s)));
    return ids;
}

template<class T>
void put(QList<T> &column, int row, const T &value)
{
    if (row == column.size())
        column.append(value);
    else
        column[row] = value;
}
} // namespace

QByteArrayView IdColumn::bytes(int row) const
{
    const quint32 start = m_start[row];
    const quint32 end = row + 1 < m_start.size() ? m_start[row + 1] : quint32(m_bytes.size());
    return QByteArrayView(m_bytes.constData() + start, end - start);
}

int IdColumn::compare(int a, int b) const
{
    const QByteArrayView x = bytes(a), y = bytes(b);
    const int c = std::memcmp(x.data(), y.data(), size_t(qMin(x.size(), y.size())));
    return c ? c : int(x.size() - y.size());
}

int IdColumn::find(QByteArrayView id, size_t hash) const
{
    // The slot holding `id`, or the empty slot where it would go.
    const qsizetype mask = m_slots.size() - 1;
    for (qsizetype i = qsizetype(hash) & mask;; i = (i + 1) & mask) {
        const qint32 row = m_slots[i] - 1;
        if (row < 0 || bytes(row) == id)
            return int(i);
    }
}

int IdColumn::rowOf(const QString &id) const
{
    return rowOf(QByteArrayView(id.toUtf8()));
}

int IdColumn::rowOf(QByteArrayView utf8) const
{
    if (m_slots.isEmpty())
        return -1;
    return m_slots[find(utf8, qHash(utf8))] - 1;
}

void IdColumn::grow()
{
    m_slots.fill(0, qMax<qsizetype>(1024, m_slots.size() * 2));
    for (int row = 0; row < m_start.size(); ++row) {
        const QByteArrayView b = bytes(row);
        m_slots[find(b, qHash(b))] = row + 1;
    }
}

int IdColumn::append(QByteArrayView utf8)
{
    if ((m_start.size() + 1) * 2 > m_slots.size())
        grow();
    const int row = int(m_start.size());
    m_start.append(quint32(m_bytes.size()));
    m_bytes.append(utf8);
    m_slots[find(utf8, qHash(utf8))] = row + 1;
    return row;
}

void IdColumn::squeeze()
{
    trim(m_bytes);
    trim(m_start);
}

namespace {
void trim(RefLists &c) { c.squeeze(); }
void trim(SearchText &c) { c.squeeze(); }
void trim(IdColumn &c) { c.squeeze(); }

template<class... Columns>
void squeezeAll(Columns &...columns)
{
    (trim(columns), ...);
}
} // namespace

void AlertTable::squeeze()
{
    squeezeAll(id, incident, severity, status, classification, determination, serviceSource, detectionSource,
               title, category, assignedTo, subscription, productName, created, lastUpdate, firstActivity,
               lastActivity, clouds, etag, cacheRef, assets, tags, search);
}

void IncidentTable::squeeze()
{
    squeezeAll(id, displayName, severity, status, classification, determination, assignedTo, created, lastUpdate,
               etag, cacheRef, redirectTo, tags, firstActivity, lastActivity, alertCount, clouds, serviceSources,
               detectionSources, assets, categories, subscriptions, search);
}

int AlertTable::upsert(const AlertRecord &r, StringPool &pool)
{
    int row = id.rowOf(QByteArrayView(r.id));
    if (row < 0)
        row = id.append(r.id);
    put(incident, row, r.incidentId.toLongLong());
    put(severity, row, r.severity);
    put(status, row, r.status);
    put(classification, row, r.classification);
    put(determination, row, r.determination);
    put(serviceSource, row, r.serviceSource);
    put(detectionSource, row, r.detectionSource);
    put(title, row, qint32(pool.intern(QByteArrayView(r.title))));
    put(category, row, qint32(pool.intern(QByteArrayView(r.category))));
    put(assignedTo, row, qint32(pool.intern(QByteArrayView(r.assignedTo))));
    put(subscription, row, qint32(pool.intern(QByteArrayView(r.subscription))));
    put(productName, row, qint32(pool.intern(QByteArrayView(r.productName))));
    put(created, row, r.created);
    put(lastUpdate, row, r.lastUpdate);
    put(firstActivity, row, r.firstActivity);
    put(lastActivity, row, r.lastActivity);
    put(clouds, row, r.clouds);
    put(etag, row, qint32(pool.intern(QByteArrayView(r.etag))));
    put(cacheRef, row, r.ref);
    assets.set(row, internAll(pool, r.assets));
    // Search finds an alert by its id and its incident's number too.
    SearchText::Parts parts(r.searchIds.cbegin(), r.searchIds.cend());
    parts << r.id << r.incidentId;
    search.set(row, parts);
    tags.set(row, internAll(pool, r.tags));
    return row;
}

int IncidentTable::upsert(const IncidentRecord &r, StringPool &pool)
{
    const qint64 key = r.id.toLongLong();
    int row = m_index.value(key, -1);
    const bool added = row < 0;
    if (added) {
        row = size();
        m_index.insert(key, row);
    }
    put(id, row, key);
    put(displayName, row, QString::fromUtf8(r.displayName));
    put(severity, row, r.severity);
    put(status, row, r.status);
    put(classification, row, r.classification);
    put(determination, row, r.determination);
    put(assignedTo, row, qint32(pool.intern(QByteArrayView(r.assignedTo))));
    put(created, row, r.created);
    put(lastUpdate, row, r.lastUpdate);
    put(etag, row, qint32(pool.intern(QByteArrayView(r.etag))));
    put(cacheRef, row, r.ref);
    put(redirectTo, row, r.redirectTo.toLongLong());
    tags.set(row, internAll(pool, r.tags));
    // Search finds an incident by its name and number.
    search.set(row, {QByteArrayView(r.displayName), QByteArrayView(r.id)});
    if (added) {
        firstActivity.append(r.created);
        lastActivity.append(r.created);
        alertCount.append(0);
        clouds.append(CloudNone);
        serviceSources.append(0);
        detectionSources.append(0);
        assets.set(row, {});
        categories.set(row, {});
        subscriptions.set(row, {});
    }
    return row;
}

QueueStore::QueueStore(QObject *parent)
    : QObject(parent)
{}

void QueueStore::apply(const QList<IncidentRecord> &incidents, const QList<AlertRecord> &alerts)
{
    QList<int> incidentRows, alertRows;
    QSet<qint64> touched;
    // An older copy of an item never replaces a newer one: pages of one walk may come out
    // of order (several chains, a retried page), and the watermark has moved on.
    for (const IncidentRecord &r : incidents) {
        const int existing = m_incidents.rowOf(r.id.toLongLong());
        if (existing >= 0 && r.lastUpdate < m_incidents.lastUpdate[existing])
            continue;
        const int row = m_incidents.upsert(r, m_pool);
        incidentRows.append(row);
        touched.insert(m_incidents.id[row]);
    }
    for (const AlertRecord &r : alerts) {
        const int existing = m_alerts.rowOf(QByteArrayView(r.id));
        if (existing >= 0 && r.lastUpdate < m_alerts.lastUpdate[existing])
            continue;
        const qint64 before = existing >= 0 ? m_alerts.incident[existing] : 0;
        const int row = m_alerts.upsert(r, m_pool);
        alertRows.append(row);
        const qint64 now = m_alerts.incident[row];
        if (existing < 0 || before != now) {
            if (existing >= 0) {
                m_alertsOfIncident[before].removeOne(row);
                touched.insert(before);
            }
            m_alertsOfIncident[now].append(row);
        }
        touched.insert(now);
    }
    QSet<int> listed(incidentRows.begin(), incidentRows.end());
    for (qint64 incidentId : std::as_const(touched)) {
        const int row = m_incidents.rowOf(incidentId);
        if (row < 0)
            continue;
        refreshIncident(row);
        if (!listed.contains(row)) {
            listed.insert(row);
            incidentRows.append(row);
        }
    }
    ++m_version;
    Q_EMIT changed(incidentRows, alertRows);
}

void QueueStore::refreshIncident(int row)
{
    IncidentTable &t = m_incidents;
    const QList<int> rows = m_alertsOfIncident.value(t.id[row]);
    qint64 first = 0, last = 0;
    quint8 clouds = CloudNone;
    quint64 services = 0, detections = 0;
    QList<int> assets, categories, subscriptions;
    auto addRef = [](QList<int> &list, int id) {
        if (id > 0 && !list.contains(id))
            list.append(id);
    };
    for (int a : rows) {
        const AlertTable &al = m_alerts;
        if (!first || (al.firstActivity[a] && al.firstActivity[a] < first))
            first = al.firstActivity[a];
        last = qMax(last, al.lastActivity[a]);
        clouds |= al.clouds[a];
        services |= quint64(1) << qMin<int>(al.serviceSource[a], 63);
        detections |= quint64(1) << qMin<int>(al.detectionSource[a], 63);
        al.assets.any(a, [&](int id) {
            addRef(assets, id);
            return false;
        });
        addRef(categories, al.category[a]);
        addRef(subscriptions, al.subscription[a]);
    }
    t.firstActivity[row] = first ? first : t.created[row];
    t.lastActivity[row] = last ? last : t.created[row];
    t.alertCount[row] = qint32(rows.size());
    t.clouds[row] = clouds;
    t.serviceSources[row] = services;
    t.detectionSources[row] = detections;
    t.assets.set(row, assets);
    t.categories.set(row, categories);
    t.subscriptions.set(row, subscriptions);
}

void QueueStore::squeeze()
{
    m_alerts.squeeze();
    m_incidents.squeeze();
}

void QueueStore::clear()
{
    m_pool = StringPool();
    m_alerts = AlertTable();
    m_incidents = IncidentTable();
    m_alertsOfIncident.clear();
    ++m_version;
    Q_EMIT cleared();
}

} // namespace wf::store
