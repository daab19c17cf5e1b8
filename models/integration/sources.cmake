# models/integration: Sentinel / Defender for Cloud set-up read and changed over ARM (rules:
# incident creation, automation, alert tuning), and KQL queries over the Log Analytics and
# hunting APIs
target_sources(watchfloor_models PRIVATE
    integration/logquery.h integration/logquery.cpp
    integration/rules.h integration/rules.cpp
    integration/ruleservice.h integration/ruleservice.cpp
)
