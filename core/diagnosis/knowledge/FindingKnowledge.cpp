#include "diagnosis/knowledge/FindingKnowledge.h"

#include "diagnosis/knowledge/BanKnowledge.h"
#include "diagnosis/knowledge/ClientConfigKnowledge.h"
#include "diagnosis/knowledge/ConnectionKnowledge.h"
#include "diagnosis/knowledge/IdentificationKnowledge.h"
#include "diagnosis/knowledge/NegotiationKnowledge.h"
#include "diagnosis/knowledge/OutcomeKnowledge.h"
#include "diagnosis/knowledge/PathKnowledge.h"
#include "diagnosis/knowledge/PostQuantumKnowledge.h"
#include "diagnosis/knowledge/ProxyKnowledge.h"
#include "diagnosis/knowledge/ServerAgeKnowledge.h"
#include "diagnosis/knowledge/ThrottlingKnowledge.h"

#include <QCoreApplication>

namespace SshDoctor {

const std::vector<const FindingKnowledge*>& allFindingKnowledge()
{
    static const std::vector<const FindingKnowledge*> all = [] {
        std::vector<const FindingKnowledge*> out;
        for (const auto* table :
             {&clientConfigKnowledge(), &proxyKnowledge(), &banKnowledge(), &connectionKnowledge(),
              &throttlingKnowledge(), &identificationKnowledge(), &pathKnowledge(), &negotiationKnowledge(),
              &serverAgeKnowledge(), &postQuantumKnowledge(), &outcomeKnowledge()})
            for (const FindingKnowledge& k : *table)
                out.push_back(&k);
        return out;
    }();
    return all;
}

const FindingKnowledge* findingKnowledge(const QString& id)
{
    for (const FindingKnowledge* k : allFindingKnowledge())
        if (id == QLatin1String(k->id))
            return k;
    return nullptr;
}

std::optional<FindingKnowledge> FindingKnowledge::inSituation(const QString& name) const
{
    for (const FindingSituation& situation : situations) {
        if (name != QLatin1String(situation.name))
            continue;
        FindingKnowledge k = *this;
        k.situations.clear();
        if (situation.explanation)
            k.explanation = situation.explanation;
        if (!situation.nextChecks.empty())
            k.nextChecks = situation.nextChecks;
        if (!situation.alternatives.empty())
            k.alternatives = situation.alternatives;
        if (!situation.remediation.empty())
            k.remediation = situation.remediation;
        return k;
    }
    return std::nullopt;
}

QString knowledgeText(const char* text)
{
    return QCoreApplication::translate("SshDoctor::Knowledge", text);
}

} // namespace SshDoctor
