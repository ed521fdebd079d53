// The layers of the tree, enforced: every #include under core/ and app/ is written with its folder
// ("report/Report.h") and goes only to a folder its own folder may use. The table below is the order the
// README's layout section shows and the CMake libraries link in; a row is a folder and the folders below it
// that it may include (its own is always allowed).
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

struct Layer
{
    QString folder;
    QStringList mayInclude;
};

Layer layer(const char* folder, std::initializer_list<const char*> mayInclude)
{
    Layer l{QString::fromLatin1(folder), {}};
    for (const char* below : mayInclude)
        l.mayInclude << QString::fromLatin1(below);
    return l;
}

const QString core = QStringLiteral("core/");
const QString app = QStringLiteral("app/");

// Lowest first. core/ is the engine, app/ the front ends; a folder never includes one further down the list.
const QList<Layer> layers{
    layer("core/algorithms", {}),
    layer("core/target", {}),
    layer("core/wire", {"core/algorithms"}),
    layer("core/report", {"core/algorithms", "core/target", "core/wire"}),
    layer("core/checks", {"core/algorithms", "core/target", "core/wire", "core/report"}),
    layer("core/logs", {"core/algorithms", "core/target", "core/wire", "core/report"}),
    layer("core/diagnosis/knowledge", {"core/report"}),
    layer("core/diagnosis/rules", {"core/algorithms", "core/target", "core/wire", "core/report"}),
    layer("core/diagnosis", {"core/algorithms", "core/target", "core/wire", "core/report", "core/diagnosis/knowledge",
                             "core/diagnosis/rules"}),
    layer("core/run", {"core/algorithms", "core/target", "core/wire", "core/report", "core/checks", "core/logs",
                       "core/diagnosis/knowledge", "core/diagnosis/rules", "core/diagnosis"}),
    layer("core/lab", {"core/algorithms", "core/wire"}),
    layer("app/render", {"core/algorithms", "core/target", "core/wire", "core/report"}),
    layer("app/pdf", {"core/algorithms", "core/target", "core/wire", "core/report", "app/render"}),
    layer("app/cli",
          {"core/algorithms", "core/target", "core/wire", "core/report", "core/checks", "core/run", "app/pdf"}),
    layer("app/gui", {"core/algorithms", "core/target", "core/wire", "core/report", "core/checks",
                      "core/diagnosis/knowledge", "core/diagnosis", "core/run", "app/render", "app/pdf"}),
};

// The folder of the layer a file belongs to ("core/diagnosis/rules/PathRules.cpp" -> "core/diagnosis/rules").
QString layerOfFile(const QString& relativePath)
{
    QString best;
    for (const Layer& l : layers) {
        const QString folder = l.folder;
        if (relativePath.startsWith(folder + QLatin1Char('/')) && folder.size() > best.size())
            best = folder;
    }
    return best;
}

// The folder an include names: "diagnosis/rules/RuleMatch.h" is "core/diagnosis/rules". The include roots are
// core/ and app/, whose folder names differ, so a name finds one folder at most.
QString layerOfInclude(const QString& include)
{
    for (const QString& root : {core, app}) {
        const QString layer = layerOfFile(root + include);
        if (!layer.isEmpty())
            return layer;
    }
    return {};
}

