// Every entity type and cloud provider has its mark in the resources, valid SVG, tinted to
// the palette's ink; a sheet of all marks on a light and a dark background is written to
// the build tree for looking at.
#include "common/entityicons.h"

#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

using namespace wf;
using namespace wf::ui;

class TestEntityIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMarkIsThere();
    void sheet();
};

void TestEntityIcons::everyMarkIsThere()
{
    for (int t = 0; t < EntityTypeCount; ++t) {
        const auto type = EntityType(t);
        QVERIFY2(entityRenderer(type, Qt::black)->isValid(), qPrintable(entityIconPath(type)));
        QVERIFY(!entityIcon(type).isNull());
        QVERIFY(!EntityText::typeName(type).isEmpty());
        const QByteArray white = entitySvg(type, Qt::white);
        QVERIFY2(white.contains("#ffffff"), qPrintable(entityIconPath(type)));
        QVERIFY(EntityText::typeCount(type, 12).contains(QLatin1StringView("12")));
    }
    for (auto p : {CloudProvider::Azure, CloudProvider::Aws, CloudProvider::Gcp}) {
        QVERIFY(providerRenderer(p)->isValid());
        QVERIFY(!providerIcon(p).isNull());
        QVERIFY(!EntityText::providerShort(p).isEmpty());
    }
    QVERIFY(providerIcon(CloudProvider::None).isNull());
    QVERIFY(alertRenderer()->isValid());
    QCOMPARE(EntityText::typeCount(EntityType::Ip, 12), QStringLiteral("12 IPs"));
    QCOMPARE(EntityText::roleName(EvidenceRole::attacker), QStringLiteral("Attacker"));
}

void TestEntityIcons::sheet()
{
    const int cell = 56, count = EntityTypeCount + 4;
    QImage img(cell * count, cell * 2, QImage::Format_ARGB32);
    QPainter p(&img);
    const QColor backgrounds[] = {QColor(0xfafafa), QColor(0x202124)};
    const QColor inks[] = {QColor(0x1f1f1f), QColor(0xe8eaed)};
    for (int row = 0; row < 2; ++row) {
        p.fillRect(0, row * cell, img.width(), cell, backgrounds[row]);
        for (int i = 0; i < count; ++i) {
            const QRectF r(i * cell + 12, row * cell + 12, 32, 32);
            QSvgRenderer *svg = i < EntityTypeCount ? entityRenderer(EntityType(i), inks[row])
                : i == EntityTypeCount               ? alertRenderer()
                                                     : providerRenderer(CloudProvider(i - EntityTypeCount));
            svg->render(&p, r);
        }
    }
    p.end();
    QVERIFY(img.save(QStringLiteral("entity-icons.png")));
}

QTEST_MAIN(TestEntityIcons)
#include "tst_entityicons.moc"
