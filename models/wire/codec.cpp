// Scalar and evidence codecs, and JSON parsing with readable errors.
#include "codec.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace wf::wire {

void DecodeContext::fail(const QString &message)
{
    if (!m_error.isEmpty())
        return;
    QString path;
    for (const QString &part : std::as_const(m_path)) {
        if (!path.isEmpty() && !part.startsWith(u'['))
            path += u'.';
        path += part;
    }
    m_error = path.isEmpty() ? message : path + u": " + message;
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

namespace {
bool expect(bool condition, const char *what, const QJsonValue &j, DecodeContext &ctx)
{
    if (!condition)
        ctx.fail(QStringLiteral("expected %1, got %2").arg(QLatin1StringView(what), jsonTypeName(j)));
    return condition;
}
} // namespace

bool decodeValue(const QJsonValue &j, QString *out, DecodeContext &ctx)
{
    if (!expect(j.isString(), "a string", j, ctx))
        return false;
    *out = j.toString();
    return true;
}

bool decodeValue(const QJsonValue &j, bool *out, DecodeContext &ctx)
{
    if (!expect(j.isBool(), "a boolean", j, ctx))
        return false;
    *out = j.toBool();
    return true;
}

bool decodeValue(const QJsonValue &j, qint64 *out, DecodeContext &ctx)
{
    // OData may write Int64 as a string (IEEE754Compatible); accept both.
    if (j.isString()) {
        bool ok = false;
        const qint64 v = j.toString().toLongLong(&ok);
        if (!ok) {
            ctx.fail(QStringLiteral("expected an integer, got \"%1\"").arg(j.toString()));
            return false;
        }
        *out = v;
        return true;
    }
    if (!expect(j.isDouble(), "an integer", j, ctx))
        return false;
    const double d = j.toDouble();
    if (d != std::floor(d) || std::abs(d) > 9.007199254740992e15) {
        ctx.fail(QStringLiteral("expected an integer, got %1").arg(d));
        return false;
    }
    *out = qint64(d);
    return true;
}

bool decodeValue(const QJsonValue &j, double *out, DecodeContext &ctx)
{
    if (!expect(j.isDouble(), "a number", j, ctx))
        return false;
    *out = j.toDouble();
    return true;
}

bool decodeValue(const QJsonValue &j, Timestamp *out, DecodeContext &ctx)
{
    if (!expect(j.isString(), "an ISO 8601 date and time", j, ctx))
        return false;
    if (!Timestamp::parse(j.toString(), out)) {
        ctx.fail(QStringLiteral("\"%1\" is not an ISO 8601 date and time").arg(j.toString()));
        return false;
    }
    return true;
}

bool decodeValue(const QJsonValue &j, QStringList *out, DecodeContext &ctx)
{
    if (!expect(j.isArray(), "an array of strings", j, ctx))
        return false;
    const QJsonArray a = j.toArray();
    out->clear();
    out->reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            ctx.pushIndex(i);
            expect(false, "a string", a.at(i), ctx);
            ctx.pop();
            return false;
        }
        out->append(a.at(i).toString());
    }
    return true;
}

bool decodeValue(const QJsonValue &j, QJsonObject *out, DecodeContext &ctx)
{
    if (!expect(j.isObject(), "an object", j, ctx))
        return false;
    *out = j.toObject();
    return true;
}

bool decodeValue(const QJsonValue &j, QJsonArray *out, DecodeContext &ctx)
{
    if (!expect(j.isArray(), "an array", j, ctx))
        return false;
    *out = j.toArray();
    return true;
}

namespace {
const QLatin1StringView kOdataType("@odata.type");
}

QJsonValue encodeValue(const Evidence &v)
{
    QJsonObject o = v.extra;
    if (!v.odataType.isEmpty())
        o.insert(kOdataType, v.odataType);
    std::apply([&](auto... m) { (encodeField(o, m.name, v.*(m.ptr)), ...); },
               EvidenceBaseSchema::members());
    std::visit(
        [&](const auto &detail) {
            using D = std::decay_t<decltype(detail)>;
            if constexpr (!std::is_same_v<D, std::monostate>)
                encodeMembers(o, detail);
        },
        v.detail);
    return o;
}