// Every include of one file that goes against the table, as "line N: text -- why". Pure, so the rows of
// includes() can plant a back-up include and see it refused.
QStringList violations(const QString& relativePath, const QByteArray& text)
{
    static const QRegularExpression includeLine(QStringLiteral(R"re(^\s*#\s*include\s*"([^"]+)")re"));
    const QString from = layerOfFile(relativePath);
    if (from.isEmpty())
        return {QStringLiteral("%1 is in no layer of the table").arg(relativePath)};
    const Layer& layer =
        *std::find_if(layers.cbegin(), layers.cend(), [&from](const Layer& l) { return l.folder == from; });
    QStringList found;
    int lineNumber = 0;
    for (const QByteArray& line : text.split('\n')) {
        ++lineNumber;
        const QRegularExpressionMatch m = includeLine.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            continue;
        const QString include = m.captured(1);
        if (include.endsWith(QLatin1String(".moc")) || include.startsWith(QLatin1String("moc_")))
            continue; // AUTOMOC's own files
        const QString where =
            QStringLiteral("%1 line %2: #include \"%3\"").arg(relativePath).arg(lineNumber).arg(include);
        if (!include.contains(QLatin1Char('/'))) {
            found << where + QStringLiteral(" -- write the include with its folder");
            continue;
        }
        const QString to = layerOfInclude(include);
        if (to.isEmpty())
            found << where + QStringLiteral(" -- names no folder of the table");
        else if (to != from && !layer.mayInclude.contains(to))
            found << where + QStringLiteral(" -- %1 may not include %2").arg(from, to);
    }
    return found;
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private slots:
    void tableHasNoCycle();
    void plantedIncludes_data();
    void plantedIncludes();
    void everyIncludeFollowsTheTable();
};

void TestLayers::tableHasNoCycle()
{
    // A folder may include only folders listed before it: the table is an order, not just a set of rows.
    QSet<QString> seen;
    for (const Layer& l : layers) {
        for (const QString& below : l.mayInclude)
            QVERIFY2(seen.contains(below), qPrintable(QStringLiteral("%1 -> %2").arg(l.folder, below)));
        seen.insert(l.folder);
    }
    QCOMPARE(seen.size(), layers.size());
}

void TestLayers::plantedIncludes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("expected");
    QTest::addRow("checks includes diagnosis (the old cycle)")
        << QStringLiteral("core/checks/ProbeRun.cpp") << QByteArray("#include \"diagnosis/Diagnoser.h\"\n") << 1;
    QTest::addRow("rules include checks (the old cycle)")
        << QStringLiteral("core/diagnosis/rules/PathRules.cpp")
        << QByteArray("#include \"checks/SmallSegmentRetry.h\"\n") << 1;
    QTest::addRow("algorithms include report (the old cycle)")
        << QStringLiteral("core/algorithms/ReportCatalogue.h") << QByteArray("  #  include \"report/Report.h\"\n") << 1;
    QTest::addRow("wire includes report")
        << QStringLiteral("core/wire/KexInit.cpp") << QByteArray("#include \"report/Report.h\"\n") << 1;
    QTest::addRow("core includes a front end")
        << QStringLiteral("core/report/ReportText.cpp") << QByteArray("#include \"render/DurationText.h\"\n") << 1;
    QTest::addRow("the CLI includes the GUI")
        << QStringLiteral("app/cli/main.cpp") << QByteArray("#include \"gui/MainWindow.h\"\n") << 1;
    QTest::addRow("include without its folder")
        << QStringLiteral("core/report/Report.cpp")
        << QByteArray("#include \"Report.h\"\n#include \"report/Report.h\"\n") << 1;
    QTest::addRow("unknown folder") << QStringLiteral("core/run/ProbeRun.cpp")
                                    << QByteArray("#include \"misc/Util.h\"\n") << 1;
    QTest::addRow("downward includes")
        << QStringLiteral("core/run/ProbeRun.cpp")
        << QByteArray("#include \"run/ProbeRun.h\"\n#include \"checks/WireExchange.h\"\n#include \"report/Report.h\"\n"
                      "#include <QTimer>\n#include \"ProbeRun.moc\"\n")
        << 0;
    QTest::addRow("a front end includes the engine")
        << QStringLiteral("app/gui/FindingText.cpp")
        << QByteArray("#include \"diagnosis/knowledge/FindingKnowledge.h\"\n#include \"render/TimelineModel.h\"\n")
        << 0;
}

void TestLayers::plantedIncludes()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, text);
    QFETCH(int, expected);
    const QStringList found = violations(path, text);
    QVERIFY2(found.size() == expected, qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLayers::everyIncludeFollowsTheTable()
{
    const QString top = QStringLiteral(SSHDOCTOR_SOURCE_DIR);
    QStringList found;
    int files = 0;
    int includes = 0;
    for (const QString& root : {core, app}) {
        QDirIterator it(top + QLatin1Char('/') + root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray text = file.readAll();
            ++files;
            includes += static_cast<int>(text.count("#include \""));
            found << violations(path.mid(top.size() + 1), text);
        }
    }
    qInfo("%d files, %d quoted includes read", files, includes);
    QVERIFY(files > 200);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
