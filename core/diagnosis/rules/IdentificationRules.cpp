#include "diagnosis/rules/IdentificationRules.h"

#include "diagnosis/rules/AttemptView.h"
#include "diagnosis/rules/RuleText.h"
#include "wire/IdentificationLine.h"

#include <QHostAddress>

namespace SshDoctor {

namespace {

using Outcome = IdentificationRecord::Outcome;

// A reset that comes this long after the connection opened is a server's decision, not a middlebox's
// reflex. Measured here: Debian 12's sshd behind TCP wrappers resets 5.0 s after accepting (libwrap's
// refuse() sleeps 5 s before it exits, and our unread identification turns its close into a reset);
// an IPS that matches "SSH-" in our identification resets 0.1 ms after it; sshd's MaxStartups drop comes
// within 3 ms.
constexpr double slowCloseMs = 1000.0;
// libwrap's refuse() -> clean_exit() sleeps 5 s "to be kind to inetd": a close this long after the accept,
// with no byte, is TCP wrappers' signature.
constexpr double tcpWrappersLowMs = 4500.0;
constexpr double tcpWrappersHighMs = 6000.0;
constexpr qsizetype linesQuoted = 3;

double identificationMs(const Report& report)
{
    const PhaseRecord* p = report.phase(PhaseId::Identification);
    return p ? std::max(0.0, p->endMs - p->startMs) : 0.0;
}

double connectMs(const Report& report)
{
    for (const AddressResult& a : report.addresses)
        if (a.status == QLatin1String("connected"))
            return a.ms;
    return 0.0;
}

QString connectedAddress(const Report& report)
{
    for (const AddressResult& a : report.addresses)
        if (a.status == QLatin1String("connected"))
            return a.address;
    return QString();
}

// 127.0.0.0/8, ::1 and ::ffff:127.x: this computer talking to itself, with nothing in between.
bool isLoopback(const QString& address)
{
    return !address.isEmpty() && QHostAddress(address).isLoopback();
}

// "192.0.2.10:22", "[2001:db8::5]:22": what openssl s_client -connect and a URL take.
QString addressPort(const Report& report)
{
    QString address = connectedAddress(report);
    if (address.isEmpty())
        address = report.target.host;
    if (address.contains(QLatin1Char(':')))
        address = QStringLiteral("[%1]").arg(address);
    return QStringLiteral("%1:%2").arg(address).arg(report.target.port);
}

// What the server's FIN said about our identification, for a close that recorded it.
EvidenceItem ourIdentificationEvidence(const IdentificationRecord& id)
{
    return EvidenceItem{PhaseId::Identification,
                        id.clientIdentificationUnread.value_or(false)
                            ? QStringLiteral("the server's FIN did not acknowledge our identification \"%1\": it "
                                             "closed before it arrived, and a reset answered it")
                                  .arg(id.clientIdentification)
                            : QStringLiteral("the server's FIN acknowledged our identification \"%1\": it had "
                                             "received it when it closed")
                                  .arg(id.clientIdentification)};
}

// The server closed (FIN) after it had taken our identification: its FIN acknowledged it. Only reports that
// recorded it know; for older ones nothing is assumed.
bool closedAfterOurs(const IdentificationRecord& id)
{
    return (id.outcome == Outcome::ClosedNoBytes || id.outcome == Outcome::ClosedAfterText) &&
           id.clientIdentificationUnread.has_value() && !*id.clientIdentificationUnread;
}

// The identification phase's own words, what the server wrote (a few lines), and every try when there were several.
RuleMatch matchWithEvidence(const Report& report, const QString& id, Confidence confidence, const QString& reason)
{
    RuleMatch m;
    m.id = id;
    m.confidence = confidence;
    m.confidenceReason = reason;
    if (const PhaseRecord* p = report.phase(PhaseId::Identification))
        m.evidence << EvidenceItem{p->id, p->detail};
    const QList<QByteArray>& lines = report.server.preBannerLines;
    for (qsizetype i = 0; i < std::min(lines.size(), linesQuoted); ++i)
        m.evidence << EvidenceItem{
            PhaseId::Identification,
            QStringLiteral("line %1 from the server: \"%2\"").arg(i + 1).arg(RuleText::serverWords(lines[i]))};
    if (lines.size() > linesQuoted)
        m.evidence << EvidenceItem{PhaseId::Identification,
                                   QStringLiteral("… and %1 more lines like these").arg(lines.size() - linesQuoted)};
    const AttemptView attempts(report);
    if (attempts.total() > 1)
        m.evidence << attempts.evidence(PhaseId::Attempts, QStringLiteral("attempt"));
    m.facts.insert(QStringLiteral("address_port"), addressPort(report));
    return m;
}

// The server began an SSH identification ("SSH-2.") and stalled before its line end. Reports written
// before the probe recorded this as silence came with no complete line, so those count too.
bool stalledInIdentification(const IdentificationRecord& id)
{
    const bool recorded = id.outcome == Outcome::Silent || (id.outcome == Outcome::LinesNoBanner && id.lineCount == 0);
    return recorded && IdentificationLine::isUnfinishedIdentification(id.partialText);
}

QString everyAttempt(const AttemptView& attempts)
{
    return attempts.total() > 1 && attempts.turnedAway() == attempts.total()
               ? QStringLiteral(" (the same in all %1 attempts)").arg(attempts.total())
               : QString();
}

} // namespace

QList<RuleMatch> closedBeforeBannerRule(const Report& report)
{
    const IdentificationRecord& id = report.identification;
    const bool noBytes = id.outcome == Outcome::ClosedNoBytes || id.outcome == Outcome::ResetNoBytes;
    const bool afterText = id.outcome == Outcome::ClosedAfterText || id.outcome == Outcome::ResetAfterText;
    if (!noBytes && !afterText)
        return {};
    const AttemptView attempts(report);
    const AttemptSummary self = AttemptSummary::fromReport(report, 1);
    // sshd's own notices, and closes that come and go, are throttling.
    if (attempts.comesAndGoes() || AttemptView::noticeOf(self) != AttemptView::Notice::None)
        return {};

    const double closeMs = identificationMs(report);
    // A server that closes at once without reading races our identification: it arrives before the close and
    // Linux resets, or after it and meets a closed socket (a FIN, then a reset). One close, two pictures: a FIN
    // that came before our identification counts as the reset it is followed by.
    const bool closedBeforeOurs = id.outcome == Outcome::ClosedNoBytes && id.clientIdentificationUnread.value_or(false);
    const bool reset = id.outcome == Outcome::ResetNoBytes || id.outcome == Outcome::ResetAfterText || closedBeforeOurs;
    const QString after = RuleText::duration(closeMs);
    const QString consistent = everyAttempt(attempts);
    const QString address = connectedAddress(report);
    // What ended the connection, in words, for the reset branches.
    const QString ended = closedBeforeOurs
                              ? QStringLiteral("the server closed the connection %1 after accepting it, with no byte "
                                               "and before our identification reached it, which then met a reset%2")
                                    .arg(after, consistent)
                              : QStringLiteral("the connection was reset %1 after it was accepted, with no byte from "
                                               "the server%2")
                                    .arg(after, consistent);
    RuleMatch m;
    if (afterText) {
        const QString words = RuleText::serverWords(self.text);
        m = matchWithEvidence(
            report, QStringLiteral("closed-before-banner"), Confidence::Medium,
            QStringLiteral("the server wrote \"%1\" and %2 the connection %3 after accepting it, "
                           "without identifying itself%4: its words are the best clue; they are "
                           "not OpenSSH's MaxStartups or penalty notices")
                .arg(words, reset ? QStringLiteral("reset") : QStringLiteral("closed"), after, consistent));
        m.facts.insert(QStringLiteral("server_text"), words);
    } else if (!reset && closedAfterOurs(id)) {
        // An SSH server identifies itself without waiting for ours; one that reads first and hangs up is likely
        // another service (notSshRule says which), or a proxy whose backend is down.
        m = matchWithEvidence(report, QStringLiteral("closed-before-banner"), Confidence::High,
                              QStringLiteral("the server's side closed the connection in an orderly way (FIN) %1 "
                                             "after accepting it, without sending a byte%2, and only once it had "
                                             "our identification (its FIN acknowledged it): an SSH server sends its "
                                             "own without waiting, so what reads first and then hangs up is "
                                             "probably not an SSH server (a TLS service such as HTTPS or a TLS "
                                             "proxy does exactly this), or a proxy whose backend is down")
                                  .arg(after, consistent));
        m.situation = QStringLiteral("after-our-identification");
    } else if (!reset) {
        m = matchWithEvidence(report, QStringLiteral("closed-before-banner"), Confidence::High,
                              QStringLiteral("the server's side closed the connection in an orderly way (FIN) %1 "
                                             "after accepting it, without sending a byte%2")
                                  .arg(after, consistent));
    } else if (closeMs >= tcpWrappersLowMs && closeMs <= tcpWrappersHighMs) {
        m = matchWithEvidence(
            report, QStringLiteral("closed-before-banner"), Confidence::High,
            QStringLiteral("%1: that is the 5 s TCP wrappers' libwrap waits before it closes a connection it refused "
                           "(the close becomes a reset because our identification was never read), so hosts.deny or "
                           "DenyHosts is the likely cause")
                .arg(ended));
    } else if (closeMs >= slowCloseMs) {
        // Our identification went out at once; a server that closes without reading it makes Linux reset.
        m = matchWithEvidence(
            report, QStringLiteral("closed-before-banner"),
            consistent.isEmpty() ? Confidence::Medium : Confidence::High,
            QStringLiteral("%1: a server that takes its time to decide and then closes without reading what the "
                           "client sent makes Linux send a reset (TCP wrappers' libwrap waits 5 s before it closes a "
                           "connection it refused), while a device in between usually resets at once")
                .arg(ended));
    } else if (isLoopback(address)) {
        // Nothing sits between this computer and itself: no middlebox, no IPS, no other network to try.
        m = matchWithEvidence(
            report, QStringLiteral("reset-before-banner"), Confidence::Medium,
            QStringLiteral("%1, and %2 is this computer's own loopback, where nothing sits in between: the program "
                           "listening on port %3 closed the connection itself, at once and without reading our "
                           "identification (Linux answers unread data with a reset, and a close that comes before "
                           "our identification is a normal close followed by that reset); which program it is and "
                           "why it closed, only its log can tell")
                .arg(ended, address)
                .arg(report.target.port));
        m.situation = QStringLiteral("loopback");
    } else if (closedBeforeOurs) {
        m = matchWithEvidence(
            report, QStringLiteral("reset-before-banner"), Confidence::Medium,
            QStringLiteral("%1 (connecting took %2): a server process that closes at once without reading does "
                           "this when its close beats our identification, and a reset when it does not, while a "
                           "device in between that reacts to the \"SSH-\" in our identification resets; only a "
                           "capture on the server can tell them apart")
                .arg(ended, RuleText::duration(connectMs(report))));
    } else {
        m = matchWithEvidence(
            report, QStringLiteral("reset-before-banner"), Confidence::Medium,
            QStringLiteral("the connection was reset %1 after it was accepted (connecting took %2), with no byte from "
                           "the server%3: that quick a reset is typical of a device in between reacting to the "
                           "\"SSH-\" in our identification, but a server process that closes at once without "
                           "reading gives the same picture; only a capture on the server can tell them apart")
                .arg(after, RuleText::duration(connectMs(report)), consistent));
    }
    if (!afterText && id.clientIdentificationUnread.has_value())
        m.evidence << ourIdentificationEvidence(id);
    m.facts.insert(QStringLiteral("close_after"), after);
    return {m};
}

QList<RuleMatch> bannerTimeoutRule(const Report& report)
{
    const IdentificationRecord& id = report.identification;
    const QString waited = RuleText::duration(identificationMs(report));
    if (stalledInIdentification(id)) {
        const QString words = RuleText::serverWords(id.partialText);
        RuleMatch m = matchWithEvidence(
            report, QStringLiteral("banner-timeout"), Confidence::High,
            QStringLiteral("the server sent \"%1\", the first %2 bytes of an SSH identification, %3 after the "
                           "connection opened, and then nothing more and no line end in the %4 it was given: an SSH "
                           "server that began to answer and stalled (overloaded, swapping or stuck), not another "
                           "protocol; a retry with a longer --timeout tells a slow server from a hung one")
                .arg(words, QString::number(id.partialText.size()), RuleText::duration(id.firstByteMs.value_or(0.0)),
                     waited));
        m.evidence << EvidenceItem{PhaseId::Identification,
                                   QStringLiteral("unfinished identification: \"%1\" (%2 bytes, no line end)")
                                       .arg(words, QString::number(id.partialText.size()))};
        m.facts.insert(QStringLiteral("timeout"), waited);
        return {m};
    }
    if (id.outcome != Outcome::Silent)
        return {};
    RuleMatch m = matchWithEvidence(
        report, QStringLiteral("banner-timeout"), Confidence::High,
        QStringLiteral("the connection stood for %1 and not one byte arrived, while an SSH server sends its "
                       "identification at once; a tarpit that waits longer than that before its first line would look "
                       "the same, so a retry with a longer --timeout is worth it")
            .arg(waited));
    m.facts.insert(QStringLiteral("timeout"), waited);
    return {m};
}

QList<RuleMatch> tarpitRule(const Report& report)
{
    const IdentificationRecord& id = report.identification;
    if (id.outcome != Outcome::LinesNoBanner && id.outcome != Outcome::TooManyLines)
        return {};
    if (id.lineCount == 0)
        return {}; // text without a line end: notSshRule's
    Confidence confidence = Confidence::Low;
    QString reason;
    if (id.outcome == Outcome::TooManyLines) {
        confidence = Confidence::Medium;
        reason = QStringLiteral("%1 lines came without an identification, where OpenSSH's client gives up (\"No SSH "
                                "version received in first 1024 lines\"): a fast tarpit, or a service that is not "
                                "SSH and keeps talking")
                     .arg(id.lineCount);
    } else if (id.lineCount == 1) {
        confidence = Confidence::Medium;
        reason = QStringLiteral("one line that is not an SSH identification, then silence until the deadline: a "
                                "tarpit drips its lines seconds apart, so with a longer --timeout more would follow; "
                                "a service that greets with one line and waits looks the same");
    } else {
        confidence = Confidence::High;
        reason = QStringLiteral("%1 lines (%2 per second) that are not an SSH identification, and none that is: the "
                                "slow, endless trickle of a tarpit such as endlessh")
                     .arg(id.lineCount)
                     .arg(id.linesPerSecond, 0, 'f', 1);
    }
    RuleMatch m = matchWithEvidence(report, QStringLiteral("tarpit"), confidence, reason);
    m.facts.insert(QStringLiteral("line_count"), QString::number(id.lineCount));
    return {m};
}

namespace {

// Closed without a byte, at once, and only once it had our identification: what a service does that waits for
// its client to speak first and finds no sense in an SSH line. Measured: openssl s_server reads it and closes
// 0.6 ms later with a FIN. closedBeforeBannerRule reports the close itself; this is the likely reason.
QList<RuleMatch> silentReaderMatch(const Report& report)
{
    const IdentificationRecord& id = report.identification;
    if (id.outcome != Outcome::ClosedNoBytes || !closedAfterOurs(id))
        return {};
    const double closeMs = identificationMs(report);
    const AttemptView attempts(report);
    // Slower than that, a proxy waiting for its backend is likelier; and a port that identified itself on
    // another try is SSH.
    if (closeMs >= slowCloseMs || attempts.withBanner() > 0 || attempts.comesAndGoes())
        return {};
    const QString protocol = QStringLiteral("probably TLS");
    RuleMatch m = matchWithEvidence(
        report, QStringLiteral("not-ssh"), Confidence::Medium,
        QStringLiteral("the server took our identification and closed %1 later without a byte%2: an SSH server "
                       "identifies itself without waiting for the client, while a service that waits for its client "
                       "to speak first and then hangs up on an SSH line is typically TLS (an HTTPS server or a TLS "
                       "proxy, as openssl s_server does); nothing it sent names the protocol, so a TLS client on "
                       "the port has to confirm it")
            .arg(RuleText::duration(closeMs), everyAttempt(attempts)));
    m.evidence << ourIdentificationEvidence(id);
    m.facts.insert(QStringLiteral("protocol"), protocol);
    return {m};
}

} // namespace

QList<RuleMatch> notSshRule(const Report& report)
{
    const IdentificationRecord& id = report.identification;
    const bool named = id.outcome == Outcome::OtherProtocol;
    const bool unterminated = id.outcome == Outcome::LinesNoBanner && id.lineCount == 0 &&
                              !stalledInIdentification(id); // bannerTimeoutRule's
    if (!named && !unterminated)
        return silentReaderMatch(report);
    const QString protocol = named && !id.protocol.isEmpty() ? id.protocol : QStringLiteral("an unknown protocol");
    RuleMatch m = matchWithEvidence(
        report, QStringLiteral("not-ssh"), named ? Confidence::High : Confidence::Medium,
        named ? QStringLiteral("the first bytes from the server are %1, recognised by their form, not an SSH "
                               "identification")
                    .arg(protocol)
              : QStringLiteral("the server sent %1 bytes without a line end and then nothing: SSH identifications "
                               "end with a line end, so this is some other protocol")
                    .arg(id.bytesReceived));
    if (!id.partialText.isEmpty())
        m.evidence << EvidenceItem{
            PhaseId::Identification,
            QStringLiteral("unfinished text: \"%1\"").arg(RuleText::serverWords(id.partialText))};
    m.facts.insert(QStringLiteral("protocol"), protocol);
    return {m};
}

QList<RuleMatch> ssh1OnlyRule(const Report& report)
{
    if (report.identification.outcome != Outcome::Ssh1Only)
        return {};
    const QString banner = RuleText::serverWords(report.server.banner.value_or(QByteArray()));
    RuleMatch m = matchWithEvidence(report, QStringLiteral("ssh1-only"), Confidence::High,
                                    QStringLiteral("the server identified itself as \"%1\": protocol 1 without "
                                                   "\"1.99\", the mark of a server that speaks 2 as well")
                                        .arg(banner));
    m.facts.insert(QStringLiteral("banner"), banner);
    return {m};
}

QList<RuleMatch> invalidBannerRule(const Report& report)
{
    const IdentificationRecord& id = report.identification;
    if (id.outcome != Outcome::Invalid)
        return {};
    const QString problem = id.problem.isEmpty() ? QStringLiteral("the line is malformed") : id.problem;
    RuleMatch m = matchWithEvidence(report, QStringLiteral("invalid-banner"), Confidence::High,
                                    QStringLiteral("what the server sent where its identification belongs breaks "
                                                   "RFC 4253 section 4.2, and OpenSSH's client rejects it too"));
    m.facts.insert(QStringLiteral("problem"), problem);
    return {m};
}

} // namespace SshDoctor