bool decodeValue(const QJsonValue &j, Evidence *out, DecodeContext &ctx)
{
    if (!expect(j.isObject(), "an evidence object", j, ctx))
        return false;
    const QJsonObject o = j.toObject();
    const QJsonValue type = o.value(kOdataType);
    if (!type.isUndefined() && !type.isString()) {
        ctx.push(kOdataType);
        expect(false, "a string", type, ctx);
        ctx.pop();
        return false;
    }
    out->odataType = type.toString();
    QJsonObject extra = o;
    if (!out->odataType.isEmpty()) // an empty one is not written back from odataType: keep it
        extra.remove(kOdataType);

    bool ok = std::apply(
        [&](auto... m) { return (decodeField(o, m.name, out->*(m.ptr), ctx) && ...); },
        EvidenceBaseSchema::members());
    if (!ok)
        return false;
    std::apply([&](auto... m) { (extra.remove(m.name), ...); }, EvidenceBaseSchema::members());

    const EvidenceKind kind = Evidence::kindForOdataType(out->odataType);
    switch (kind) {
#define WF_CASE(Kind, Type)                                                                        \
    case EvidenceKind::Kind: {                                                                     \
        Type detail;                                                                               \
        if (!decodeMembers(o, detail, ctx))                                                        \
            return false;                                                                          \
        removeMembers<Type>(extra);                                                                \
        out->detail = std::move(detail);                                                           \
        break;                                                                                     \
    }
        WF_CASE(AzureResource, AzureResourceEvidence)
        WF_CASE(AmazonResource, AmazonResourceEvidence)
        WF_CASE(GoogleCloudResource, GoogleCloudResourceEvidence)
        WF_CASE(Device, DeviceEvidence)
        WF_CASE(Ip, IpEvidence)
        WF_CASE(User, UserEvidence)
        WF_CASE(Process, ProcessEvidence)
        WF_CASE(File, FileEvidence)
        WF_CASE(Url, UrlEvidence)
        WF_CASE(CloudApplication, CloudApplicationEvidence)
        WF_CASE(Mailbox, MailboxEvidence)
        WF_CASE(RegistryKey, RegistryKeyEvidence)
        WF_CASE(RegistryValue, RegistryValueEvidence)
        WF_CASE(OauthApplication, OauthApplicationEvidence)
        WF_CASE(SecurityGroup, SecurityGroupEvidence)
#undef WF_CASE
    case EvidenceKind::Other:
        out->detail = std::monostate{};
        break;
    }
    out->extra = std::move(extra);
    return true;
}

void writeValue(JsonWriter &w, const Evidence &v)
{
    static const QSet<QString> base = [] {
        QSet<QString> names = memberNames(EvidenceBaseSchema::members());
        names.insert(QStringLiteral("@odata.type"));
        return names;
    }();
    w.beginObject();
    if (!v.odataType.isEmpty()) {
        w.key(kOdataType);
        w.value(v.odataType);
    }
    std::apply([&](auto... m) { (writeField(w, m.name, v.*(m.ptr)), ...); },
               EvidenceBaseSchema::members());
    std::visit(
        [&](const auto &detail) {
            using D = std::decay_t<decltype(detail)>;
            if constexpr (!std::is_same_v<D, std::monostate>) {
                static const QSet<QString> own = memberNames(Schema<D>::members());
                std::apply([&](auto... m) { (writeField(w, m.name, detail.*(m.ptr)), ...); },
                           Schema<D>::members());
                w.members(v.extra, [](const QString &k) { return base.contains(k) || own.contains(k); });
            } else {
                w.members(v.extra, [](const QString &k) { return base.contains(k); });
            }
        },
        v.detail);
    w.endObject();
}

namespace {
QString describeParseError(const QByteArray &bytes, const QJsonParseError &e)
{
    QString near = QString::fromUtf8(bytes.mid(qMax(0, e.offset - 20), 40)).simplified();
    return QStringLiteral("malformed JSON at offset %1: %2 (near \"%3\")")
        .arg(e.offset)
        .arg(e.errorString(), near);
}
} // namespace

std::optional<QJsonValue> parseJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError) {
        if (error)
            *error = bytes.trimmed().isEmpty() ? QStringLiteral("the body is empty; expected JSON")
                                               : describeParseError(bytes, e);
        return std::nullopt;
    }
    if (doc.isArray())
        return QJsonValue(doc.array());
    return QJsonValue(doc.object());
}

std::optional<QJsonObject> parseObject(const QByteArray &bytes, QString *error)
{
    auto v = parseJson(bytes, error);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        if (error)
            *error = QStringLiteral("expected a JSON object, got %1").arg(jsonTypeName(*v));
        return std::nullopt;
    }
    return v->toObject();
}

} // namespace wf::wire
