#pragma once

#include "diagnosis/rules/NegotiationCategory.h"
#include "report/Report.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace SshDoctor {

// An algorithm as a fix names it: its grade and the catalogue's one-line reason.
struct AlgorithmChoice
{
    QString name;
    AlgorithmGrade grade = AlgorithmGrade::Unknown;
    QString reason;

    QString described() const; // "name (grade: reason)"
    bool sound() const;        // strong or acceptable
};

// One category in which the user's ssh and the server share no algorithm, and what gets past it.
struct CategoryFix
{
    const NegotiationCategory* category = nullptr;
    NegotiatedAlgorithm negotiated;          // the direction that failed first, as negotiated
    QStringList serverList;                  // the server's names, markers left out
    QList<AlgorithmChoice> serverCandidates; // the same, graded
    // What `ssh -Q` says this computer's ssh could enable here; empty when it could not be asked.
    QStringList usable;
    // The best-graded algorithm of the server's that this ssh can enable, and the -o options that enable it
    // ("HostKeyAlgorithms=+ssh-rsa", "PubkeyAcceptedAlgorithms=+ssh-rsa"); empty when there is none.
    std::optional<AlgorithmChoice> client;
    QStringList clientOptions;
    // The strong algorithm the user's ssh already offers that the server could add instead, and the
    // sshd_config line that adds it ahead of the server's own list.
    std::optional<AlgorithmChoice> server;
    QString serverLine;
};

// The narrowest fix for a negotiation that fails: for every category with nothing in common, the algorithm
// this computer's ssh should also offer for this one server, all of them together -- ssh checks the
// categories one after the other (key exchange, host key, cipher, MAC, compression) and stops at the first
// that fails, so a fix for one category alone only moves the failure to the next one -- and the lines that
// would fix the server instead.
class NegotiationFix
{
public:
    // The categories that fail with these client lists (keyed like Report::negotiation) against the
    // server's lists; a category whose client list is empty (unknown) is left out.
    static NegotiationFix forOffer(const Report& report, const QMap<QString, QStringList>& offer);
    // The same with the lists the report's negotiation used.
    static NegotiationFix forReport(const Report& report);

    const QList<CategoryFix>& categories() const { return m_categories; }

    // The -o options ("KexAlgorithms=+diffie-hellman-group1-sha1", ...) that get the user's ssh past every
    // failing category at once, in ssh's order. A MAC is left out when the cipher they enable authenticates
    // by itself (AEAD), since no MAC is negotiated then.
    const QStringList& clientOptions() const { return m_clientOptions; }
    // The algorithms those options enable.
    const QList<AlgorithmChoice>& clientAlgorithms() const { return m_clientAlgorithms; }
    // With those options the user's ssh and the server share an algorithm in every category.
    bool clientFixComplete() const { return m_clientFixComplete; }
    // The failing categories that no option of this ssh can fix.
    QList<const CategoryFix*> unfixableOnClient() const;
    // What enabling clientAlgorithms() risks, said plainly, for connections to `host`.
    QString clientRisk(const QString& host) const;

    // The server-side alternative: one line per category that has one, and the algorithms they add.
    QStringList serverLines() const;
    QList<AlgorithmChoice> serverAlgorithms() const;
    // The sshd_config keywords of those lines, lower case, for `sshd -T | grep -Ei '^(a|b) '`.
    QStringList serverKeywords() const;

private:
    QList<CategoryFix> m_categories;
    QStringList m_clientOptions;
    QList<AlgorithmChoice> m_clientAlgorithms;
    bool m_clientFixComplete = false;
};

// "a", "a and b", "a, b and c".
QString listInWords(const QStringList& items);
// The names that are algorithms: markers (ext-info-*, kex-strict-*, kexguess2@...) left out.
QStringList withoutMarkers(const QStringList& names);

} // namespace SshDoctor
